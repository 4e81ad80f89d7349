import { afterEach, describe, expect, it } from 'vitest';

import { heartbeat, startMember, eventually, type Member } from './helpers.js';

const open: Member[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.transport.close()));
});

async function members(n: number): Promise<Member[]> {
  const ms = await Promise.all(Array.from({ length: n }, () => startMember()));
  open.push(...ms);
  for (const m of ms) m.transport.setPeers(ms.map((x) => x.address));
  return ms;
}

describe('GrpcTransport over TLS on 127.0.0.1', () => {
  it('two members exchange Raft batches in order', async () => {
    const [a, b] = await members(2);
    const msgs = Array.from({ length: 50 }, (_, i) => heartbeat(a!.address.id, b!.address.id, i + 1));
    a!.transport.send(msgs);
    await b!.inbox.waitFor(50);
    expect(b!.inbox.messages.map((m) => m.term)).toEqual(msgs.map((m) => m.term));
  });
});
