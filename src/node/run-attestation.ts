/**
 * How `tessera run` attests: the one place src/attest is plugged into the
 * seat process. Both sides use the real admission of src/attest/admission:
 *
 * - the leader (verifier): RunAdmission = AdmissionController (policy from
 *   [admission]) + NonceIssuer (single use, expiring) + collateral for the
 *   quote: with provider "simulated" the simulated PKI's own collateral and
 *   its root (or the first of attestation.simulated_roots); with "tdx" the
 *   CollateralStore (collateral_dir or a PCCS, cached, refreshed ahead of
 *   nextUpdate) and Intel's pinned root;
 * - the joiner and every re-attesting member (attestor): a quote from the
 *   configured provider (configfs-tsm or simulated) over
 *   reportDataFor(node key, organism fingerprint, nonce).
 *
 * Re-attestation (the leader asks, members answer) is in reattestation-service.ts,
 * its schedule (pure) in reattestation.ts.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';

import {
  ADMISSION_REFUSAL_REASONS,
  AdmissionController,
  admissionPolicyFromConfig,
  NonceIssuer,
  reportDataFor,
  type AdmissionRefusalReason,
} from '../attest/admission/index.js';
import { CollateralStore, type CollateralSource } from '../attest/collateral/index.js';
import type { DcapCollateral, PckCaKind } from '../attest/collateral/types.js';
import { decodeSgxExtension } from '../attest/pki/sgx-extension.js';
import { DerTag, decodeOid, expectTlv, readChildren } from '../attest/pki/der.js';
import type { QuoteProvider } from '../attest/provider.js';
import { parseQuote } from '../attest/quote.js';
import { defaultTdAttributes } from '../attest/simulated/material.js';
import { SimulatedQuoteProvider } from '../attest/simulated/index.js';
import { QuoteVerifier } from '../attest/verify.js';
import { TesseraError } from '../common/errors.js';
import type { SeatConfig } from '../config/index.js';
import { keyIdOf, type NodeKey } from '../peer/node-key.js';
import { attestationTestHooks, type AttestationTestHooks, type SimulatedTdOverride } from './attestation-test-hooks.js';
import { joinNonceTtlMs, joinRefusal } from './join-bridge.js';
import type { AdmissionVerdict, JoinRequest, PeerAddress, SeatAdmission } from './ports.js';
import { reattestationFor, reattestRefusal } from './reattestation-service.js';
import type { JoinAttestor, SeatProcessOptions } from './seat-process.js';

/** Seconds a nonce stays good (a quote takes well under a second; configfs-tsm at most quote_timeout_ms). */
export const admissionNonceLifetimeS = joinNonceTtlMs / 1000;

/**
 * Every reason the refusal counter is labelled with (each series exists from
 * the start, at 0): the admission policy's list, then the seat's own.
 */
export const runAdmissionRefusalReasons: readonly string[] = [
  ...ADMISSION_REFUSAL_REASONS,
  joinRefusal.admissionUnavailable,
  joinRefusal.membershipFailed,
  reattestRefusal.unreachable,
  reattestRefusal.keyMismatch,
  // src/ticket's join check (withJoinTickets, before the quote).
  'TICKET_INVALID',
  'REFUSED',
];

/** Collateral that verifies `quote`: looked up by the PCK leaf's FMSPC and issuing CA. */
export type CollateralLookup = (quote: Uint8Array) => Promise<DcapCollateral>;

export interface RunAdmissionOptions {
  readonly controller: AdmissionController;
  readonly collateral: CollateralLookup;
  /** The organism fingerprint (32 bytes) every quote must bind. */
  readonly fingerprint: Uint8Array;
  /** Wall clock, ms (stamps the attestation record). */
  readonly nowMs?: () => number;
}

/** The seat's admission port on the real policy: joins and re-attestations both come through verify(). */
export class RunAdmission implements SeatAdmission {
  private readonly nowMs: () => number;

  constructor(private readonly o: RunAdmissionOptions) {
    this.nowMs = o.nowMs ?? Date.now;
  }

  issueNonce(_member?: PeerAddress): Buffer {
    return this.o.controller.issueNonce();
  }

  async verifyJoin(request: JoinRequest): Promise<AdmissionVerdict> {
    if (request.nodePublicKey === undefined || keyIdOf(request.nodePublicKey) !== request.member.keyId) {
      return refused('REPORT_DATA_MISMATCH', 'the join does not carry the node public key its key id names');
    }
    return this.verify(request.nodePublicKey, request.nonce, request.quote);
  }

