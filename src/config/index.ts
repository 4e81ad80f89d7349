/**
 * Configuration: the generic TOML loader and schema language, the seat's
 * schema and resolved SeatConfig, the canonical encoding and the organism's
 * identity (stable id, content hash, fingerprint), coalition files, and the
 * classification of config changes.
 */
export { TomlDocument } from './toml-document.js';
export { ConfigError, formatProblem, loadConfigFile, parseConfigText, validateDocument } from './load.js';
export type { ConfigProblem } from './load.js';
export * as schema from './schema.js';

export {
  loadSeatConfig,
  parseSeatConfig,
  seatConfigFromDocument,
  committeeStart,
  instanceFromFile,
  instancePattern,
  isWildcardHost,
} from './seat-config.js';
export type { SeatConfig, SpannedMember, TicketIssuer, Operator, LoadSeatConfigOptions, CommitteeStart } from './seat-config.js';
export {
  seatFileSchema,
  seatSectionFields,
  arraySections,
  namePattern,
  tcbStatuses,
  organismKinds,
  machineKinds,
  applyPolicies,
  foldKinds,
  keyKinds,
  ticketScopes,
  operatorScopes,
  attestationProviders,
  logLevels,
  configLimits,
  intelPcsUrl,
  tsmRootDefault,
  dataDirRoot,
} from './seat-schema.js';
export type {
  TcbStatus,
  OrganismKind,
  MachineKind,
  ApplyPolicy,
  FoldKind,
  KeyKind,
  TicketScope,
  AttestationProvider,
  LogLevel,
  SeatSectionName,
} from './seat-schema.js';

export {
  identitySchemaVersion,
  CanonicalWriter,
  encodeStableIdInput,
  encodeOrganismContent,
  encodeFingerprintInput,
  encodeCoalition,
} from './canonical.js';
export type { OrganismContent, CoalitionContent, CoalitionMemberKind } from './canonical.js';
export {
  identityContexts,
  identityBytes,
  organismStableId,
  organismContentHash,
  organismFingerprint,
  coalitionFingerprint,
  OrganismIdentity,
  expectedUpstreamFingerprint,
  checkUpstreamIdentity,
} from './identity.js';
export type { ReportedIdentity } from './identity.js';

export { loadCoalitionConfig, parseCoalitionConfig, coalitionFromDocument, configKindOf, coalitionMemberKinds } from './coalition.js';
export type { CoalitionConfig } from './coalition.js';

export { diffSeatConfigs, classOfKey, isFingerprinted, isSetKey, changeClasses, changeClassInfo } from './diff.js';
export type { ConfigDiff, ConfigChange, ChangeClass } from './diff.js';

export { renderToml, seatConfigToTable } from './render.js';
export type { TomlTable, TomlValue, TomlScalar } from './render.js';
export { checkFoldModulePin } from './fold-module.js';
