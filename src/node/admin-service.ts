/**
 * The admin service (proto tessera.admin.v1.Admin) over a Seat: Status,
 * AddMember (join verified by the admission port, then a learner), Promote,
 * Drain, Remove. Served on the local unix socket (owner-only: whoever can
 * open it is the host's operator) or, with an AdminAuthVerifier, remotely
 * with signed requests (admin-auth.ts). Remove and Retire need a human
 * operator key. Retire needs the seat's organism (AdminServiceOptions.organism).
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';
import type { Retirement } from '../common/fact.js';
import type { OrganismResult } from '../organism/index.js';
import type { StateMachine } from '../common/state-machine.js';
import type { NodeId } from '../raft/index.js';
import { adminV1, methodDefinition } from '../proto/index.js';
import { requireHuman, type AdminAuthVerifier, type AdminCaller } from './admin-auth.js';
import { SeatErrorCode, seatError } from './errors.js';
import { rawRequests, unaryHandler } from './grpc-service.js';
import type { Seat, SeatStatus } from './seat.js';

const pb = adminV1.admin.v1;
type StatusRequest = adminV1.admin.v1.StatusRequest.$Properties;
type StatusResponse = adminV1.admin.v1.StatusResponse.$Properties;
type AddMemberRequest = adminV1.admin.v1.AddMemberRequest.$Properties;
type PromoteRequest = adminV1.admin.v1.PromoteRequest.$Properties;
type DrainRequest = adminV1.admin.v1.DrainRequest.$Properties;
type RemoveRequest = adminV1.admin.v1.RemoveRequest.$Properties;
type MembershipResponse = adminV1.admin.v1.MembershipResponse.$Properties;
type RetireRequest = adminV1.admin.v1.RetireRequest.$Properties;
type RetireResponse = adminV1.admin.v1.RetireResponse.$Properties;

const servicePath = '/tessera.admin.v1.Admin';
const names = (request: string) => ({ request, response: request === 'StatusRequest' ? 'StatusResponse' : request === 'RetireRequest' ? 'RetireResponse' : 'MembershipResponse' });

/** Client-side method definitions. */
export const adminMethods = {
  Status: methodDefinition<StatusRequest, StatusResponse>(`${servicePath}/Status`, 'unary', pb.StatusRequest, pb.StatusResponse, names('StatusRequest')),
  AddMember: methodDefinition<AddMemberRequest, MembershipResponse>(`${servicePath}/AddMember`, 'unary', pb.AddMemberRequest, pb.MembershipResponse, names('AddMemberRequest')),
  Promote: methodDefinition<PromoteRequest, MembershipResponse>(`${servicePath}/Promote`, 'unary', pb.PromoteRequest, pb.MembershipResponse, names('PromoteRequest')),
  Drain: methodDefinition<DrainRequest, MembershipResponse>(`${servicePath}/Drain`, 'unary', pb.DrainRequest, pb.MembershipResponse, names('DrainRequest')),
  Remove: methodDefinition<RemoveRequest, MembershipResponse>(`${servicePath}/Remove`, 'unary', pb.RemoveRequest, pb.MembershipResponse, names('RemoveRequest')),
  Retire: methodDefinition<RetireRequest, RetireResponse>(`${servicePath}/Retire`, 'unary', pb.RetireRequest, pb.RetireResponse, names('RetireRequest')),
} as const;

export const AdminClient = grpc.makeGenericClientConstructor(adminMethods as unknown as grpc.ServiceDefinition, 'Admin');

