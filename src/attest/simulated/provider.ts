/**
 * The simulated quote provider, for hosts without TDX: v4 quotes with the
 * real layout and the caller's REPORTDATA, signed by an attestation key whose
 * QE report is signed by a simulated PCK chain under a simulated root. The
 * root and every key are generated on first use and kept in a state
 * directory (0700, the key file 0600), so the same host keeps the same root.
 *
 * Verification of these quotes runs the production code path and succeeds
 * only when the verifier is told to trust rootCertificateDer() explicitly.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import { TesseraError } from '../../common/errors.js';
import type { DcapCollateral } from '../collateral/types.js';
import type { QuoteProvider } from '../provider.js';
import {
  defaultTdConfig,
  generateMaterial,
  makeCollateral,
  makeQuote,
  parseMaterial,
  serializeMaterial,
  type SimulatedMaterial,
  type SimulatedTdConfig,
} from './material.js';

export const simulatedStateFileName = 'simulated-pki.json';

export interface SimulatedQuoteProviderOptions {
  /** Directory holding the simulated root, CA, PCK and attestation keys. */
  stateDir: string;
  /** What the simulated TD reports (MRTD, RTMRs, TD_ATTRIBUTES, ...); defaults per defaultTdConfig(). */
  td?: Partial<SimulatedTdConfig>;
}

const tdFieldBytes: Record<Exclude<keyof SimulatedTdConfig, 'rtmrs' | 'td15'>, number> = {
  teeTcbSvn: 16,
  mrSeam: 48,
  mrSignerSeam: 48,
  seamAttributes: 8,
  tdAttributes: 8,
  xfam: 8,
  mrTd: 48,
  mrConfigId: 48,
  mrOwner: 48,
  mrOwnerConfig: 48,
};

function checkTd(td: SimulatedTdConfig): SimulatedTdConfig {
  for (const [name, n] of Object.entries(tdFieldBytes)) {
    const v = td[name as keyof typeof tdFieldBytes];
    if (!(v instanceof Uint8Array) || v.length !== n) {
      throw new TesseraError(`simulated TD field ${name} must be ${n} bytes`, 'ATTEST_CONFIG_INVALID', { field: name });
    }
  }
  if (td.rtmrs.length !== 4 || td.rtmrs.some((r) => !(r instanceof Uint8Array) || r.length !== 48)) {
    throw new TesseraError('simulated TD rtmrs must be four 48-byte values', 'ATTEST_CONFIG_INVALID', { field: 'rtmrs' });
  }
  if (td.td15 !== undefined) {
    for (const [name, n] of [['teeTcbSvn2', 16], ['mrServiceTd', 48]] as const) {
      const v = td.td15[name];
      if (!(v instanceof Uint8Array) || v.length !== n) {
        throw new TesseraError(`simulated TD 1.5 field ${name} must be ${n} bytes`, 'ATTEST_CONFIG_INVALID', { field: `td15.${name}` });
      }
    }
  }
  return td;
}

export class SimulatedQuoteProvider implements QuoteProvider {
  readonly kind = 'simulated' as const;
  readonly stateFile: string;
  readonly td: SimulatedTdConfig;
  readonly #material: SimulatedMaterial;

  private constructor(stateFile: string, material: SimulatedMaterial, td: SimulatedTdConfig) {
    this.stateFile = stateFile;
    this.#material = material;
    this.td = td;
  }

  /** Loads the state directory, generating the simulated PKI on first use. */
  static open(o: SimulatedQuoteProviderOptions): SimulatedQuoteProvider {
    const td = checkTd({ ...defaultTdConfig(), ...o.td });
    const material = loadOrCreateState(o.stateDir);
    return new SimulatedQuoteProvider(join(o.stateDir, simulatedStateFileName), material, td);
  }

  /** A TDX quote over `reportData` (64 bytes): v4, or v5 with a TD 1.5 body when the TD config has td15. */
  getQuote(reportData: Uint8Array): Buffer {
    return makeQuote(this.#material, this.td, reportData);
  }

  async quote(reportData: Uint8Array): Promise<Buffer> {
    return this.getQuote(reportData);
  }

  /** Collateral matching this provider's quotes, valid from a day before `atUnix` for 30 days. */
  collateral(atUnix: number): DcapCollateral {
    return makeCollateral(this.#material, this.td, atUnix);
  }

  /** The simulated root CA certificate (DER): the trust anchor a verifier must be given explicitly. */
  rootCertificateDer(): Buffer {
    return Buffer.from(this.#material.certs.der.root);
  }

  /** The PCK platform's FMSPC (hex, upper case), for collateral lookups. */
  fmspc(): string {
    return this.#material.platform.fmspc.toString('hex').toUpperCase();
  }
}

function loadOrCreateState(dir: string): SimulatedMaterial {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new TesseraError(`simulated attestation state directory ${dir}: ${(e as Error).message}`, 'SIMULATED_STATE_IO', { path: dir });
  }
  const st = statSync(dir);
  if (!st.isDirectory()) throw new TesseraError(`simulated attestation state ${dir} is not a directory`, 'SIMULATED_STATE_IO', { path: dir });
  const file = join(dir, simulatedStateFileName);
  const existing = readState(file);
  if (existing !== undefined) return existing;

  // First use: write the new state to a private temp file, then link it into
  // place. link() fails if another process won the race; then we use theirs.
  const material = generateMaterial();
  const tmp = join(dir, `.${simulatedStateFileName}.${process.pid}.${randomBytes(6).toString('hex')}`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, serializeMaterial(material));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
      unlinkSync(tmp);
      throw new TesseraError(`simulated attestation state ${file}: ${(e as Error).message}`, 'SIMULATED_STATE_IO', { path: file });
    }
  }
  unlinkSync(tmp);
  const dfd = openSync(dir, 'r');
  try {
    fsyncSync(dfd);
  } finally {
    closeSync(dfd);
  }
  const loaded = readState(file);
  if (loaded === undefined) throw new TesseraError(`simulated attestation state ${file} vanished after creation`, 'SIMULATED_STATE_IO', { path: file });
  return loaded;
}

function readState(file: string): SimulatedMaterial | undefined {
  let text: string;
  try {
    const st = statSync(file);
    if ((st.mode & 0o077) !== 0) {
      throw new TesseraError(
        `simulated attestation state ${file} is readable by others (mode ${(st.mode & 0o777).toString(8)}); it holds private keys: chmod 600 it`,
        'SIMULATED_STATE_INSECURE',
        { path: file },
      );
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (e instanceof TesseraError) throw e;
    throw new TesseraError(`simulated attestation state ${file}: ${(e as Error).message}`, 'SIMULATED_STATE_IO', { path: file });
  }
  return parseMaterial(text, file);
}
