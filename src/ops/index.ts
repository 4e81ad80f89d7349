export { SdNotifier, sdNotifyStateBytesMax } from './sdnotify.js';
export type { SdNotifierOptions, SdNotifyOutcome } from './sdnotify.js';
export {
  SeatMetrics,
  metricCatalog,
  metricPrefix,
  metricName,
  sourceLabel,
  factStatuses,
  walFsyncBucketsSeconds,
  labelValueBytesMax,
} from './metrics.js';
export type {
  MetricCatalogEntry,
  MetricType,
  FactStatus,
  SeatMetricsOptions,
  SpannedSource,
  CommitteeMemberView,
  RaftView,
  ConfigIdentityLabels,
} from './metrics.js';
export { createLogger, resolveLogLevel, redact, isSecretFieldName, redactedValue, logObjectDepthMax } from './logger.js';
export type { CreateLoggerOptions } from './logger.js';
export { OpsServer, failingChecks, parseListenAddress, healthChecks, readinessChecks } from './ops-server.js';
export type { OpsServerOptions, SeatHealth, HealthSource, MetricsSource, ReadinessCheck } from './ops-server.js';
export { SeatLifecycle, Watchdog, formatSeatStatus, seatRoles, drainTimeoutMsDefault, drainTimeoutMsMax, watchdogIntervalUsecMin } from './lifecycle.js';
export type { Notifier, SeatRole, SeatStatus, LifecycleLogger, SignalSource, SeatLifecycleOptions, LifecyclePhase, WatchdogOptions } from './lifecycle.js';