export function statusResponse(st: SeatStatus): StatusResponse {
  return {
    id: st.id,
    role: st.role,
    term: st.term,
    leader: st.leader,
    leaderAddress: st.leaderAddress ?? '',
    leaderClientAddress: st.leaderClientAddress ?? '',
    committedIndex: st.committedIndex,
    appliedIndex: st.appliedIndex,
    snapshotIndex: st.snapshotIndex,
    removed: st.removed,
    members: st.members.map((m) => ({
      id: m.id,
      address: m.address,
      clientAddress: m.clientAddress ?? '',
      keyId: m.keyId,
      role: m.role,
      matchIndex: m.matchIndex ?? 0,
      ...(m.attestation !== undefined
        ? {
            attestation: {
              mrTd: m.attestation.mrTd,
              tcbStatus: m.attestation.tcbStatus,
              quoteDigest: m.attestation.quoteDigest,
              verifiedAtMs: m.attestation.verifiedAtMs,
              simulated: m.attestation.simulated,
            },
          }
        : {}),
      ...(m.reattestation !== undefined
        ? {
            reattestation: {
              atMs: m.reattestation.atMs,
              verdict: m.reattestation.verdict,
              attested: m.reattestation.attested,
              reason: m.reattestation.reason ?? '',
              mrTd: m.reattestation.mrTd ?? '',
              tcbStatus: m.reattestation.tcbStatus ?? '',
            },
          }
        : {}),
    })),
  };
}

function memberId(id: number | null | undefined, field: string): NodeId {
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw seatError(SeatErrorCode.ArgumentInvalid, `${field} must be a positive member id, got ${String(id)}`, { field });
  }
  return id as NodeId;
}

/** What Retire needs of the seat's organism (OrganismHost implements it). */
export interface RetirementPort {
  /** Proposes the Retire command; resolves with the machine's result once applied here. */
  retire(retirement: Retirement): Promise<OrganismResult>;
  /** The committed retirement, if any, whether it is in effect, and the last sequence. */
  committedRetirement(): { readonly retirement: Retirement; readonly inEffect: boolean; readonly lastSequence: number } | undefined;
}

export interface AdminServiceOptions {
  /** Remote admin: verify every request's signature. Absent: the caller is trusted (the owner-only unix socket). */
  readonly auth?: AdminAuthVerifier;
  /** The organism this seat runs (machine = "organism"); without it Retire is refused (ADMIN_NOT_ORGANISM). */
  readonly organism?: RetirementPort;
}

const endpointsMax = 16;
const endpointPattern = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;

/**
 * The Retirement a RetireRequest asks for, checked field by field
 * (SEAT_ARGUMENT_INVALID naming the field). effective_at_ms 0 is `nowMs`,
 * the leader's clock: its own facts are stamped by the same clock, so "now"
 * is never behind the last of them.
 */
export function retirementOfRequest(req: RetireRequest, nowMs: number): Retirement {
  const at = req.effectiveAtMs === 0 || req.effectiveAtMs === undefined || req.effectiveAtMs === null ? nowMs : req.effectiveAtMs;
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at <= 0) {
    throw seatError(SeatErrorCode.ArgumentInvalid, `effective_at_ms must be a ms timestamp (0: now), got ${String(at)}`, { field: 'effective_at_ms' });
  }
  const r = req.replacement;
  if (r === null || r === undefined) return { effectiveAt: at };
  const fingerprint = r.fingerprint ?? '';
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) {
    throw seatError(SeatErrorCode.ArgumentInvalid, `replacement.fingerprint must be 64 lowercase hex digits, got ${JSON.stringify(fingerprint.slice(0, 80))}`, { field: 'replacement.fingerprint' });
  }
  const endpoints = r.endpoints ?? [];
  if (endpoints.length > endpointsMax) throw seatError(SeatErrorCode.ArgumentInvalid, `replacement.endpoints: ${endpoints.length}, at most ${endpointsMax}`, { field: 'replacement.endpoints' });
  endpoints.forEach((ep, i) => {
    if (!endpointPattern.test(ep) || Number(ep.slice(ep.lastIndexOf(':') + 1)) > 65535) {
      throw seatError(SeatErrorCode.ArgumentInvalid, `replacement.endpoints[${i}] must be host:port, got ${JSON.stringify(ep.slice(0, 80))}`, { field: `replacement.endpoints[${i}]` });
    }
  });
  return { effectiveAt: at, replacement: { fingerprint, endpoints: [...endpoints] } };
}

function sameRetirement(a: Retirement, b: Retirement): boolean {
  return (
    a.effectiveAt === b.effectiveAt &&
    a.replacement?.fingerprint === b.replacement?.fingerprint &&
    (a.replacement?.endpoints ?? []).join('\n') === (b.replacement?.endpoints ?? []).join('\n')
  );
}

