/**
 * The part of etcd's v3 API the replication benchmark drives: KV.Put over
 * gRPC. These are the messages of etcd's etcdserverpb/rpc.proto (3.4) that
 * Put needs, written out here with etcd's field numbers, so the benchmark
 * needs neither etcd's proto tree nor an etcd client package:
 *
 *   package etcdserverpb;
 *   service KV { rpc Put(PutRequest) returns (PutResponse); }
 *   message PutRequest {
 *     bytes key = 1; bytes value = 2; int64 lease = 3;
 *     bool prev_kv = 4; bool ignore_value = 5; bool ignore_lease = 6;
 *   }
 *   message ResponseHeader {
 *     uint64 cluster_id = 1; uint64 member_id = 2; int64 revision = 3; uint64 raft_term = 4;
 *   }
 *   message PutResponse { ResponseHeader header = 1; mvccpb.KeyValue prev_kv = 2; }
 *
 * prev_kv is never asked for, so PutResponse.prev_kv is left out (an
 * unknown field would be skipped anyway).
 */
import protobuf from 'protobufjs';

const root = protobuf.Root.fromJSON({
  nested: {
    etcdserverpb: {
      nested: {
        PutRequest: {
          fields: {
            key: { type: 'bytes', id: 1 },
            value: { type: 'bytes', id: 2 },
            lease: { type: 'int64', id: 3 },
            prevKv: { type: 'bool', id: 4 },
            ignoreValue: { type: 'bool', id: 5 },
            ignoreLease: { type: 'bool', id: 6 },
          },
        },
        ResponseHeader: {
          fields: {
            clusterId: { type: 'uint64', id: 1 },
            memberId: { type: 'uint64', id: 2 },
            revision: { type: 'int64', id: 3 },
            raftTerm: { type: 'uint64', id: 4 },
          },
        },
        PutResponse: {
          fields: {
            header: { type: 'ResponseHeader', id: 1 },
          },
        },
      },
    },
  },
});

const putRequestType = root.lookupType('etcdserverpb.PutRequest');
const putResponseType = root.lookupType('etcdserverpb.PutResponse');

/** The gRPC method path of etcd's KV.Put. */
export const etcdPutPath = '/etcdserverpb.KV/Put';

export function encodeEtcdPut(key: Uint8Array, value: Uint8Array): Buffer {
  return Buffer.from(putRequestType.encode(putRequestType.create({ key, value })).finish());
}

/** The store revision a Put response carries (throws on bytes that are not a PutResponse). */
export function decodeEtcdPutRevision(bytes: Uint8Array): number {
  const res = putResponseType.toObject(putResponseType.decode(bytes), { longs: Number }) as { header?: { revision?: number } };
  return res.header?.revision ?? 0;
}
