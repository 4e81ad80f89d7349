import { describe, expect, it } from 'vitest';

import type { PeerAddress } from '../../src/node/ports.js';
import type { JoinHandlers } from '../../src/peer/handlers.js';
import { JoinClient } from '../../src/peer/join-client.js';
import { LoopbackNetwork } from '../../src/peer/loopback.js';
import { NodeKey } from '../../src/peer/node-key.js';
import { MessageType, message, type NodeId } from '../../src/raft/index.js';
import { heartbeat, Inbox } from './helpers.js';

const addr = (id: number): PeerAddress => ({ id: id as NodeId, keyId: '', address: `loopback:${id}` });
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

async function net(n: number): Promise<{ network: LoopbackNetwork; inboxes: Inbox[]; ts: ReturnType<LoopbackNetwork['endpoint']>[] }> {
  const network = new LoopbackNetwork();
  const ts = Array.from({ length: n }, (_, i) => network.endpoint((i + 1) as NodeId));
  const inboxes = ts.map(() => new Inbox());
  for (let i = 0; i < n; i++) {
    await ts[i]!.start(inboxes[i]!);
    ts[i]!.setPeers(ts.map((_, j) => addr(j + 1)));
  }
  return { network, inboxes, ts };
}

describe('LoopbackNetwork', () => {
  it('delivers asynchronously and in order', async () => {
    const { ts, inboxes } = await net(2);
    const msgs = Array.from({ length: 20 }, (_, i) => heartbeat(1 as NodeId, 2 as NodeId, i + 1));
    ts[0]!.send(msgs);
    expect(inboxes[1]!.messages).toEqual([]); // never re-entrant
    await tick();
    expect(inboxes[1]!.messages.map((m) => m.term)).toEqual(msgs.map((m) => m.term));
  });

  it('drops (onUnreachable) to unknown, closed, cut-off or non-admitting peers', async () => {
    const { network, ts, inboxes } = await net(3);
    ts[0]!.send([heartbeat(1 as NodeId, 9 as NodeId)]);
    expect(inboxes[0]!.unreachable).toEqual([9]);

    network.cut(1 as NodeId, 2 as NodeId);
    ts[0]!.send([heartbeat(1 as NodeId, 2 as NodeId), heartbeat(1 as NodeId, 3 as NodeId)]);
    expect(inboxes[0]!.unreachable).toEqual([9, 2]);
    network.heal();

    ts[2]!.setPeers([addr(2), addr(3)]); // 3 no longer admits 1
    ts[0]!.send([heartbeat(1 as NodeId, 3 as NodeId)]);
    expect(inboxes[0]!.unreachable).toEqual([9, 2, 3]);

    await ts[1]!.close();
    ts[0]!.send([heartbeat(1 as NodeId, 2 as NodeId)]);
    expect(inboxes[0]!.unreachable).toEqual([9, 2, 3, 2]);
    await tick();
    // The one sent while 3 still admitted 1 was in flight when 3 stopped admitting it: dropped on receipt.
    expect(inboxes[2]!.messages.length).toBe(0);
    expect(inboxes[1]!.messages).toEqual([]);

    // A restarted member gets a new transport for the same id.
    const again = network.endpoint(2 as NodeId);
    const inbox = new Inbox();
    await again.start(inbox);
    again.setPeers([addr(1), addr(2)]);
    ts[0]!.send([heartbeat(1 as NodeId, 2 as NodeId)]);
    await tick();
    expect(inbox.messages.length).toBe(1);
  });

  it('refuses to carry a message the wire would refuse', async () => {
    const { ts } = await net(2);
    expect(() => ts[0]!.send([message({ type: 99 as MessageType, from: 1 as NodeId, to: 2 as NodeId })])).toThrow(
      expect.objectContaining({ code: 'PEER_MESSAGE_INVALID' }),
    );
  });
});