function retireResponse(r: Retirement, inEffect: boolean, lastSequence: number, st: SeatStatus): RetireResponse {
  return {
    effectiveAtMs: r.effectiveAt,
    ...(r.replacement !== undefined ? { replacement: { fingerprint: r.replacement.fingerprint, endpoints: [...r.replacement.endpoints] } } : {}),
    inEffect,
    lastSequence,
    status: statusResponse(st),
  };
}

const localOperator: AdminCaller = { operator: 'local socket', human: true };

export function adminServiceHandlers<M extends StateMachine>(seat: Seat<M>, options: AdminServiceOptions = {}): grpc.UntypedServiceImplementation {
  const caller = (method: string, call: grpc.ServerUnaryCall<Buffer, unknown>): AdminCaller =>
    options.auth === undefined ? localOperator : options.auth.verify(`${servicePath}/${method}`, call.metadata, call.request);
  const human = (who: AdminCaller, what: string, method: string): void =>
    options.auth === undefined ? requireHuman(who, what) : options.auth.requireHuman(who, what, `${servicePath}/${method}`);
  const membership = (): MembershipResponse => ({ status: statusResponse(seat.status()) });
  return {
    Status: unaryHandler(pb.StatusRequest, 'tessera.admin.v1.StatusRequest', async (_req: StatusRequest, call) => {
      caller('Status', call);
      return statusResponse(seat.status());
    }),
    AddMember: unaryHandler(pb.AddMemberRequest, 'tessera.admin.v1.AddMemberRequest', async (req: AddMemberRequest, call) => {
      caller('AddMember', call);
      const id = memberId(req.id, 'id');
      if (!req.address) throw seatError(SeatErrorCode.ArgumentInvalid, 'address is required (host:port of the member\'s peer listener)', { field: 'address' });
      if (!req.keyId || !/^[0-9a-f]{64}$/.test(req.keyId)) throw seatError(SeatErrorCode.ArgumentInvalid, 'key_id must be 64 lowercase hex digits', { field: 'key_id' });
      await seat.admitLearner({
        member: { id, address: req.address, keyId: req.keyId, ...(req.clientAddress ? { clientAddress: req.clientAddress } : {}) },
        nonce: req.nonce ?? new Uint8Array(0),
        quote: req.quote ?? new Uint8Array(0),
        tickets: req.tickets ?? [],
      });
      return membership();
    }),
    Promote: unaryHandler(pb.PromoteRequest, 'tessera.admin.v1.PromoteRequest', async (req: PromoteRequest, call) => {
      caller('Promote', call);
      await seat.promote(memberId(req.id, 'id'));
      return membership();
    }),
    Drain: unaryHandler(pb.DrainRequest, 'tessera.admin.v1.DrainRequest', async (req: DrainRequest, call) => {
      caller('Drain', call);
      // Drain acts on whichever seat receives it, and a signed request is valid at every seat that lists
      // the operator: only the id it names (covered by the signature) keeps it from being replayed elsewhere.
      const id = req.id ?? 0;
      if (id === 0 && options.auth !== undefined) {
        throw seatError(SeatErrorCode.ArgumentInvalid, `Drain over remote admin must name this seat's member id (id ${seat.id}), so that the signed request drains no other seat`, { field: 'id' });
      }
      if (id !== 0 && id !== seat.id) {
        throw seatError(SeatErrorCode.ArgumentInvalid, `Drain names member ${id}, but this seat is member ${seat.id}`, { field: 'id' });
      }
      await seat.drain();
      return membership();
    }),
    Remove: unaryHandler(pb.RemoveRequest, 'tessera.admin.v1.RemoveRequest', async (req: RemoveRequest, call) => {
      const who = caller('Remove', call);
      const id = memberId(req.id, 'id');
      human(who, `removing member ${id}`, 'Remove');
      const expect = req.expectQuoteDigest ?? '';
      // A signed Remove is valid at every seat for the skew window: binding it to the member's admission
      // (a rejoin has a new quote) keeps a captured one from removing the member again after it rejoined.
      if (expect === '' && options.auth !== undefined) {
        throw seatError(SeatErrorCode.ArgumentInvalid, `Remove over remote admin must name the member's admission: expect_quote_digest (its attestation quote_digest from Status, or "none")`, { field: 'expect_quote_digest' });
      }
      if (expect !== '') {
        const current = seat.memberRecord(id)?.attestation?.quoteDigest ?? 'none';
        if (seat.memberRecord(id) !== undefined && current !== expect) {
          throw seatError(SeatErrorCode.MembershipInvalid, `Remove names member ${id}'s admission with quote digest ${expect.slice(0, 16)}, but its current admission has ${current.slice(0, 16)} (it rejoined since): ask Status again`, { member: id, field: 'expect_quote_digest' });
        }
      }
      await seat.remove(id);
      return membership();
    }),
    Retire: unaryHandler(pb.RetireRequest, 'tessera.admin.v1.RetireRequest', async (req: RetireRequest, call) => {
      const who = caller('Retire', call);
      human(who, 'retiring the organism', 'Retire');
      const organism = options.organism;
      if (organism === undefined) throw new TesseraError('Retire: this seat runs no organism (its machine is not "organism")', 'ADMIN_NOT_ORGANISM');
      const wanted = retirementOfRequest(req, Date.now());
      const result = await organism.retire(wanted);
      if (result.kind === 'retired') {
        return retireResponse(result.retirement, result.inEffect, organism.committedRetirement()?.lastSequence ?? 0, seat.status());
      }
      const committed = organism.committedRetirement();
      // A retry of the same retirement (the first answer was lost or timed out) is answered, not refused.
      if (result.kind === 'refused' && result.error.code === 'ORGANISM_ALREADY_RETIRED' && committed !== undefined && sameRetirement(committed.retirement, wanted)) {
        return retireResponse(committed.retirement, committed.inEffect, committed.lastSequence, seat.status());
      }
      if (result.kind === 'refused') throw result.error;
      throw new TesseraError(`Retire: unexpected machine result ${result.kind}`, 'ADMIN_RETIRE_FAILED');
    }),
  };
}

