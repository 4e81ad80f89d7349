/**
 * TEST-ONLY switches for `tessera run`, read from the environment, that make
 * the simulated provider misbehave so that the integration tests can drive
 * every admission refusal through real processes. They exist only for
 * attestation.provider = "simulated": with "tdx", a seat that sees any of
 * them refuses to start (RUN_TEST_HOOK_REFUSED), so a production host can
 * never be talked into presenting or accepting anything unusual.
 *
 *   TESSERA_TEST_SIMULATED_MRTD=<96 hex>     our quotes report this MR_TD
 *   TESSERA_TEST_SIMULATED_DEBUG=1           our quotes have TD_ATTRIBUTES.DEBUG set
 *   TESSERA_TEST_ATTESTATION_FILE=<path>     read at each use (absent file = no change): JSON
 *                                            {"mrTd"?: hex, "debug"?: bool, "collateralExpired"?: bool}
 *                                            (lets a test change a running seat's quotes or collateral)
 *   TESSERA_TEST_JOIN_NONCE_FILE=<path>      when joining: if the file exists, present the nonce in it
 *                                            (hex) instead of the leader's, else write the leader's there
 *   TESSERA_TEST_SIMULATED_COLLATERAL_EXPIRED=1
 *                                            as verifier, check quotes against collateral that expired
 *   TESSERA_TEST_REATTEST_INTERVAL_MS=<ms>   re-attest this often (the config's minimum is 60 s)
 *   TESSERA_TEST_KILL_AFTER_JOIN_SNAPSHOT=1  when joining: SIGKILL ourselves right after the first
 *                                            snapshot from the leader is persisted, before it is
 *                                            applied (a joiner crashing between admission and
 *                                            applying its own admission)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import { TesseraError } from '../common/errors.js';
import type { SeatConfig } from '../config/index.js';

export const attestationTestHookVars = {
  mrTd: 'TESSERA_TEST_SIMULATED_MRTD',
  debug: 'TESSERA_TEST_SIMULATED_DEBUG',
  file: 'TESSERA_TEST_ATTESTATION_FILE',
  joinNonceFile: 'TESSERA_TEST_JOIN_NONCE_FILE',
  collateralExpired: 'TESSERA_TEST_SIMULATED_COLLATERAL_EXPIRED',
  reattestIntervalMs: 'TESSERA_TEST_REATTEST_INTERVAL_MS',
  killAfterJoinSnapshot: 'TESSERA_TEST_KILL_AFTER_JOIN_SNAPSHOT',
} as const;

/** What our simulated quotes report instead of the provider's defaults. */
export interface SimulatedTdOverride {
  readonly mrTd?: Buffer;
  readonly debug?: boolean;
}

export interface AttestationTestHooks {
  /** Any hook set (logged loudly at start). */
  readonly active: readonly string[];
  /** The TD override in effect now (the file, when set, is read on each call). */
  tdOverride(): SimulatedTdOverride;
  /** The nonce the joiner presents for `issued` (the leader's nonce): `issued` unless the nonce file hook says otherwise. */
  presentNonce(issued: Uint8Array): Uint8Array;
  /** As verifier, use collateral that expired (read at each use). */
  collateralExpired(): boolean;
  readonly reattestIntervalMs: number | undefined;
  /** When joining, SIGKILL after persisting the leader's first snapshot. */
  readonly killAfterJoinSnapshot: boolean;
}

const noHooks: AttestationTestHooks = {
  active: [],
  tdOverride: () => ({}),
  presentNonce: (issued) => issued,
  collateralExpired: () => false,
  reattestIntervalMs: undefined,
  killAfterJoinSnapshot: false,
};

function hookError(name: string, why: string): TesseraError {
  return new TesseraError(`test-only ${name}: ${why}`, 'RUN_TEST_HOOK_INVALID', { variable: name });
}

function parseMrTd(name: string, value: string): Buffer {
  if (!/^[0-9a-fA-F]{96}$/.test(value)) throw hookError(name, 'must be 96 hex digits (48 bytes)');
  return Buffer.from(value, 'hex');
}

interface HookFile extends SimulatedTdOverride {
  readonly collateralExpired?: boolean;
}

