// Types for quote-samples.mjs (imported by the TypeScript quote tests).
export declare const TEE_SGX: 0;
export declare const TEE_TDX: 0x81;
export type BodyKind = 'sgx' | 'td1.0' | 'td1.5';
export interface QuoteParts {
  version?: number;
  tee?: number;
  bodyKind?: BodyKind;
  body?: Buffer;
  signature?: Buffer;
  attestationKey?: Buffer;
  qeReport?: Buffer;
  qeReportSignature?: Buffer;
  qeAuthData?: Buffer;
  pckType?: number;
  pckData?: Buffer;
  padding?: number;
}
export declare function fakePemChain(count?: number): Buffer;
export declare function buildQuote(parts?: QuoteParts): Buffer;
export declare function splitQuote(quote: Buffer): Required<Omit<QuoteParts, 'padding'>> & { bodyKind: BodyKind };
export declare function td15Body(td10Body: Buffer): Buffer;
