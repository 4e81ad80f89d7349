/**
 * The joiner's side of attested admission: ask a member for a nonce, have
 * the quote made over it (the callback builds report_data from the node
 * key, the organism fingerprint and the nonce), send Join with the tickets.
 * A member that is not the leader answers with a leader hint, which is
 * followed (at most `hopsMax` times).
 */
import { TesseraError } from '../common/errors.js';
import type { JoinChannel } from './peer-client.js';
import type { JoinResponse } from './wire.js';

export interface JoinParams {
  /** SubjectPublicKeyInfo DER of our node key (the TLS key of the channel). */
  readonly nodePublicKey: Uint8Array;
  /** host:port of our own peer listener. */
  readonly address: string;
  /** host:port where we serve clients (recorded in our member record for leader redirects). */
  readonly clientAddress?: string;
  readonly tickets: readonly Uint8Array[];
  /** Makes the quote over this nonce (QuoteProvider plus report_data binding, in the seat). */
  readonly quote: (nonce: Uint8Array) => Promise<Uint8Array>;
  /** TEST-ONLY (simulated attestation): the nonce to quote over and present instead of the issued one (replay tests). */
  readonly presentNonce?: (issued: Uint8Array) => Uint8Array;
}

export const notLeaderRefusal = 'NOT_LEADER';

export class JoinClient {
  constructor(
    /** Opens a channel to a member at host:port. */
    private readonly connect: (address: string) => JoinChannel,
    private readonly hopsMax = 3,
  ) {}

  /**
   * Joins through `seed` (any member). Resolves with the admission;
   * a refusal is PEER_JOIN_REFUSED carrying the member's reason.
   */
  async join(seed: string, params: JoinParams): Promise<JoinResponse & { admitted: true }> {
    let address = seed;
    const visited: string[] = [];
    for (let hop = 0; hop <= this.hopsMax; hop++) {
      visited.push(address);
      const channel = this.connect(address);
      let response: JoinResponse;
      try {
        const nonce = await channel.nonce({ nodePublicKey: params.nodePublicKey });
        if (nonce.leaderHint !== '' && nonce.leaderHint !== address && nonce.nonce.length === 0) {
          address = nonce.leaderHint;
          continue;
        }
        if (nonce.nonce.length === 0) throw new TesseraError(`member ${address} gave an empty nonce`, 'PEER_JOIN_FAILED', { address });
        const presented = params.presentNonce?.(nonce.nonce) ?? nonce.nonce;
        const quote = await params.quote(presented);
        response = await channel.join({
          nodePublicKey: params.nodePublicKey,
          quote,
          tickets: [...params.tickets],
          address: params.address,
          nonce: presented,
          ...(params.clientAddress !== undefined ? { clientAddress: params.clientAddress } : {}),
        });
      } finally {
        channel.close();
      }
      if (response.admitted) return response as JoinResponse & { admitted: true };
      if (response.refusalReason === notLeaderRefusal && response.leaderHint !== '' && response.leaderHint !== address) {
        address = response.leaderHint;
        continue;
      }
      throw new TesseraError(`join refused by ${address}: ${response.refusalReason}: ${response.message}`, 'PEER_JOIN_REFUSED', {
        reason: response.refusalReason,
        address,
      });
    }
    throw new TesseraError(`join: no leader found after ${visited.join(' -> ')}`, 'PEER_JOIN_FAILED', { visited });
  }
}
