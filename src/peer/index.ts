/**
 * src/peer: the wire and transport between members (tessera.peer.v1).
 * See docs/contributors/peer.md.
 */
export { GrpcTransport, defaultBackoff, fullJitterDelay } from './grpc-transport.js';
export type { Backoff, GrpcTransportOptions, LinkEvent } from './grpc-transport.js';
export { LoopbackNetwork, LoopbackTransport } from './loopback.js';
export { JoinClient, notLeaderRefusal } from './join-client.js';
export type { JoinParams } from './join-client.js';
export { GrpcPeerClient } from './peer-client.js';
export type { GrpcPeerClientOptions, JoinChannel } from './peer-client.js';
export { JoinRefusal } from './handlers.js';
export type { AttestHandler, Caller, JoinHandlers, PeerHandlers } from './handlers.js';
export { NodeKey, loadOrCreateNodeKey, keyIdOf, keyIdOfCertificate, nodeIdOfKeyId, nodeKeyFileName, nodeKeyIdContext } from './node-key.js';
export {
  decodeRaftBatch,
  encodeRaftBatch,
  decodeRaftMessage,
  encodeRaftMessage,
  decodeSnapshotPart,
  encodeSnapshotPart,
  messageFromWire,
  messageToWire,
  raftBatchMessagesMax,
  raftEntriesMax,
} from './raft-codec.js';
export * from './wire.js';
