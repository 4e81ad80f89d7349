/**
 * Fetches collateral from a PCS/PCCS-compatible service with Intel's v4 API:
 *
 *   GET /sgx/certification/v4/pckcrl?ca=processor|platform&encoding=der
 *       body: the PCK CRL; header SGX-PCK-CRL-Issuer-Chain
 *   GET /tdx/certification/v4/tcb?fmspc=XXXXXXXXXXXX
 *       body: {"tcbInfo":{...},"signature":"..."}; header TCB-Info-Issuer-Chain
 *   GET /tdx/certification/v4/qe/identity
 *       body: {"enclaveIdentity":{...},"signature":"..."}; header SGX-Enclave-Identity-Issuer-Chain
 *   GET /sgx/certification/v4/rootcacrl
 *       body: the root CA CRL (DER, or hex as PCCS serves it)
 *
 * Issuer chains are URL-encoded PEM. Every request has a timeout; transient
 * failures (network, timeout, 5xx, 429) are retried a bounded number of times.
 */
import { TesseraError } from '../../common/errors.js';
import { rawJsonMember } from './parse.js';
import type { DcapCollateral, PckCaKind } from './types.js';

export interface PccsClientOptions {
  /** e.g. https://pccs.example:8081 (a trailing /sgx|tdx/certification/v4 is tolerated). */
  baseUrl: string;
  /** Per-request timeout. */
  requestTimeoutMs?: number;
  /** Attempts per request, first included. */
  attemptsMax?: number;
  /** Delay before the second attempt; doubles each time. */
  retryDelayMs?: number;
  /** Largest response body accepted. */
  responseBytesMax?: number;
}

export const pccsDefaults = {
  requestTimeoutMs: 10_000,
  attemptsMax: 3,
  retryDelayMs: 500,
  responseBytesMax: 4 * 1024 * 1024,
} as const;

interface Fetched {
  status: number;
  headers: Headers;
  body: Buffer;
  url: string;
}

/** A failure worth retrying (network, timeout, 5xx, 429); `error` is what the caller sees if retries run out. */
class TransientError extends Error {
  constructor(readonly error: TesseraError) {
    super(error.message);
  }
}

export class PccsClient {
  readonly baseUrl: string;
  readonly requestTimeoutMs: number;
  readonly attemptsMax: number;
  readonly retryDelayMs: number;
  readonly responseBytesMax: number;

  constructor(o: PccsClientOptions) {
    let url: URL;
    try {
      url = new URL(o.baseUrl);
    } catch {
      throw new TesseraError(`PCCS URL '${o.baseUrl}' is not a URL`, 'COLLATERAL_CONFIG_INVALID');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TesseraError(`PCCS URL '${o.baseUrl}' must be http or https`, 'COLLATERAL_CONFIG_INVALID');
    }
    this.baseUrl = o.baseUrl.replace(/\/+$/, '').replace(/\/(sgx|tdx)\/certification\/v4$/, '');
    this.requestTimeoutMs = o.requestTimeoutMs ?? pccsDefaults.requestTimeoutMs;
    this.attemptsMax = o.attemptsMax ?? pccsDefaults.attemptsMax;
    this.retryDelayMs = o.retryDelayMs ?? pccsDefaults.retryDelayMs;
    this.responseBytesMax = o.responseBytesMax ?? pccsDefaults.responseBytesMax;
    if (!(this.attemptsMax >= 1 && this.attemptsMax <= 10)) throw new TesseraError('PCCS attemptsMax must be 1..10', 'COLLATERAL_CONFIG_INVALID');
  }

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  /** All collateral for one FMSPC and PCK CA kind, TDX flavour. */
  async fetchCollateral(fmspc: string, ca: PckCaKind): Promise<DcapCollateral> {
    if (!/^[0-9A-Fa-f]{12}$/.test(fmspc)) throw new TesseraError(`FMSPC '${fmspc}' is not 6 bytes of hex`, 'COLLATERAL_FMSPC_INVALID');
    const [pckCrl, tcb, qe, rootCrl] = await Promise.all([
      this.get(`/sgx/certification/v4/pckcrl?ca=${ca}&encoding=der`),
      this.get(`/tdx/certification/v4/tcb?fmspc=${fmspc.toUpperCase()}`),
      this.get('/tdx/certification/v4/qe/identity'),
      this.get('/sgx/certification/v4/rootcacrl'),
    ]);
    const tcbSigned = signedJson(tcb, 'tcbInfo');
    const qeSigned = signedJson(qe, 'enclaveIdentity');
    return {
      pck_crl_issuer_chain: chainHeader(pckCrl, ['SGX-PCK-CRL-Issuer-Chain']),
      root_ca_crl: crlBody(rootCrl, 'root CA CRL'),
      pck_crl: crlBody(pckCrl, 'PCK CRL'),
      tcb_info_issuer_chain: chainHeader(tcb, ['TCB-Info-Issuer-Chain', 'SGX-TCB-Info-Issuer-Chain']),
      tcb_info: tcbSigned.text,
      tcb_info_signature: tcbSigned.signature,
      qe_identity_issuer_chain: chainHeader(qe, ['SGX-Enclave-Identity-Issuer-Chain']),
      qe_identity: qeSigned.text,
      qe_identity_signature: qeSigned.signature,
    };
  }