function readHookFile(path: string): HookFile {
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw hookError(attestationTestHookVars.file, `${path} is not JSON (${(e as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null) throw hookError(attestationTestHookVars.file, `${path} must hold an object`);
  const o = parsed as Record<string, unknown>;
  const out: { mrTd?: Buffer; debug?: boolean; collateralExpired?: boolean } = {};
  for (const k of Object.keys(o)) {
    if (!['mrTd', 'debug', 'collateralExpired'].includes(k)) throw hookError(attestationTestHookVars.file, `${path}: unknown key ${k} (mrTd, debug, collateralExpired)`);
  }
  if (o.mrTd !== undefined) out.mrTd = parseMrTd(`${attestationTestHookVars.file} (${path}) mrTd`, String(o.mrTd));
  for (const k of ['debug', 'collateralExpired'] as const) {
    if (o[k] === undefined) continue;
    if (typeof o[k] !== 'boolean') throw hookError(attestationTestHookVars.file, `${path}: ${k} must be true or false`);
    out[k] = o[k];
  }
  return out;
}

/**
 * The hooks the environment sets. Throws RUN_TEST_HOOK_REFUSED when any is
 * set and attestation is not simulated, RUN_TEST_HOOK_INVALID on a bad value.
 */
export function attestationTestHooks(env: NodeJS.ProcessEnv, config: SeatConfig): AttestationTestHooks {
  const active = Object.values(attestationTestHookVars).filter((v) => env[v] !== undefined && env[v] !== '');
  if (active.length === 0) return noHooks;
  if (config.attestation.provider !== 'simulated') {
    throw new TesseraError(
      `${active.join(', ')} ${active.length === 1 ? 'is a test-only switch' : 'are test-only switches'}, refused with attestation.provider = "${config.attestation.provider}" (only "simulated" allows them); unset ${active.length === 1 ? 'it' : 'them'}`,
      'RUN_TEST_HOOK_REFUSED',
      { variables: active },
    );
  }
  const v = attestationTestHookVars;
  const fixedMrTd = env[v.mrTd] ? parseMrTd(v.mrTd, env[v.mrTd]!) : undefined;
  const flag = (name: string): boolean => {
    const s = env[name];
    if (s === undefined || s === '' || s === '0') return false;
    if (s === '1') return true;
    throw hookError(name, `must be 1 or 0, got ${JSON.stringify(s)}`);
  };
  const fixedDebug = flag(v.debug);
  const collateralExpired = flag(v.collateralExpired);
  const hookFile = env[v.file] || undefined;
  const nonceFile = env[v.joinNonceFile] || undefined;
  let reattestIntervalMs: number | undefined;
  if (env[v.reattestIntervalMs]) {
    reattestIntervalMs = Number(env[v.reattestIntervalMs]);
    if (!Number.isInteger(reattestIntervalMs) || reattestIntervalMs < 100 || reattestIntervalMs > 86_400_000) {
      throw hookError(v.reattestIntervalMs, 'must be an integer number of milliseconds in 100..86400000');
    }
  }
  if (hookFile !== undefined) readHookFile(hookFile); // a malformed file fails at start, not at the first quote
  const fromFile = (): HookFile => (hookFile === undefined ? {} : readHookFile(hookFile));
  return {
    active,
    tdOverride: () => {
      const f = fromFile();
      const mrTd = f.mrTd ?? fixedMrTd;
      const debug = f.debug ?? fixedDebug;
      return { ...(mrTd !== undefined ? { mrTd } : {}), ...(debug ? { debug } : {}) };
    },
    presentNonce: (issued) => {
      if (nonceFile === undefined) return issued;
      if (existsSync(nonceFile)) {
        const hex = readFileSync(nonceFile, 'utf8').trim();
        if (!/^([0-9a-f]{2}){16,64}$/.test(hex)) throw hookError(v.joinNonceFile, `${nonceFile} must hold a nonce in lowercase hex`);
        return Buffer.from(hex, 'hex');
      }
      writeFileSync(nonceFile, Buffer.from(issued).toString('hex'), { mode: 0o600 });
      return issued;
    },
    collateralExpired: () => fromFile().collateralExpired ?? collateralExpired,
    reattestIntervalMs,
    killAfterJoinSnapshot: flag(v.killAfterJoinSnapshot),
  };
}
