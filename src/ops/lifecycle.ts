import { TesseraError, type Result } from '../common/errors.js';

/**
 * The seat's life as systemd sees it (Type=notify, WatchdogSec):
 * - READY=1 once, only after the seat says both that storage recovery
 *   finished and that the peer listener is up;
 * - STATUS= whenever role, term, committed index or membership changes;
 * - WATCHDOG=1 from a timer on the event loop at half WATCHDOG_USEC, so a
 *   blocked loop stops pinging and systemd restarts the unit;
 * - on SIGTERM (or SIGINT): STOPPING=1, then the injected drain (transfer
 *   leadership, stop accepting, flush) under a timeout, then exit 0
 *   (1 when the drain failed or timed out, so the journal shows it, and
 *   1 when the seat stopped on its own because it failed).
 */

/** The part of SdNotifier the lifecycle uses (an interface so tests and other transports can stand in). */
export interface Notifier {
  ready(status?: string): Result<'sent' | 'disabled'>;
  status(text: string): Result<'sent' | 'disabled'>;
  watchdog(): Result<'sent' | 'disabled'>;
  stopping(): Result<'sent' | 'disabled'>;
  extendTimeout(usec: number): Result<'sent' | 'disabled'>;
  watchdogIntervalUsec(): Result<number | undefined>;
}

export const seatRoles = ['starting', 'follower', 'candidate', 'leader', 'learner', 'stopping'] as const;
export type SeatRole = (typeof seatRoles)[number];

export interface SeatStatus {
  readonly role: SeatRole;
  readonly term: number;
  readonly committedIndex: number;
  /** Voting members in the committed configuration. */
  readonly members: number;
  /** Of those, reachable from here (this seat included). */
  readonly membersUp: number;
}

/** The STATUS= text: `role=leader term=7 committed=120 members=3/3 up`. */
export function formatSeatStatus(s: SeatStatus): string {
  return `role=${s.role} term=${s.term} committed=${s.committedIndex} members=${s.membersUp}/${s.members} up`;
}

