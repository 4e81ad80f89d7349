export { SimulatedQuoteProvider, buildDcapCase, dcapSingleDefects, dcapCaseDefaultAtUnix } from './simulated/index.js';
export type { SimulatedQuoteProviderOptions, SimulatedTdConfig, DcapCase, DcapCaseOptions } from './simulated/index.js';
export { CollateralStore, PccsClient, parseCollateral } from './collateral/index.js';
export type { DcapCollateral, PckCaKind, CollateralSource, CollateralStoreOptions, CollateralEntry, CollateralWindow, RefreshReport } from './collateral/index.js';
export { TsmQuoteProvider, tsmDefaultRoot } from './tsm.js';
export type { TsmOptions, TsmAvailability } from './tsm.js';
export { computeMrtd, parseTdvf, replayRtmr, mrtdOrders } from './mrtd.js';
export type { MrtdOrder, TdvfMetadata, TdvfSection, RtmrEvent } from './mrtd.js';
export type { QuoteProvider } from './provider.js';
