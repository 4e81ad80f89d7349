/**
 * What the driver needs from the outside world, injectable so tests run it
 * on a fake clock with pinned randomness: time, timers, randomness, and a
 * way to reach an upstream surface (by default a SurfaceClient).
 */
import * as grpc from '@grpc/grpc-js';
import { SurfaceClient, type SubscribeEvent, type SurfaceStatus } from '../surface/index.js';

export interface DriverClock {
  /** ms since the epoch. */
  now(): number;
}

export interface DriverTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: DriverClock = { now: () => Date.now() };
export const systemTimers: DriverTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** One subscription to an upstream: events in sequence order, cancellable. */
export interface UpstreamSubscription extends AsyncIterable<SubscribeEvent> {
  cancel(): void;
}

/** The part of SurfaceClient the driver and the resolver use. */
export interface UpstreamClient {
  status(): Promise<SurfaceStatus>;
  subscribe(fromSequence: number): UpstreamSubscription;
  close(): void;
}

export interface ConnectOptions {
  /** Request metadata for every call (the ticket). */
  readonly metadata?: () => grpc.Metadata | undefined;
  readonly callTimeoutMs: number;
}

/** Opens a client to `endpoint` presenting `fingerprint` ('' for discovery). */
export type ConnectUpstream = (endpoint: string, fingerprint: string, options: ConnectOptions) => UpstreamClient;

export const connectSurface: ConnectUpstream = (endpoint, fingerprint, options) =>
  new SurfaceClient(endpoint, fingerprint, { callTimeoutMs: options.callTimeoutMs, ...(options.metadata ? { metadata: options.metadata } : {}) });
