/**
 * What a run drives against the seats and checks afterwards. The kv
 * workload (kv-workload.ts) is the first; an organism workload (upstream
 * records in exactly one fact, facts never going backwards, Subscribe
 * resuming without gaps) is organism-workload.ts.
 */
import type { Rng } from './rng.js';
import type { Seat } from './seats.js';

export interface WorkloadContext {
  readonly seats: readonly Seat[];
  readonly rng: Rng;
  /** Concurrent clients. */
  readonly clients: number;
}

/** Where the run's network is, for a workload that starts its own processes (the organism's upstreams). */
export interface WorkloadEnvironment {
  /** The harness' address on the seats' bridge: every seat reaches it whatever the partition. */
  readonly hostIp: string;
  readonly dir: string;
  readonly log: (line: string) => void;
}

export interface OperationCounts {
  ok: number;
  failed: number;
  unknown: number;
}

export interface WorkloadCheck {
  readonly operations: OperationCounts;
  /** One line per anomaly (a lost acknowledged write, a non-linearizable key, seats that disagree); empty = none. */
  readonly anomalies: string[];
  /** Notes that are not anomalies (a check that ran out of time). */
  readonly notes: string[];
  /** Model-specific figures for the report. */
  readonly details: Record<string, unknown>;
}

export interface Workload {
  readonly name: string;
  /** organism.machine in the seat configs (default "kv"). */
  readonly machine?: string;
  /**
   * Applied-index spread tolerated when waiting for quiet (default 0: equal and unchanged). The organism commits
   * a fact every slot forever, so its seats are quiet when they are within a few entries of each other.
   */
  readonly quietSpread?: number;
  /** Before the seat configs are written: start what the seats will connect to. */
  prepare?(env: WorkloadEnvironment): Promise<void>;
  /** After the seats stopped: stop what prepare started. */
  teardown?(): Promise<void>;
  /** More TOML appended to every seat's config (the organism's upstreams, say). */
  seatConfigExtra?(seat: Seat): string;
  /** Starts the clients; they run until stop(). */
  start(ctx: WorkloadContext): void;
  /** Stops issuing operations and waits for the ones in flight (each has a deadline). */
  stop(): Promise<void>;
  /** After the faults are healed and the seats are quiet: checks the history and the seats' final state. */
  check(ctx: WorkloadContext): Promise<WorkloadCheck>;
  /** The recorded history, for the failure directory. */
  history(): unknown;
}