  /** A quote over `nonce` from the member whose node key is `nodePublicKey` (SPKI DER), under the policy. */
  async verify(nodePublicKey: Uint8Array, nonce: Uint8Array, quote: Uint8Array): Promise<AdmissionVerdict> {
    let collateral: DcapCollateral;
    try {
      collateral = await this.o.collateral(quote);
    } catch (e) {
      return refused('COLLATERAL_UNAVAILABLE', `no collateral to verify the quote with: ${e instanceof Error ? e.message : String(e)}`);
    }
    const r = this.o.controller.admit(quote, collateral, { nodePublicKey, fingerprint: this.o.fingerprint, nonce });
    if (!r.admitted) return refused(r.reason, r.message);
    return {
      admitted: true,
      record: { mrTd: r.record.mrTd, tcbStatus: r.record.tcbStatus, quoteDigest: r.record.quoteDigest, verifiedAtMs: this.nowMs(), simulated: r.record.simulated },
    };
  }
}

function refused(reason: AdmissionRefusalReason, message: string): AdmissionVerdict {
  return { admitted: false, reason, message };
}

// ---------------------------------------------------------------- collateral

const sgxExtensionOid = '1.2.840.113741.1.13.1';

/** FMSPC (hex, upper case) and issuing CA kind of the PCK leaf in a quote's certification data. */
export function pckPlatformOf(quote: Uint8Array): { fmspc: string; ca: PckCaKind } {
  const parsed = parseQuote(quote);
  const leafPem = parsed.pckChain[0];
  if (leafPem === undefined) throw new TesseraError('the quote carries no PCK certificate chain (certification data type 5)', 'RUN_COLLATERAL_LOOKUP');
  const leaf = new X509Certificate(leafPem);
  const ca: PckCaKind = /Processor/i.test(leaf.issuer) ? 'processor' : 'platform';
  // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { ..., [3] { Extensions } }, ... }
  const der = Buffer.from(leaf.raw);
  const cert = expectTlv(der, 0, DerTag.Sequence, 'PCK certificate');
  const tbs = readChildren(cert.content, 'PCK certificate')[0];
  if (tbs === undefined) throw new TesseraError('PCK certificate has no tbsCertificate', 'RUN_COLLATERAL_LOOKUP');
  const explicit3 = readChildren(tbs.content, 'PCK tbsCertificate').find((t) => t.tag === 0xa3);
  if (explicit3 === undefined) throw new TesseraError('PCK certificate has no extensions', 'RUN_COLLATERAL_LOOKUP');
  const [extensions] = readChildren(explicit3.content, 'PCK extensions');
  for (const ext of readChildren(extensions?.content ?? Buffer.alloc(0), 'PCK extensions')) {
    const parts = readChildren(ext.content, 'PCK extension');
    if (parts[0]?.tag !== DerTag.Oid || decodeOid(parts[0].content) !== sgxExtensionOid) continue;
    const value = parts[parts.length - 1]!;
    return { fmspc: decodeSgxExtension(Buffer.from(value.content)).fmspc.toString('hex').toUpperCase(), ca };
  }
  throw new TesseraError('PCK certificate has no SGX extension (no FMSPC)', 'RUN_COLLATERAL_LOOKUP');
}

/** The collateral store a "tdx" seat verifies with (attestation.collateral_dir or pccs_url). */
export function openCollateralStore(config: SeatConfig): CollateralStore {
  const a = config.attestation;
  const source: CollateralSource =
    a.collateralDir !== undefined
      ? { kind: 'directory', path: a.collateralDir }
      : { kind: 'pccs', baseUrl: a.pccsUrl as string, requestTimeoutMs: a.pccsTimeoutMs, attemptsMax: a.pccsAttemptsMax };
  return new CollateralStore({ source, cacheDir: a.collateralCacheDir, refreshAheadSeconds: a.collateralRefreshAheadS });
}

// ---------------------------------------------------------------- quoting

/** Far enough in the past that every simulated collateral item has expired (they live 30 days). */
const expiredCollateralAgeS = 40 * 86_400;

const simulatedOverrideProviders = new Map<string, SimulatedQuoteProvider>();

/** The provider that makes our quotes: `provider`, or (test hooks) a simulated one reporting another MR_TD or DEBUG. */
function quotingProvider(config: SeatConfig, provider: QuoteProvider, override: SimulatedTdOverride): QuoteProvider {
  if (override.mrTd === undefined && override.debug !== true) return provider;
  const key = `${config.attestation.simulatedDir}|${override.mrTd?.toString('hex') ?? ''}|${override.debug === true}`;
  let p = simulatedOverrideProviders.get(key);
  if (p === undefined) {
    const tdAttributes = Buffer.from(defaultTdAttributes);
    if (override.debug === true) tdAttributes[0]! |= 1; // TD_ATTRIBUTES bit 0: DEBUG
    p = SimulatedQuoteProvider.open({
      stateDir: config.attestation.simulatedDir as string,
      td: { ...(override.mrTd !== undefined ? { mrTd: override.mrTd } : {}), tdAttributes },
    });
    simulatedOverrideProviders.set(key, p);
  }
  return p;
}

