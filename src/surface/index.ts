/**
 * The public surface (tessera.surface.v1): the FactSource port it serves
 * from, the gRPC service and server, the typed client, the in-memory source,
 * the wire conversions and record digests, and the demo upstream.
 */
export { factsStream } from './fact-source.js';
export type { FactSource, FactListener, RetirementListener, SourceFreshness, SourceStatusInfo, CommitteeMemberInfo } from './fact-source.js';
export { MemoryFactSource, compareKeys } from './memory-source.js';
export type { NewFact } from './memory-source.js';
export { SurfaceService, surfaceServerDefinition, surfaceLimitsDefault, startSurfaceServer } from './service.js';
export type { SurfaceLimits, SurfaceServerOptions, RunningSurface, SurfaceAuthorizer, SurfaceGrant } from './service.js';
export { SurfaceClient, Subscription, surfaceClientDefinition } from './client.js';
export type { GetResult, ScanResult, SurfaceStatus, SubscribeEvent, SurfaceClientOptions, Freshness } from './client.js';
export { surfaceErrorStatus, surfaceMetadataKeys, toServiceError, fromServiceError } from './status.js';
export { factToWire, factFromWire, retirementToWire, retirementFromWire, recordCanonicalBytes, recordCanonicalBytesReference, recordDigest, recordTag } from './wire.js';
export type { RetirementMarker } from './wire.js';
export { DemoUpstream, demoUpstreamIdentity, demoStatusInfo, demoContentContext } from './upstream-source.js';
export type { DemoIdentity, DemoUpstreamOptions } from './upstream-source.js';
