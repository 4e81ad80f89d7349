/**
 * The seat: storage + Raft + peers + a state machine, wired together
 * (docs/contributors/seat.md).
 */
export * from './ports.js';
export { Seat, seatDefaults, type SeatOptions, type SeatStatus, type SeatMemberStatus, type MemberRole, type MachineResult, type SeatRaftOptions } from './seat.js';
export { SeatErrorCode, seatError } from './errors.js';
export { intervalTicker, ManualTicker } from './ticker.js';
export { encodeMember, decodeMember, encodeSeatSnapshot, decodeSeatSnapshot, encodeCommand, decodeCommand, encodeSeatRecord, decodeSeatRecord, type RequestId, type ReattestationUpdate } from './records.js';
export { grpcStatusOf, toServiceError, leaderIdMetadataKey, leaderAddressMetadataKey, errorCodeMetadataKey } from './grpc-status.js';
export { rawRequests, unaryHandler, type LeaderAddressOf } from './grpc-service.js';
export { adminMethods, AdminClient, adminServiceHandlers, addAdminService, serveAdminSocket, statusResponse, adminSocketPathBytesMax, retirementOfRequest, type AdminSocketServer, type AdminServiceOptions, type RetirementPort } from './admin-service.js';
export { AdminAuthVerifier, signAdminRequest, signedAdminBytes, requireHuman, ed25519PublicKey, adminAuthDefaults, operatorMetadataKey, timestampMetadataKey, signatureMetadataKey, nonceMetadataKey, replayId, type OperatorKey, type ReplayStore, type SeenRequest, type AdminCaller, type AdminAuthOptions } from './admin-auth.js';
export { FileReplayStore, adminReplayLogName } from './admin-replay-log.js';
export { OrganismHost, type OrganismHostOptions, type OrganismIdentity, type HostEvent } from './organism-host.js';
