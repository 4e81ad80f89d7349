export { SimulatedQuoteProvider, buildDcapCase, dcapSingleDefects, dcapCaseDefaultAtUnix } from './simulated/index.js';
export type { SimulatedQuoteProviderOptions, SimulatedTdConfig, DcapCase, DcapCaseOptions } from './simulated/index.js';
export { CollateralStore, PccsClient, parseCollateral } from './collateral/index.js';
export type { DcapCollateral, PckCaKind, CollateralSource, CollateralStoreOptions, CollateralEntry, CollateralWindow, RefreshReport } from './collateral/index.js';
export { TsmQuoteProvider, tsmDefaultRoot } from './tsm.js';
export type { TsmOptions, TsmAvailability } from './tsm.js';
export { computeMrtd, parseTdvf, replayRtmr, mrtdOrders } from './mrtd.js';
export type { MrtdOrder, TdvfMetadata, TdvfSection, RtmrEvent } from './mrtd.js';
export type { QuoteProvider } from './provider.js';
export {
  parseQuote,
  isTdQuote,
  decodeTdAttributes,
  certDataTypeName,
  bodyKindName,
  quoteBytesMax,
  TD_ATTRIBUTE_BITS,
  TEE_TYPE_SGX,
  TEE_TYPE_TDX,
  ATTESTATION_KEY_ECDSA_P256,
  CERT_DATA_PCK_CHAIN,
  CERT_DATA_QE_REPORT,
  INTEL_QE_VENDOR_ID,
} from './quote.js';
export type {
  ParsedQuote,
  ParsedTdQuote,
  ParsedSgxQuote,
  QuoteBodyKind,
  QuoteHeader,
  EnclaveReport,
  TdReport,
  TdAttributes,
  TdAttributeName,
} from './quote.js';
export { QuoteVerifier, DCAP_REFUSAL_REASONS, TCB_STATUSES } from './verify.js';
export type { QuoteVerification, QuoteVerifierOptions, VerifyOptions, DcapRefusalReason, TcbStatus } from './verify.js';
export * from './admission/index.js';
