/**
 * The collateral a verifier needs, kept fresh. Sources, in the operator's
 * choice: a single file, a directory of files (one per FMSPC, any *.json
 * name), or a PCS/PCCS base URL. Fetched collateral is cached on disk so a
 * restart does not depend on the network; each entry is refreshed ahead of
 * its earliest nextUpdate, and the earliest expiry over all entries is
 * exposed for a metric (seconds left; negative once expired).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import { TesseraError } from '../../common/errors.js';
import { parseCollateral, type CollateralWindow } from './parse.js';
import { PccsClient, type PccsClientOptions } from './pccs.js';
import type { DcapCollateral, PckCaKind } from './types.js';

export type CollateralSource =
  | { kind: 'file'; path: string }
  | { kind: 'directory'; path: string }
  | ({ kind: 'pccs' } & PccsClientOptions);

export interface CollateralStoreOptions {
  source: CollateralSource;
  /** On-disk cache for fetched collateral (PCCS source); none when absent. */
  cacheDir?: string;
  /** Unix seconds now; injected by tests. */
  clock?: () => number;
  /** Refresh an entry this long before its earliest nextUpdate. */
  refreshAheadSeconds?: number;
  /** Never refresh one entry more often than this (unless it has expired). */
  refreshIntervalMinSeconds?: number;
  /** After a failed refresh, wait this long before trying again (doubles, up to refreshIntervalMinSeconds). */
  retryAfterFailureSeconds?: number;
  /** Files larger than this are refused. */
  fileBytesMax?: number;
  /** Entries held at most (distinct FMSPC / CA pairs). */
  entriesMax?: number;
}

export const collateralStoreDefaults = {
  refreshAheadSeconds: 7 * 86_400,
  refreshIntervalMinSeconds: 3600,
  retryAfterFailureSeconds: 60,
  fileBytesMax: 4 * 1024 * 1024,
  entriesMax: 64,
} as const;

export interface CollateralEntry {
  fmspc: string;
  ca: PckCaKind;
  collateral: DcapCollateral;
  window: CollateralWindow;
  /** Where it came from: a file path, a URL, or the cache file. */
  origin: string;
  loadedAtUnix: number;
  /** When the store will next try to refresh it. */
  refreshAtUnix: number;
  failures: number;
  lastError?: TesseraError;
}

export interface RefreshReport {
  refreshed: string[];
  failed: { key: string; error: TesseraError }[];
}

const keyOf = (fmspc: string, ca: PckCaKind) => `${fmspc.toUpperCase()}-${ca}`;

export class CollateralStore {
  readonly #o: Required<Omit<CollateralStoreOptions, 'cacheDir' | 'source'>> & Pick<CollateralStoreOptions, 'cacheDir' | 'source'>;
  readonly #entries = new Map<string, CollateralEntry>();
  readonly #pccs: PccsClient | undefined;
  readonly #inflight = new Map<string, Promise<CollateralEntry>>();
  #timer: NodeJS.Timeout | undefined;