export function addAdminService<M extends StateMachine>(server: grpc.Server, seat: Seat<M>, options: AdminServiceOptions = {}): void {
  server.addService(rawRequests(adminMethods), adminServiceHandlers(seat, options));
}

/** A unix socket path is at most 107 bytes (sun_path). */
export const adminSocketPathBytesMax = 107;

export interface AdminSocketServer {
  readonly path: string;
  close(): Promise<void>;
}

/**
 * Serves the admin service on a unix socket, mode 0600 (owner only). A stale
 * socket left by a previous run is replaced; any other file at the path is
 * refused (ADMIN_SOCKET_INVALID), never deleted.
 */
export async function serveAdminSocket<M extends StateMachine>(seat: Seat<M>, path: string, options: Omit<AdminServiceOptions, 'auth'> = {}): Promise<AdminSocketServer> {
  const bytes = Buffer.byteLength(path);
  if (!path.startsWith('/') || bytes > adminSocketPathBytesMax) {
    throw new TesseraError(`admin socket ${path}: must be an absolute path of at most ${adminSocketPathBytesMax} bytes (is ${bytes})`, 'ADMIN_SOCKET_INVALID', { path });
  }
  if (existsSync(path)) {
    if (!lstatSync(path).isSocket()) throw new TesseraError(`admin socket ${path}: a file that is not a socket is in the way`, 'ADMIN_SOCKET_INVALID', { path });
    unlinkSync(path);
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const server = new grpc.Server();
  addAdminService(server, seat, options);
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`unix:${path}`, grpc.ServerCredentials.createInsecure(), (e) =>
      e ? reject(new TesseraError(`admin socket ${path}: ${e.message}`, 'ADMIN_SOCKET_INVALID', { path })) : resolve(),
    ),
  );
  // Owner only. The directory (the seat's data dir, 0700 under systemd's StateDirectory) closes the window before this chmod.
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => {
          if (existsSync(path)) unlinkSync(path);
          resolve();
        });
      }),
  };
}
