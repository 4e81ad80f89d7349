/**
 * Join tickets between real `tessera run` processes (simulated TDX): with a
 * [[ticket_issuer]] of scope "seat", a seat without committee.ticket does
 * not start (exit 5), one presenting a ticket issued to another node key is
 * refused with TICKET_INVALID (log and refusal metric) and gives up, and a
 * seat presenting a ticket for its own node key is admitted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { loadSeatConfig } from '../../src/config/index.js';
import { loadOrCreateNodeKey } from '../../src/peer/node-key.js';
import { generateIssuerKey, issueTicket } from '../../src/ticket/index.js';
import { Cluster, waitUntil, type SeatHandle } from './harness.js';

// About 5 s of real processes on an idle 2-core machine.
describe('join tickets between tessera run processes', () => {
  const cluster = new Cluster();
  afterAll(async () => {
    await cluster.close();
  });

  it('refuses a seat without a ticket (TICKET_INVALID) and admits one whose ticket names its node key', async () => {
    const issuer = generateIssuerKey();
    const extra = `\n[[ticket_issuer]]\nname = "seats"\npublic_key = "${issuer.keyId}"\nscope = ["seat"]\n`;
    const founder = await cluster.add({ name: 'm1', bootstrap: true, extra });
    founder.start();
    await founder.waitServing();

    const now = Math.floor(Date.now() / 1000);
    const issueFor = (keyId: string, stableId: string) =>
      issueTicket(issuer, { scope: 'seat', subject: { kind: 'node', id: keyId }, audience: stableId, notBefore: now - 60, expiresAt: now + 3600 });
    const withTicket = (seat: SeatHandle, file: string) =>
      writeFileSync(seat.configFile, readFileSync(seat.configFile, 'utf8').replace('[committee]\n', `[committee]\nticket = "${file}"\n`));

    // Without committee.ticket the config itself is refused (exit 5, naming the key).
    const unticketed = await cluster.add({ name: 'm2', join: [founder.peerAddress], extra });
    unticketed.start();
    expect((await unticketed.exit!).code).toBe(5);
    expect(unticketed.stderr + unticketed.tail()).toContain('committee.ticket');

    // A ticket issued to another node key: the leader refuses the join by its reason.
    const borrowed = await cluster.add({ name: 'm4', join: [founder.peerAddress], extra });
    const stableId = loadSeatConfig(founder.configFile, { env: {} }).identity.stableIdHex;
    const borrowedFile = join(cluster.root, 'm4.ticket');
    writeFileSync(borrowedFile, issueFor('ab'.repeat(32), stableId), { mode: 0o600 });
    withTicket(borrowed, borrowedFile);
    borrowed.start();
    // (The exit code after a refused join is the run command's business; the refusal is what matters here.)
    await borrowed.exit;
    // stdout may be read after the exit event: poll the parsed lines briefly.
    const gaveUp = await waitUntil(() => borrowed.lines.find((l) => l.msg === 'could not join the committee; exiting'), 5_000, 'giving up');
    expect(JSON.stringify(gaveUp)).toContain('[TICKET_SUBJECT_MISMATCH] ticket');
    const refusal = await founder.waitForLog((l) => l.msg === 'join refused', 10_000, 'the refusal');
    expect(JSON.stringify(refusal)).toContain('TICKET_INVALID');
    expect(JSON.stringify(refusal)).toContain('TICKET_SUBJECT_MISMATCH');
    const metrics = await (await fetch(`http://127.0.0.1:${founder.metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/^ittest_admission_refusals_total\{[^}]*reason="TICKET_INVALID"[^}]*\} 1$/m);

    const ticketed = await cluster.add({ name: 'm3', join: [founder.peerAddress], extra });
    mkdirSync(ticketed.dataDir, { recursive: true, mode: 0o700 });
    const { key } = loadOrCreateNodeKey(ticketed.dataDir);
    const ticketFile = join(cluster.root, 'm3.ticket');
    writeFileSync(ticketFile, issueFor(key.keyId, stableId), { mode: 0o600 });
    withTicket(ticketed, ticketFile);
    ticketed.start();
    await ticketed.waitForLog((l) => l.msg === 'admitted to the committee', 30_000, 'admission');
    await waitUntil(() => {
      const st = founder.status().json;
      return st?.members.some((m) => m.keyId === key.keyId) ? true : undefined;
    }, 15_000, 'm3 in the committee');
  }, 120_000);
});