  constructor(o: CollateralStoreOptions) {
    this.#o = {
      source: o.source,
      cacheDir: o.cacheDir,
      clock: o.clock ?? (() => Math.floor(Date.now() / 1000)),
      refreshAheadSeconds: o.refreshAheadSeconds ?? collateralStoreDefaults.refreshAheadSeconds,
      refreshIntervalMinSeconds: o.refreshIntervalMinSeconds ?? collateralStoreDefaults.refreshIntervalMinSeconds,
      retryAfterFailureSeconds: o.retryAfterFailureSeconds ?? collateralStoreDefaults.retryAfterFailureSeconds,
      fileBytesMax: o.fileBytesMax ?? collateralStoreDefaults.fileBytesMax,
      entriesMax: o.entriesMax ?? collateralStoreDefaults.entriesMax,
    };
    this.#pccs = o.source.kind === 'pccs' ? new PccsClient(o.source) : undefined;
    if (o.cacheDir !== undefined) {
      try {
        mkdirSync(o.cacheDir, { recursive: true, mode: 0o700 });
      } catch (e) {
        throw new TesseraError(`collateral cache ${o.cacheDir}: ${(e as Error).message}`, 'COLLATERAL_CACHE_IO', { path: o.cacheDir });
      }
    }
  }

  /**
   * Collateral for an FMSPC (from the PCK certificate) and PCK CA kind. Held
   * entries are returned as they are unless their refresh time has come;
   * then they are refreshed first, and kept if the refresh fails while they
   * are still valid.
   */
  async get(fmspc: string, ca: PckCaKind = 'platform'): Promise<DcapCollateral> {
    return (await this.entry(fmspc, ca)).collateral;
  }

  async entry(fmspc: string, ca: PckCaKind = 'platform'): Promise<CollateralEntry> {
    if (!/^[0-9A-Fa-f]{12}$/.test(fmspc)) throw new TesseraError(`FMSPC '${fmspc}' is not 6 bytes of hex`, 'COLLATERAL_FMSPC_INVALID');
    if (ca !== 'platform' && ca !== 'processor') throw new TesseraError(`PCK CA '${String(ca)}' must be platform or processor`, 'COLLATERAL_CONFIG_INVALID');
    const key = keyOf(fmspc, ca);
    let held = this.#entries.get(key);
    if (!held) {
      const cached = this.#readCache(fmspc, ca);
      if (cached) held = this.#hold(cached);
    }
    const now = this.#o.clock();
    if (held && now < held.refreshAtUnix) return held;
    try {
      return await this.#refresh(fmspc, ca);
    } catch (e) {
      const err = e as TesseraError;
      if (held && now < held.window.expiryUnix) return held;
      if (held && isTesseraError(err)) {
        throw new TesseraError(`${err.message}; the held collateral for FMSPC ${key} expired at ${iso(held.window.expiryUnix)}`, err.code, err.details as Record<string, unknown>);
      }
      throw err;
    }
  }

  /** Refreshes now, whatever the schedule says; throws what the source threw. */
  async refresh(fmspc: string, ca: PckCaKind = 'platform'): Promise<DcapCollateral> {
    return (await this.#refresh(fmspc, ca)).collateral;
  }

  /** Refreshes every held entry whose time has come. Never throws; reports failures. */
  async refreshDue(): Promise<RefreshReport> {
    const now = this.#o.clock();
    const report: RefreshReport = { refreshed: [], failed: [] };
    for (const [key, e] of [...this.#entries]) {
      if (now < e.refreshAtUnix) continue;
      try {
        await this.#refresh(e.fmspc, e.ca);
        report.refreshed.push(key);
      } catch (err) {
        report.failed.push({ key, error: err as TesseraError });
      }
    }
    return report;
  }

  /** Seconds until the earliest nextUpdate over all held collateral (negative once past); undefined when empty. */
  earliestExpirySeconds(): number | undefined {
    let min: number | undefined;
    for (const e of this.#entries.values()) min = min === undefined ? e.window.expiryUnix : Math.min(min, e.window.expiryUnix);
    return min === undefined ? undefined : min - this.#o.clock();
  }

  /** When the next refresh is due (unix seconds); undefined when nothing is held. */
  nextRefreshAtUnix(): number | undefined {
    let min: number | undefined;
    for (const e of this.#entries.values()) min = min === undefined ? e.refreshAtUnix : Math.min(min, e.refreshAtUnix);
    return min;
  }

  entries(): readonly CollateralEntry[] {
    return [...this.#entries.values()];
  }

  /**
   * Holds now everything a file or directory source offers (one entry per
   * FMSPC found), so that the collateral horizon (earliestExpirySeconds, the
   * `<org>_collateral_seconds_to_expiry` gauge) is known from the start, not
   * only after the first quote asks for it. A PCCS source is asked per FMSPC
   * and preloads nothing. A file that does not parse is reported, not thrown:
   * get() for its FMSPC fails with the reason when a quote needs it.
   */
  preload(): { loaded: string[]; failed: { path: string; error: TesseraError }[] } {
    const src = this.#o.source;
    if (src.kind === 'pccs') return { loaded: [], failed: [] };
    let paths: string[];
    if (src.kind === 'file') paths = [src.path];
    else {
      try {
        paths = readdirSync(src.path).filter((n) => n.endsWith('.json')).sort().map((n) => join(src.path, n));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'COLLATERAL_NOT_FOUND' : 'COLLATERAL_IO';
        return { loaded: [], failed: [{ path: src.path, error: new TesseraError(`collateral directory ${src.path}: ${(e as Error).message}`, code, { path: src.path }) }] };
      }
    }
    const loaded: string[] = [];
    const failed: { path: string; error: TesseraError }[] = [];
    for (const path of paths) {
      try {
        const parsed = parseCollateral(this.#readJsonFile(path), path);
        // #fromFiles serves a file for either PCK CA kind; hold it as get() would for a platform-CA quote.
        if (this.#entries.has(keyOf(parsed.window.fmspc, 'platform'))) continue;
        this.#hold({ fmspc: parsed.window.fmspc, ca: 'platform', ...parsed, origin: path });
        loaded.push(parsed.window.fmspc);
      } catch (e) {
        if (!isTesseraError(e)) throw e;
        failed.push({ path, error: e });
      }
    }
    return { loaded, failed };
  }

  /**
   * Runs refreshDue() in the background at each entry's refresh time (checked
   * at least every `pollSecondsMax`). The timer does not keep the process alive.
   */
  start(pollSecondsMax = 3600, onReport?: (r: RefreshReport) => void): void {
    this.stop();
    const arm = () => {
      const next = this.nextRefreshAtUnix();
      const wait = next === undefined ? pollSecondsMax : Math.max(1, Math.min(pollSecondsMax, next - this.#o.clock()));
      this.#timer = setTimeout(() => {
        void this.refreshDue().then((r) => {
          onReport?.(r);
          if (this.#timer !== undefined) arm();
        });
      }, wait * 1000);
      this.#timer.unref();
    };
    arm();
  }

  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  // ---------------------------------------------------------------- internals

  async #refresh(fmspc: string, ca: PckCaKind): Promise<CollateralEntry> {
    const key = keyOf(fmspc, ca);
    // One refresh per entry at a time: concurrent callers share it.
    const running = this.#inflight.get(key);
    if (running) return running;
    const p = this.#load(fmspc, ca).finally(() => this.#inflight.delete(key));
    this.#inflight.set(key, p);
    return p;
  }

  async #load(fmspc: string, ca: PckCaKind): Promise<CollateralEntry> {
    const key = keyOf(fmspc, ca);
    const src = this.#o.source;
    try {
      let loaded: { collateral: DcapCollateral; window: CollateralWindow; origin: string };
      if (src.kind === 'pccs') {
        const raw = await this.#pccs!.fetchCollateral(fmspc, ca);
        const origin = this.#pccs!.baseUrl;
        loaded = { ...parseCollateral(raw, origin), origin };
        if (loaded.window.fmspc !== fmspc.toUpperCase()) {
          throw new TesseraError(`collateral from ${origin}: TCB info is for FMSPC ${loaded.window.fmspc}, asked for ${fmspc.toUpperCase()}`, 'COLLATERAL_MALFORMED', { field: 'tcb_info.fmspc' });
        }
        this.#writeCache(fmspc, ca, loaded.collateral);
      } else {
        loaded = this.#fromFiles(fmspc);
      }
      return this.#hold({ fmspc: fmspc.toUpperCase(), ca, ...loaded });
    } catch (e) {
      const held = this.#entries.get(key);
      if (held && isTesseraError(e)) {
        held.failures += 1;
        held.lastError = e;
        const backoff = Math.min(this.#o.refreshIntervalMinSeconds, this.#o.retryAfterFailureSeconds * 2 ** (held.failures - 1));
        held.refreshAtUnix = this.#o.clock() + backoff;
      }
      throw e;
    }
  }

  #hold(l: { fmspc: string; ca: PckCaKind; collateral: DcapCollateral; window: CollateralWindow; origin: string }): CollateralEntry {
    const key = keyOf(l.fmspc, l.ca);
    if (!this.#entries.has(key) && this.#entries.size >= this.#o.entriesMax) {
      throw new TesseraError(`collateral store holds ${this.#o.entriesMax} entries already (entriesMax)`, 'COLLATERAL_STORE_FULL');
    }
    const now = this.#o.clock();
    const entry: CollateralEntry = {
      fmspc: l.fmspc.toUpperCase(),
      ca: l.ca,
      collateral: l.collateral,
      window: l.window,
      origin: l.origin,
      loadedAtUnix: now,
      refreshAtUnix: this.#refreshAt(l.window.expiryUnix, now),
      failures: 0,
    };
    this.#entries.set(key, entry);
    return entry;
  }

  /**
   * Ahead of expiry by refreshAheadSeconds; once inside that window, no more
   * often than refreshIntervalMinSeconds (and at expiry at the latest); once
   * expired, every retryAfterFailureSeconds (a source serving stale
   * collateral is not hammered).
   */
  #refreshAt(expiryUnix: number, now: number): number {
    const ahead = expiryUnix - this.#o.refreshAheadSeconds;
    if (ahead > now) return ahead;
    if (expiryUnix > now) return Math.min(now + this.#o.refreshIntervalMinSeconds, expiryUnix);
    return now + this.#o.retryAfterFailureSeconds;
  }

  #readJsonFile(path: string): unknown {
    let text: string;
    try {
      const buf = readFileSync(path);
      if (buf.length > this.#o.fileBytesMax) {
        throw new TesseraError(`collateral file ${path} is ${buf.length} bytes (more than ${this.#o.fileBytesMax})`, 'COLLATERAL_MALFORMED', { path });
      }
      text = buf.toString('utf8');
    } catch (e) {
      if (e instanceof TesseraError) throw e;
      const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'COLLATERAL_NOT_FOUND' : 'COLLATERAL_IO';
      throw new TesseraError(`collateral file ${path}: ${(e as Error).message}`, code, { path });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new TesseraError(`collateral file ${path} is not JSON: ${(e as Error).message}`, 'COLLATERAL_MALFORMED', { path });
    }
  }

  #fromFiles(fmspc: string): { collateral: DcapCollateral; window: CollateralWindow; origin: string } {
    const src = this.#o.source as { kind: 'file' | 'directory'; path: string };
    const want = fmspc.toUpperCase();
    if (src.kind === 'file') {
      const parsed = parseCollateral(this.#readJsonFile(src.path), src.path);
      if (parsed.window.fmspc !== want) {
        throw new TesseraError(`collateral file ${src.path} is for FMSPC ${parsed.window.fmspc}, not ${want}`, 'COLLATERAL_NOT_FOUND', { path: src.path, fmspc: want });
      }
      return { ...parsed, origin: src.path };
    }
    let names: string[];
    try {
      names = readdirSync(src.path).filter((n) => n.endsWith('.json')).sort();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'COLLATERAL_NOT_FOUND' : 'COLLATERAL_IO';
      throw new TesseraError(`collateral directory ${src.path}: ${(e as Error).message}`, code, { path: src.path });
    }
    let found: { collateral: DcapCollateral; window: CollateralWindow; origin: string } | undefined;
    for (const name of names) {
      const path = join(src.path, name);
      const parsed = parseCollateral(this.#readJsonFile(path), path);
      if (parsed.window.fmspc !== want) continue;
      if (found) {
        throw new TesseraError(`collateral directory ${src.path}: both ${found.origin} and ${path} are for FMSPC ${want}`, 'COLLATERAL_DUPLICATE', { path });
      }
      found = { ...parsed, origin: path };
    }
    if (!found) throw new TesseraError(`collateral directory ${src.path} has no file for FMSPC ${want}`, 'COLLATERAL_NOT_FOUND', { path: src.path, fmspc: want });
    return found;
  }

  #cachePath(fmspc: string, ca: PckCaKind): string | undefined {
    return this.#o.cacheDir === undefined ? undefined : join(this.#o.cacheDir, `${keyOf(fmspc, ca)}.json`);
  }

  #readCache(fmspc: string, ca: PckCaKind): { fmspc: string; ca: PckCaKind; collateral: DcapCollateral; window: CollateralWindow; origin: string } | undefined {
    const path = this.#cachePath(fmspc, ca);
    if (path === undefined) return undefined;
    try {
      const parsed = parseCollateral(this.#readJsonFile(path), path);
      if (parsed.window.fmspc !== fmspc.toUpperCase()) return undefined;
      return { fmspc, ca, ...parsed, origin: path };
    } catch {
      // A missing or damaged cache file only means a fetch; the fetch overwrites it.
      return undefined;
    }
  }

  #writeCache(fmspc: string, ca: PckCaKind, c: DcapCollateral): void {
    const path = this.#cachePath(fmspc, ca);
    if (path === undefined) return;
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, JSON.stringify(c) + '\n');
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    } catch (e) {
      throw new TesseraError(`collateral cache ${path}: ${(e as Error).message}`, 'COLLATERAL_CACHE_IO', { path });
    }
  }
}

function isTesseraError(e: unknown): e is TesseraError {
  return e instanceof TesseraError;
}

function iso(unix: number): string {
  return new Date(unix * 1000).toISOString();
}