/** Our quote over `nonce`, bound to our node key and the organism. */
export function makeOwnQuote(config: SeatConfig, provider: QuoteProvider, hooks: AttestationTestHooks, nodeKey: NodeKey, nonce: Uint8Array): Promise<Buffer> {
  return quotingProvider(config, provider, hooks.tdOverride()).quote(reportDataFor(nodeKey.publicKeyDer, config.identity.fingerprint, nonce));
}

// ---------------------------------------------------------------- wiring

/** The leader-side admission for this config (throws on a config it cannot serve, e.g. an unreadable simulated root). */
export function runAdmissionFor(config: SeatConfig, provider: QuoteProvider, hooks: AttestationTestHooks): { admission: RunAdmission; store: CollateralStore | undefined } {
  const simulated = config.attestation.provider === 'simulated';
  const policy = admissionPolicyFromConfig(config.admission, simulated);
  const nonces = new NonceIssuer({ lifetimeSeconds: admissionNonceLifetimeS });
  if (simulated) {
    if (!(provider instanceof SimulatedQuoteProvider)) throw new TesseraError('attestation.provider = "simulated" needs the simulated quote provider', 'RUN_ATTESTATION_INVALID');
    // Trust the root the config names; with none, this host's own simulated root (a shared simulated_dir).
    const root = config.attestation.simulatedRoots.length > 0 ? readFileSync(config.attestation.simulatedRoots[0]!) : provider.rootCertificateDer();
    const controller = new AdmissionController({ policy, verifier: new QuoteVerifier({ trustedRootDer: root }), nonces });
    const collateral: CollateralLookup = async () => {
      const now = Math.floor(Date.now() / 1000);
      return provider.collateral(hooks.collateralExpired() ? now - expiredCollateralAgeS : now);
    };
    return { admission: new RunAdmission({ controller, collateral, fingerprint: config.identity.fingerprint }), store: undefined };
  }
  const store = openCollateralStore(config);
  const controller = new AdmissionController({ policy, verifier: new QuoteVerifier(), nonces });
  const collateral: CollateralLookup = async (quote) => {
    const { fmspc, ca } = pckPlatformOf(quote);
    return store.get(fmspc, ca);
  };
  return { admission: new RunAdmission({ controller, collateral, fingerprint: config.identity.fingerprint }), store };
}

/**
 * The attestation options `tessera run` passes to SeatProcess.start: the
 * leader's admission, the joiner's attestor, and re-attestation. `env`
 * carries the test-only hooks (attestation-test-hooks.ts).
 */
export function runAttestation(env: NodeJS.ProcessEnv, logger?: Logger): Pick<SeatProcessOptions, 'admission' | 'attestor' | 'reattestation'> {
  let hooks: AttestationTestHooks | undefined;
  const hooksFor = (config: SeatConfig): AttestationTestHooks => {
    if (hooks === undefined) {
      hooks = attestationTestHooks(env, config);
      if (hooks.active.length > 0) logger?.warn({ hooks: hooks.active }, 'TEST-ONLY attestation hooks are set (simulated attestation only)');
    }
    return hooks;
  };
  const stores = new WeakMap<SeatAdmission, CollateralStore>();
  return {
    admission: ({ config, provider }) => {
      const made = runAdmissionFor(config, provider, hooksFor(config));
      if (made.store !== undefined) stores.set(made.admission, made.store);
      return made.admission;
    },
    attestor: ({ config, provider }): JoinAttestor => {
      const h = hooksFor(config);
      return {
        quote: (nodeKey, _fingerprint, nonce) => makeOwnQuote(config, provider, h, nodeKey, nonce),
        presentNonce: (issued) => h.presentNonce(issued),
        ...(h.killAfterJoinSnapshot ? { killAfterJoinSnapshot: true } : {}),
      };
    },
    reattestation: ({ config, provider, nodeKey, admission, logger: seatLogger, metrics }) => {
      const h = hooksFor(config);
      const store = admission === undefined ? undefined : stores.get(admission);
      return reattestationFor({
        config,
        nodeKey,
        verifier: admission instanceof RunAdmission ? admission : undefined,
        quoteOwn: (nonce) => makeOwnQuote(config, provider, h, nodeKey, nonce),
        intervalMs: h.reattestIntervalMs ?? config.attestation.reattestIntervalS * 1000,
        logger: seatLogger.child({ component: 'reattestation' }),
        metrics,
        collateralStore: store,
      });
    },
  };
}
