import { TesseraError, err, isTesseraError, ok, type Result } from '../common/errors.js';
import { loadAddon } from '../native/index.js';

/**
 * sd_notify(3) for the seat: tells systemd when it is ready, reloading or
 * stopping, pings the watchdog, and extends start/stop timeouts. Each call
 * sends one datagram to $NOTIFY_SOCKET through the addon
 * (native/src/sdnotify): a filesystem path or an abstract '@' name.
 *
 * Not under systemd (NOTIFY_SOCKET unset) every call is a no-op returning
 * `{ ok: true, value: 'disabled' }`. Failures never throw: they are returned
 * as `{ ok: false, error }` (a TesseraError: SDNOTIFY_BAD_SOCKET,
 * SDNOTIFY_BAD_STATE, SDNOTIFY_SEND_FAILED, ERR_OUT_OF_RANGE) and passed to
 * `onError`, so a notification can never crash the event loop. Sending
 * never blocks: a full systemd queue is an SDNOTIFY_SEND_FAILED error.
 */

interface SdNotifyNative {
  sdNotify(socket: string, state: string): void;
  sdMonotonicUsec(): number;
  sdNotifyStateBytesMax: number;
}

const native = loadAddon() as unknown as SdNotifyNative;

/** The most state bytes one notification may carry. */
export const sdNotifyStateBytesMax: number = native.sdNotifyStateBytesMax;

export type SdNotifyOutcome = Result<'sent' | 'disabled'>;

export interface SdNotifierOptions {
  /** Where NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Our pid, compared with WATCHDOG_PID (default process.pid). */
  pid?: number;
  /** Called with every failure (e.g. to log it); an exception it throws is ignored. */
  onError?: (error: TesseraError, state: string) => void;
}

export class SdNotifier {
  /** The NOTIFY_SOCKET value, or undefined when not under systemd. */
  readonly socket: string | undefined;
  private readonly env: NodeJS.ProcessEnv;
  private readonly pid: number;
  private readonly onError: ((error: TesseraError, state: string) => void) | undefined;

  constructor(options: SdNotifierOptions = {}) {
    this.env = options.env ?? process.env;
    this.pid = options.pid ?? process.pid;
    this.onError = options.onError;
    this.socket = this.env.NOTIFY_SOCKET;
  }

  get enabled(): boolean {
    return this.socket !== undefined;
  }

  /** READY=1: start-up is finished (Type=notify units leave "activating"); optionally with a STATUS line. */
  ready(status?: string): SdNotifyOutcome {
    return this.notify(status === undefined ? 'READY=1' : `READY=1\n${statusLine(status)}`);
  }

  /** STATUS=...: the free-form status `systemctl status` shows (newlines become spaces). */
  status(text: string): SdNotifyOutcome {
    return this.notify(statusLine(text));
  }

  /** WATCHDOG=1: the keep-alive ping; send at least every watchdogIntervalUsec() / 2. */
  watchdog(): SdNotifyOutcome {
    return this.notify('WATCHDOG=1');
  }

  /** STOPPING=1: shutdown has begun. */
  stopping(): SdNotifyOutcome {
    return this.notify('STOPPING=1');
  }

  /**
   * RELOADING=1 with MONOTONIC_USEC (CLOCK_MONOTONIC, read natively), as
   * Type=notify-reload requires; send READY=1 when the reload is done.
   */
  reloading(): SdNotifyOutcome {
    if (!this.enabled) return ok('disabled');
    return this.notify(`RELOADING=1\nMONOTONIC_USEC=${native.sdMonotonicUsec()}`);
  }

  /** EXTEND_TIMEOUT_USEC=usec: asks for `usec` more microseconds to start, reload or stop. */
  extendTimeout(usec: number): SdNotifyOutcome {
    if (!Number.isSafeInteger(usec) || usec < 0) {
      return this.fail(
        new TesseraError(`extendTimeout: usec must be a non-negative safe integer, got ${String(usec)}`, 'ERR_OUT_OF_RANGE'),
        'EXTEND_TIMEOUT_USEC',
      );
    }
    return this.notify(`EXTEND_TIMEOUT_USEC=${usec}`);
  }

  /**
   * Sends `state` (newline-separated NAME=VALUE assignments) as one datagram.
   * The addon validates it (no NUL, at most sdNotifyStateBytesMax bytes).
   */
  notify(state: string): SdNotifyOutcome {
    if (this.socket === undefined) return ok('disabled');
    try {
      native.sdNotify(this.socket, state);
      return ok('sent');
    } catch (e) {
      const error = isTesseraError(e) ? e : new TesseraError(`sd_notify failed: ${String(e)}`, 'SDNOTIFY_SEND_FAILED');
      return this.fail(error, state);
    }
  }

  /**
   * The watchdog interval systemd expects pings within, in microseconds, as
   * sd_watchdog_enabled(3) reads it: undefined when WATCHDOG_USEC is unset or
   * WATCHDOG_PID names another process; an SDNOTIFY_BAD_WATCHDOG_ENV error
   * when either is malformed (or WATCHDOG_USEC is 0).
   */
  watchdogIntervalUsec(): Result<number | undefined> {
    const usecText = this.env.WATCHDOG_USEC;
    if (usecText === undefined) return ok(undefined);
    const usec = parseUnsigned(usecText);
    if (usec === undefined || usec === 0) {
      return err(new TesseraError(`WATCHDOG_USEC '${usecText}' is not a positive integer of microseconds`, 'SDNOTIFY_BAD_WATCHDOG_ENV'));
    }
    const pidText = this.env.WATCHDOG_PID;
    if (pidText !== undefined) {
      const pid = parseUnsigned(pidText);
      if (pid === undefined || pid === 0) {
        return err(new TesseraError(`WATCHDOG_PID '${pidText}' is not a process id`, 'SDNOTIFY_BAD_WATCHDOG_ENV'));
      }
      if (pid !== this.pid) return ok(undefined);
    }
    return ok(usec);
  }

  private fail(error: TesseraError, state: string): SdNotifyOutcome {
    try {
      this.onError?.(error, state);
    } catch {
      // A failing error handler must not turn a notification into a crash.
    }
    return err(error);
  }
}

function statusLine(text: string): string {
  return `STATUS=${String(text).replace(/\r?\n/g, ' ')}`;
}

/** A decimal safe integer, or undefined. */
function parseUnsigned(text: string): number | undefined {
  if (!/^\d{1,16}$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}
