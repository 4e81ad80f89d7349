/**
 * Raft messages on the wire: src/raft Message <-> tessera.peer.v1.Message.
 *
 * Decoding never trusts the bytes: beyond what protobuf itself checks
 * (decodeProto), every number must be a safe integer (terms, indices, node
 * ids and byte counts stay below 2^53; protobufjs would silently round a
 * larger uint64), the message type and entry types must be known, node ids
 * nonzero, and a snapshot chunk present exactly on Snap and consistent. Any
 * failure is PROTO_MALFORMED naming the field. Encoding a message that
 * breaks the same rules is a caller bug: PEER_MESSAGE_INVALID.
 */
import { TesseraError } from '../common/errors.js';
import { decodeProto, encodeProto, peerV1 } from '../proto/index.js';
import {
  EntryType,
  MessageType,
  message as raftMessage,
  type ConfState,
  type Entry,
  type Index,
  type Message,
  type NodeId,
  type SnapshotChunk,
  type Term,
} from '../raft/index.js';

const wire = peerV1.peer.v1;
type WireMessage = peerV1.peer.v1.Message.$Properties;
type WireEntry = peerV1.peer.v1.Entry.$Properties;
type WireChunk = peerV1.peer.v1.SnapshotChunk.$Properties;

/** Most messages one batch may carry (gRPC's message size limit bounds the bytes). */
export const raftBatchMessagesMax = 4096;
/** Most entries one message may carry. */
export const raftEntriesMax = 65_536;

const maxMessageType = MessageType.ReadIndexResp;

class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

function count(v: number | null | undefined, field: string): number {
  const n = v ?? 0;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new FieldError(field, `${String(n)} is not an integer in [0, 2^53)`);
  }
  return n;
}

function node(v: number | null | undefined, field: string): NodeId {
  const n = count(v, field);
  if (n === 0) throw new FieldError(field, 'node id 0');
  return n as NodeId;
}

function bytes(v: Uint8Array | null | undefined): Uint8Array {
  return v ?? new Uint8Array(0);
}

function entryFromWire(e: WireEntry, field: string): Entry {
  const type: number = e.type ?? 0;
  if (type !== EntryType.Normal && type !== EntryType.ConfChange) throw new FieldError(`${field}.type`, `unknown entry type ${type}`);
  return {
    term: count(e.term, `${field}.term`) as Term,
    index: count(e.index, `${field}.index`) as Index,
    type: type as number as EntryType,
    data: bytes(e.data),
  };
}

function confStateFromWire(c: peerV1.peer.v1.ConfState.$Properties | null | undefined, field: string): ConfState {
  const voters = (c?.voters ?? []).map((v, i) => node(v, `${field}.voters[${i}]`));
  const learners = (c?.learners ?? []).map((v, i) => node(v, `${field}.learners[${i}]`));
  return { voters, learners };
}

function chunkFromWire(c: WireChunk, field: string): SnapshotChunk {
  const m = c.metadata;
  if (m === null || m === undefined) throw new FieldError(`${field}.metadata`, 'missing');
  const offset = count(c.offset, `${field}.offset`);
  const totalBytes = count(c.totalBytes, `${field}.totalBytes`);
  const data = bytes(c.data);
  if (offset + data.length > totalBytes) {
    throw new FieldError(`${field}.data`, `offset ${offset} + ${data.length} bytes passes totalBytes ${totalBytes}`);
  }
  return {
    metadata: {
      index: count(m.index, `${field}.metadata.index`) as Index,
      term: count(m.term, `${field}.metadata.term`) as Term,
      confState: confStateFromWire(m.confState, `${field}.metadata.confState`),
    },
    offset,
    totalBytes,
    data,
  };
}

function messageFromWireFields(w: WireMessage, field: string): Message {
  const type: number = w.type ?? 0;
  if (!Number.isInteger(type) || type < MessageType.App || type > maxMessageType) {
    throw new FieldError(`${field}.type`, `unknown message type ${type}`);
  }
  const entries = w.entries ?? [];
  if (entries.length > raftEntriesMax) throw new FieldError(`${field}.entries`, `${entries.length} entries, more than ${raftEntriesMax}`);
  const hasChunk = w.snapshot !== null && w.snapshot !== undefined;
  if (type === MessageType.Snap && !hasChunk) throw new FieldError(`${field}.snapshot`, 'missing on a Snap message');
  if (type !== MessageType.Snap && hasChunk) throw new FieldError(`${field}.snapshot`, 'present on a message that is not Snap');
  return raftMessage({
    type: type as number as MessageType,
    from: node(w.from, `${field}.from`),
    to: node(w.to, `${field}.to`),
    term: count(w.term, `${field}.term`) as Term,
    logTerm: count(w.logTerm, `${field}.logTerm`) as Term,
    index: count(w.index, `${field}.index`) as Index,
    entries: entries.map((e, i) => entryFromWire(e, `${field}.entries[${i}]`)),
    commit: count(w.commit, `${field}.commit`) as Index,
    reject: w.reject ?? false,
    rejectHint: count(w.rejectHint, `${field}.rejectHint`) as Index,
    context: bytes(w.context),
    transfer: w.transfer ?? false,
    snapshot: hasChunk ? chunkFromWire(w.snapshot as WireChunk, `${field}.snapshot`) : undefined,
    snapshotBytesReceived: count(w.snapshotBytesReceived, `${field}.snapshotBytesReceived`),
  });
}