describe('JoinClient', () => {
  function joinHandlers(opts: { leader: string | undefined; admit: boolean; log: string[] }): JoinHandlers {
    return {
      nonce: () => Promise.resolve({ nonce: new Uint8Array(32).fill(1), expiresAtUnixMs: 1, leaderHint: '' }),
      join: (req, caller) => {
        opts.log.push(`join:${caller.keyId?.slice(0, 8)}:${Buffer.from(req.quote).toString()}`);
        if (opts.leader !== undefined) {
          return Promise.resolve({ admitted: false, refusalReason: 'NOT_LEADER', message: 'ask the leader', memberId: 0, leaderHint: opts.leader });
        }
        return Promise.resolve(
          opts.admit
            ? { admitted: true, refusalReason: '', message: '', memberId: 5, leaderHint: '' }
            : { admitted: false, refusalReason: 'MRTD_MISMATCH', message: 'MR_TD is not the pinned one', memberId: 0, leaderHint: '' },
        );
      },
    };
  }

  it('nonce, quote over the nonce, join; follows a leader hint', async () => {
    const network = new LoopbackNetwork();
    const log: string[] = [];
    const follower = network.endpoint(1 as NodeId, { handlers: { join: joinHandlers({ leader: 'loopback:2', admit: false, log }) } });
    const leader = network.endpoint(2 as NodeId, { handlers: { join: joinHandlers({ leader: undefined, admit: true, log }) } });
    await follower.start(new Inbox());
    await leader.start(new Inbox());
    const key = NodeKey.generate();
    const client = new JoinClient((address) => network.joinChannel(address, key.publicKeyDer));
    const res = await client.join('loopback:1', {
      nodePublicKey: key.publicKeyDer,
      address: 'loopback:7',
      tickets: [],
      quote: (nonce) => Promise.resolve(Buffer.from(`q${nonce[0]}`)),
    });
    expect(res.memberId).toBe(5);
    expect(log).toEqual([`join:${key.keyId.slice(0, 8)}:q1`, `join:${key.keyId.slice(0, 8)}:q1`]);
  });

  it('a refusal is PEER_JOIN_REFUSED with the reason; a claimed key that is not the caller is KEY_MISMATCH', async () => {
    const network = new LoopbackNetwork();
    const log: string[] = [];
    const m = network.endpoint(1 as NodeId, { handlers: { join: joinHandlers({ leader: undefined, admit: false, log }) } });
    await m.start(new Inbox());
    const key = NodeKey.generate();
    const params = { nodePublicKey: key.publicKeyDer, address: 'x', tickets: [], quote: () => Promise.resolve(new Uint8Array(1)) };
    await expect(new JoinClient((a) => network.joinChannel(a, key.publicKeyDer)).join('loopback:1', params)).rejects.toMatchObject({
      code: 'PEER_JOIN_REFUSED',
      details: { reason: 'MRTD_MISMATCH' },
    });
    const other = NodeKey.generate();
    await expect(new JoinClient((a) => network.joinChannel(a, other.publicKeyDer)).join('loopback:1', params)).rejects.toMatchObject({
      details: { reason: 'KEY_MISMATCH' },
    });
    expect(log.length).toBe(1);
  });

  it('gives up after a loop of leader hints', async () => {
    const network = new LoopbackNetwork();
    const log: string[] = [];
    const a = network.endpoint(1 as NodeId, { handlers: { join: joinHandlers({ leader: 'loopback:2', admit: false, log }) } });
    const b = network.endpoint(2 as NodeId, { handlers: { join: joinHandlers({ leader: 'loopback:1', admit: false, log }) } });
    await a.start(new Inbox());
    await b.start(new Inbox());
    const key = NodeKey.generate();
    await expect(
      new JoinClient((x) => network.joinChannel(x, key.publicKeyDer)).join('loopback:1', {
        nodePublicKey: key.publicKeyDer,
        address: 'x',
        tickets: [],
        quote: () => Promise.resolve(new Uint8Array(1)),
      }),
    ).rejects.toMatchObject({ code: 'PEER_JOIN_FAILED' });
  });
});
