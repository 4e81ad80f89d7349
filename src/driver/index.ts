/**
 * The upstream driver: subscriptions to the surfaces of the spanned members
 * (rotation, full-jitter backoff, dark reporting, tickets, identity drift),
 * Observe candidates with evidence pointers, and evidence resolution for
 * strict evidence mode. docs/contributors/driver.md explains it.
 */
export { UpstreamDriver, idleProbeDefaultMs } from './driver.js';
export type { ObserveCandidate, Ticket, MemberState, DriverEvent, MemberReport, UpstreamDriverOptions } from './driver.js';
export { EvidenceResolver, definitiveEvidenceCodes } from './resolve.js';
export type { EvidenceResolverOptions } from './resolve.js';
export { backoffDefault, backoffCeilingMs, backoffDelayMs, checkBackoffPolicy } from './backoff.js';
export type { BackoffPolicy } from './backoff.js';
export { connectSurface, systemClock, systemTimers } from './ports.js';
export type { DriverClock, DriverTimers, UpstreamClient, UpstreamSubscription, ConnectUpstream, ConnectOptions } from './ports.js';