  /** One GET with timeout and bounded retries of transient failures. */
  async get(path: string): Promise<Fetched> {
    const url = this.url(path);
    let last: TesseraError | undefined;
    for (let attempt = 1; attempt <= this.attemptsMax; attempt++) {
      if (attempt > 1) await sleep(this.retryDelayMs * 2 ** (attempt - 2));
      try {
        return await this.once(url);
      } catch (e) {
        if (!(e instanceof TransientError)) throw e;
        last = e.error;
      }
    }
    const cause = last!;
    throw new TesseraError(`${cause.message} (after ${this.attemptsMax} attempts)`, cause.code, { ...cause.details, attempts: this.attemptsMax });
  }

  private async once(url: string): Promise<Fetched> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.requestTimeoutMs);
    try {
      let res: Response;
      try {
        res = await fetch(url, { signal: controller.signal, redirect: 'follow' });
      } catch (e) {
        if (controller.signal.aborted) {
          throw new TransientError(new TesseraError(`GET ${url}: no response within ${this.requestTimeoutMs} ms`, 'COLLATERAL_FETCH_TIMEOUT', { url }));
        }
        const why = (e as Error & { cause?: Error }).cause?.message ?? (e as Error).message;
        throw new TransientError(new TesseraError(`GET ${url}: ${why}`, 'COLLATERAL_FETCH_FAILED', { url }));
      }
      const body = await this.readBody(res, url, controller);
      if (res.status !== 200) {
        const e = new TesseraError(
          `GET ${url}: HTTP ${res.status}${body.length > 0 ? ` (${body.subarray(0, 200).toString('utf8').replace(/\s+/g, ' ').trim()})` : ''}`,
          'COLLATERAL_HTTP_ERROR',
          { url, status: res.status },
        );
        if (res.status >= 500 || res.status === 429) throw new TransientError(e);
        throw e;
      }
      return { status: res.status, headers: res.headers, body, url };
    } finally {
      clearTimeout(timer);
    }
  }

  private async readBody(res: Response, url: string, controller: AbortController): Promise<Buffer> {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > this.responseBytesMax) {
      controller.abort();
      throw new TesseraError(`GET ${url}: body of ${declared} bytes exceeds ${this.responseBytesMax}`, 'COLLATERAL_MALFORMED', { url });
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          total += chunk.length;
          if (total > this.responseBytesMax) {
            controller.abort();
            throw new TesseraError(`GET ${url}: body exceeds ${this.responseBytesMax} bytes`, 'COLLATERAL_MALFORMED', { url });
          }
          chunks.push(Buffer.from(chunk));
        }
      }
    } catch (e) {
      if (e instanceof TesseraError) throw e;
      if (controller.signal.aborted) {
        throw new TransientError(new TesseraError(`GET ${url}: body not complete within ${this.requestTimeoutMs} ms`, 'COLLATERAL_FETCH_TIMEOUT', { url }));
      }
      throw new TransientError(new TesseraError(`GET ${url}: ${(e as Error).message}`, 'COLLATERAL_FETCH_FAILED', { url }));
    }
    return Buffer.concat(chunks);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function bad(f: Fetched, what: string): TesseraError {
  return new TesseraError(`GET ${f.url}: ${what}`, 'COLLATERAL_MALFORMED', { url: f.url });
}

function chainHeader(f: Fetched, names: string[]): string {
  for (const n of names) {
    const v = f.headers.get(n);
    if (v === null) continue;
    let pem: string;
    try {
      pem = decodeURIComponent(v);
    } catch {
      throw bad(f, `header ${n} is not URL-encoded`);
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw bad(f, `header ${n} holds no PEM certificate`);
    return pem;
  }
  throw bad(f, `header ${names[0]} is missing`);
}

/** A CRL body as hex DER: accepts DER, PEM, or hex text (PCCS serves the root CA CRL as hex). */
function crlBody(f: Fetched, what: string): string {
  const b = f.body;
  if (b.length === 0) throw bad(f, `${what} body is empty`);
  if (b[0] === 0x30) return b.toString('hex');
  const text = b.toString('utf8').trim();
  if (/^[0-9a-fA-F]+$/.test(text) && text.length % 2 === 0) return text.toLowerCase();
  const m = text.match(/-----BEGIN X509 CRL-----([A-Za-z0-9+/=\s]+)-----END X509 CRL-----/);
  if (m) return Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64').toString('hex');
  throw bad(f, `${what} body is neither DER, PEM nor hex`);
}

/** The signed member's exact text and its signature from {"<member>":{...},"signature":"hex"}. */
function signedJson(f: Fetched, member: string): { text: string; signature: string } {
  const body = f.body.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    throw bad(f, `body is not JSON (${(e as Error).message})`);
  }
  const sig = (parsed as Record<string, unknown> | null)?.signature;
  let text: string | undefined;
  try {
    text = rawJsonMember(body, member);
  } catch {
    text = undefined;
  }
  if (text === undefined || typeof (parsed as Record<string, unknown>)[member] !== 'object') throw bad(f, `body has no '${member}' object`);
  if (typeof sig !== 'string' || !/^[0-9a-fA-F]{128}$/.test(sig)) throw bad(f, `body's 'signature' is not 64 bytes of hex`);
  return { text, signature: sig.toLowerCase() };
}
