export { CollateralStore, collateralStoreDefaults } from './store.js';
export type { CollateralSource, CollateralStoreOptions, CollateralEntry, RefreshReport } from './store.js';
export { PccsClient, pccsDefaults } from './pccs.js';
export type { PccsClientOptions } from './pccs.js';
export { parseCollateral, rawJsonMember } from './parse.js';
export type { CollateralWindow } from './parse.js';
export { dcapCollateralFields } from './types.js';
export type { DcapCollateral, PckCaKind } from './types.js';