export interface LifecycleLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The smallest signal source: process, or an EventEmitter in tests. */
export interface SignalSource {
  on(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  off(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
}

export interface SeatLifecycleOptions {
  readonly notifier: Notifier;
  /** Transfers leadership if leader, stops accepting, flushes. Should stop early when `signal` aborts. */
  readonly drain: (signal: AbortSignal) => Promise<void>;
  /** How long drain may take (keep it below the unit's TimeoutStopSec). Default 30 s. */
  readonly drainTimeoutMs?: number;
  /** Ends the process (default process.exit). */
  readonly exit?: (code: number) => void;
  /** Where SIGTERM/SIGINT come from (default process). */
  readonly signals?: SignalSource;
  readonly logger?: LifecycleLogger;
}

export const drainTimeoutMsDefault = 30_000;
export const drainTimeoutMsMax = 3_600_000;

export type LifecyclePhase = 'starting' | 'ready' | 'stopping' | 'stopped';

export class SeatLifecycle {
  private readonly options: SeatLifecycleOptions;
  private readonly drainTimeoutMs: number;
  private readonly watchdog: Watchdog | undefined;
  private storageIsRecovered = false;
  private listenerIsUp = false;
  private lastStatus: string | undefined;
  private phaseNow: LifecyclePhase = 'starting';
  private stopped: Promise<number> | undefined;
  private readonly onSignal = (): void => {
    void this.shutdown('signal');
  };

  constructor(options: SeatLifecycleOptions) {
    this.options = options;
    const timeout = options.drainTimeoutMs ?? drainTimeoutMsDefault;
    if (!Number.isSafeInteger(timeout) || timeout < 1 || timeout > drainTimeoutMsMax) {
      throw new TesseraError(`drainTimeoutMs must be a whole number of milliseconds in [1, ${drainTimeoutMsMax}], got ${String(timeout)}`, 'OPS_BAD_LIFECYCLE_OPTION');
    }
    this.drainTimeoutMs = timeout;
    const interval = options.notifier.watchdogIntervalUsec();
    if (!interval.ok) throw interval.error;
    this.watchdog = interval.value === undefined ? undefined : new Watchdog({ notifier: options.notifier, intervalUsec: interval.value });
  }

  get phase(): LifecyclePhase {
    return this.phaseNow;
  }

  /** Whether systemd asked for watchdog pings (WATCHDOG_USEC for this pid). */
  get watchdogEnabled(): boolean {
    return this.watchdog !== undefined;
  }

  /** Installs the signal handlers and starts the watchdog pings. */
  start(): void {
    const signals = this.options.signals ?? process;
    signals.on('SIGTERM', this.onSignal);
    signals.on('SIGINT', this.onSignal);
    this.watchdog?.start();
  }

  storageRecovered(): void {
    this.storageIsRecovered = true;
    this.maybeReady();
  }

  peerListenerUp(): void {
    this.listenerIsUp = true;
    this.maybeReady();
  }

  /** Sends STATUS= when the text changed (and the seat is not stopped). */
  updateStatus(status: SeatStatus): void {
    const text = formatSeatStatus(status);
    if (text === this.lastStatus || this.phaseNow === 'stopped') return;
    this.lastStatus = text;
    if (this.phaseNow === 'starting') return; // sent with READY=1
    this.report(this.options.notifier.status(text), 'STATUS');
  }

  /**
   * STOPPING=1, drain under the timeout, exit. Idempotent: a second signal
   * while draining returns the same promise (resolving to the exit code).
   * `failed`: the seat stops because something went wrong (storage failed,
   * no member admitted it): exit 1 even after a clean drain, so systemd's
   * Restart=on-failure brings it back.
   */
  shutdown(reason: string, failed = false): Promise<number> {
    if (this.stopped !== undefined) {
      this.options.logger?.warn({ reason }, 'already stopping; waiting for the drain to finish');
      return this.stopped;
    }
    this.stopped = this.runShutdown(reason, failed);
    return this.stopped;
  }

  private async runShutdown(reason: string, failed: boolean): Promise<number> {
    this.phaseNow = 'stopping';
    this.options.logger?.info({ reason, drainTimeoutMs: this.drainTimeoutMs }, 'stopping: draining');
    this.report(this.options.notifier.stopping(), 'STOPPING');
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.drainTimeoutMs);
    });
    let code = failed ? 1 : 0;
    try {
      const outcome = await Promise.race([this.options.drain(abort.signal).then(() => 'drained' as const), timedOut]);
      if (outcome === 'timeout') {
        abort.abort(new TesseraError(`drain did not finish within ${this.drainTimeoutMs} ms`, 'OPS_DRAIN_TIMEOUT'));
        this.options.logger?.error({ drainTimeoutMs: this.drainTimeoutMs }, 'drain timed out; exiting anyway');
        code = 1;
      } else {
        this.options.logger?.info({ exitCode: code }, 'drained; exiting');
      }
    } catch (e) {
      this.options.logger?.error({ err: e }, 'drain failed; exiting anyway');
      code = 1;
    } finally {
      clearTimeout(timer);
    }
    this.watchdog?.stop();
    const signals = this.options.signals ?? process;
    signals.off('SIGTERM', this.onSignal);
    signals.off('SIGINT', this.onSignal);
    this.phaseNow = 'stopped';
    (this.options.exit ?? ((c: number) => process.exit(c)))(code);
    return code;
  }

  private maybeReady(): void {
    if (this.phaseNow !== 'starting' || !this.storageIsRecovered || !this.listenerIsUp) return;
    this.phaseNow = 'ready';
    this.report(this.options.notifier.ready(this.lastStatus), 'READY');
    this.options.logger?.info({ status: this.lastStatus }, 'ready');
  }

  private report(outcome: Result<'sent' | 'disabled'>, what: string): void {
    if (!outcome.ok) this.options.logger?.warn({ err: outcome.error, notification: what }, 'sd_notify failed');
  }
}

export interface WatchdogOptions {
  readonly notifier: Pick<Notifier, 'watchdog'>;
  /** WATCHDOG_USEC: systemd restarts the unit when no ping arrives within it. */
  readonly intervalUsec: number;
}

/** Smallest accepted watchdog interval: pings every 10 ms at most. */
export const watchdogIntervalUsecMin = 20_000;

/**
 * WATCHDOG=1 at half the interval from a timer on the event loop: the ping
 * proves the loop turns, so a loop blocked for longer than the interval
 * gets the unit restarted. The timer is unref'd: it never keeps a seat alive.
 */
export class Watchdog {
  private readonly notifier: Pick<Notifier, 'watchdog'>;
  readonly pingIntervalMs: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: WatchdogOptions) {
    if (!Number.isSafeInteger(options.intervalUsec) || options.intervalUsec < watchdogIntervalUsecMin) {
      throw new TesseraError(`watchdog interval must be at least ${watchdogIntervalUsecMin} us, got ${String(options.intervalUsec)}`, 'OPS_BAD_LIFECYCLE_OPTION');
    }
    this.notifier = options.notifier;
    this.pingIntervalMs = Math.floor(options.intervalUsec / 2 / 1000);
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.notifier.watchdog();
    this.timer = setInterval(() => this.notifier.watchdog(), this.pingIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
