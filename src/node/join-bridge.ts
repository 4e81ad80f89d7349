/**
 * The seat's side of the peer service's Nonce and Join calls (src/peer
 * JoinHandlers): a follower points the joiner at the leader; the leader
 * hands out a nonce from the admission port and admits a verified joiner as
 * a learner (Seat.admitLearner). A joiner whose key is already a member is
 * answered "admitted" again, so a host that crashed between admission and
 * its first snapshot can simply start over.
 */
import { isTesseraError } from '../common/errors.js';
import type { StateMachine } from '../common/state-machine.js';
import { keyIdOf, nodeIdOfKeyId } from '../peer/node-key.js';
import type { JoinHandlers } from '../peer/handlers.js';
import { notLeaderRefusal } from '../peer/join-client.js';
import type { JoinResponse, NonceResponse } from '../peer/wire.js';
import { Role } from '../raft/index.js';
import { SeatErrorCode } from './errors.js';
import type { SeatAdmission } from './ports.js';
import type { Seat } from './seat.js';

/** Refusal codes this bridge gives besides the admission policy's own. */
export const joinRefusal = {
  notLeader: notLeaderRefusal,
  /** This seat has no admission policy (it cannot verify anyone). */
  admissionUnavailable: 'ADMISSION_UNAVAILABLE',
  /** The quote verified but the membership change failed (a change in progress, a timeout): retry. */
  membershipFailed: 'MEMBERSHIP_FAILED',
} as const;

/** How long a nonce is good for, as told to the joiner (the admission's NonceIssuer enforces it: run-attestation.ts). */
export const joinNonceTtlMs = 120_000;

export interface JoinBridgeOptions {
  readonly admission: SeatAdmission | undefined;
  /** Wall clock for the nonce's advertised expiry (ms since the epoch). */
  readonly nowMs?: () => number;
  readonly onRefusal?: (info: { keyId: string; reason: string; message: string }) => void;
  /** A joiner was admitted as a learner (its attestation record is in the membership). */
  readonly onAdmitted?: (info: { keyId: string; memberId: number; address: string }) => void;
}

export function joinBridge<M extends StateMachine>(seat: Seat<M>, opts: JoinBridgeOptions): JoinHandlers {
  const now = opts.nowMs ?? Date.now;
  const notLeader = (): { leaderHint: string } => ({ leaderHint: seat.status().leaderAddress ?? '' });
  // On admission the hint names the admitting leader itself: the joiner admits its Raft traffic by that address's key.
  const self = (): string => seat.status().members.find((m) => m.id === seat.id)?.address ?? '';
  return {
    async nonce(request): Promise<NonceResponse> {
      const st = seat.status();
      if (st.role !== Role.Leader) return { nonce: new Uint8Array(0), expiresAtUnixMs: 0, ...notLeader() };
      if (opts.admission === undefined) {
        // An empty nonce with no hint makes JoinClient fail; Join would say why, so say it here too.
        return { nonce: new Uint8Array(0), expiresAtUnixMs: 0, leaderHint: '' };
      }
      const keyId = keyIdOf(request.nodePublicKey);
      const nonce = opts.admission.issueNonce({ id: nodeIdOfKeyId(keyId), address: '', keyId });
      return { nonce, expiresAtUnixMs: now() + joinNonceTtlMs, leaderHint: '' };
    },

    async join(request): Promise<JoinResponse> {
      const keyId = keyIdOf(request.nodePublicKey);
      const id = nodeIdOfKeyId(keyId);
      const refuse = (reason: string, message: string, leaderHint = ''): JoinResponse => {
        opts.onRefusal?.({ keyId, reason, message });
        return { admitted: false, refusalReason: reason, message, memberId: 0, leaderHint };
      };
      const st = seat.status();
      if (st.role !== Role.Leader) return refuse(joinRefusal.notLeader, `seat ${st.id} is not the leader`, notLeader().leaderHint);
      const existing = st.members.find((m) => m.id === id);
      if (existing !== undefined && existing.keyId === keyId) {
        return { admitted: true, refusalReason: '', message: `member ${id} is already in the committee (${existing.role})`, memberId: id, leaderHint: self() };
      }
      if (opts.admission === undefined) return refuse(joinRefusal.admissionUnavailable, `seat ${st.id} has no admission policy to verify joins with`);
      try {
        await seat.admitLearner({
          member: { id, address: request.address, keyId, ...(request.clientAddress ? { clientAddress: request.clientAddress } : {}) },
          nodePublicKey: request.nodePublicKey,
          nonce: request.nonce,
          quote: request.quote,
          tickets: request.tickets,
        });
      } catch (e) {
        if (isTesseraError(e, SeatErrorCode.AdmissionRefused)) return refuse(String(e.details?.reason ?? 'REFUSED'), e.message);
        if (isTesseraError(e, SeatErrorCode.NotLeader)) return refuse(joinRefusal.notLeader, e.message, notLeader().leaderHint);
        return refuse(joinRefusal.membershipFailed, e instanceof Error ? e.message : String(e));
      }
      opts.onAdmitted?.({ keyId, memberId: id, address: request.address });
      return { admitted: true, refusalReason: '', message: `admitted as learner ${id}`, memberId: id, leaderHint: self() };
    },
  };
}