/** Checks and converts one decoded wire message; `what` names it in errors. */
export function messageFromWire(w: WireMessage, what = 'Message'): Message {
  try {
    return messageFromWireFields(w, what);
  } catch (e) {
    throw asMalformed(e, 'tessera.peer.v1.Message');
  }
}

function asMalformed(e: unknown, typeName: string): unknown {
  if (e instanceof FieldError) {
    return new TesseraError(`malformed ${typeName}: ${e.message}`, 'PROTO_MALFORMED', { typeName, field: e.field });
  }
  return e;
}

export function messageToWire(m: Message): WireMessage {
  try {
    // The same rules as decoding, so that we never send what a peer must refuse.
    messageFromWireFields(wireFields(m), 'Message');
  } catch (e) {
    if (e instanceof FieldError) {
      throw new TesseraError(`cannot send Raft message: ${e.message}`, 'PEER_MESSAGE_INVALID', { field: e.field });
    }
    throw e;
  }
  return wireFields(m);
}

function wireFields(m: Message): WireMessage {
  const s = m.snapshot;
  return {
    type: m.type as number as peerV1.peer.v1.MessageType,
    from: m.from,
    to: m.to,
    term: m.term,
    logTerm: m.logTerm,
    index: m.index,
    entries: m.entries.map((e) => ({ term: e.term, index: e.index, type: e.type as number as peerV1.peer.v1.EntryType, data: e.data })),
    commit: m.commit,
    reject: m.reject,
    rejectHint: m.rejectHint,
    context: m.context,
    transfer: m.transfer,
    snapshot:
      s === undefined
        ? null
        : {
            metadata: {
              index: s.metadata.index,
              term: s.metadata.term,
              confState: { voters: [...s.metadata.confState.voters], learners: [...s.metadata.confState.learners] },
            },
            offset: s.offset,
            totalBytes: s.totalBytes,
            data: s.data,
          },
    snapshotBytesReceived: m.snapshotBytesReceived,
  };
}

export function encodeRaftBatch(messages: readonly Message[]): Buffer {
  return encodeProto(wire.RaftBatch, wire.RaftBatch.create({ messages: messages.map(messageToWire) }));
}

export function decodeRaftBatch(bytes: Uint8Array): Message[] {
  const typeName = 'tessera.peer.v1.RaftBatch';
  const batch = decodeProto(wire.RaftBatch, bytes, typeName);
  const list = batch.messages ?? [];
  if (list.length > raftBatchMessagesMax) {
    throw new TesseraError(`malformed ${typeName}: messages: ${list.length}, more than ${raftBatchMessagesMax}`, 'PROTO_MALFORMED', {
      typeName,
      field: 'messages',
    });
  }
  try {
    return list.map((w, i) => messageFromWireFields(w, `messages[${i}]`));
  } catch (e) {
    throw asMalformed(e, typeName);
  }
}

export function encodeRaftMessage(m: Message): Buffer {
  return encodeProto(wire.Message, wire.Message.create(messageToWire(m)));
}

export function decodeRaftMessage(bytes: Uint8Array): Message {
  return messageFromWire(decodeProto(wire.Message, bytes, 'tessera.peer.v1.Message'));
}

/** A SnapshotPart: exactly one Snap message. */
export function encodeSnapshotPart(m: Message): Buffer {
  if (m.type !== MessageType.Snap) {
    throw new TesseraError(`a snapshot part must carry a Snap message, not type ${m.type}`, 'PEER_MESSAGE_INVALID', { field: 'message.type' });
  }
  return encodeProto(wire.SnapshotPart, wire.SnapshotPart.create({ message: messageToWire(m) }));
}

export function decodeSnapshotPart(bytes: Uint8Array): Message {
  const typeName = 'tessera.peer.v1.SnapshotPart';
  const part = decodeProto(wire.SnapshotPart, bytes, typeName);
  try {
    if (part.message === null || part.message === undefined) throw new FieldError('message', 'missing');
    const m = messageFromWireFields(part.message, 'message');
    if (m.type !== MessageType.Snap) throw new FieldError('message.type', `type ${m.type} on the snapshot stream (only Snap)`);
    return m;
  } catch (e) {
    throw asMalformed(e, typeName);
  }
}
