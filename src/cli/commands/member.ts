/**
 * `tessera member add|promote|drain|remove`: committee rotation over the
 * admin socket (docs/operators/running.md#member-rotation).
 */
import { readFileSync } from 'node:fs';

import type { adminV1 } from '../../proto/index.js';
import { readTicketFile } from '../../ticket/index.js';
import { optBool, optString, optStrings, UsageError, type Command, type CommandContext } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { adminTarget, adminTargetOptions, callAdminAt, memberIdArg, remoteAdminOptions, timeoutMs, withAdmin } from '../admin-client.js';
import { argPath } from './fingerprint.js';
import { formatStatus, statusJson } from './status.js';

type MembershipResponse = adminV1.admin.v1.MembershipResponse.$Properties;

function printResult(ctx: CommandContext, what: string, res: MembershipResponse): ExitCode {
  if (optBool(ctx, 'json')) ctx.io.stdout.write(JSON.stringify({ done: what, status: res.status ? statusJson(res.status) : null }) + '\n');
  else ctx.io.stdout.write(`${what}\n\n${res.status ? formatStatus(res.status) : ''}`);
  return ExitCode.Ok;
}

const json = { type: 'boolean', description: 'print one JSON object' } as const;

function readBytesArg(ctx: CommandContext, file: string, what: string): Uint8Array {
  try {
    const raw = readFileSync(argPath(ctx.io, file));
    // Hex text (as `tessera quote inspect` accepts) or raw bytes.
    const text = raw.toString('latin1').replace(/\s+/g, '').replace(/^0x/, '');
    return /^([0-9a-fA-F]{2})+$/.test(text) ? Buffer.from(text, 'hex') : raw;
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export const memberAddCommand: Command = {
  name: 'member add',
  summary: 'admit a new member from its quote (on the leader); new seats normally join by themselves',
  usage: ['member add --id ID --address HOST:PORT --key-id HEX --nonce HEX --quote FILE [--ticket FILE]... (--instance NAME | --config PATH | --socket PATH | --remote HOST:PORT --operator NAME --operator-key PEM [--admin-ca PEM]) [--json]'],
  description: `
The usual way to add a member is to start it with committee.join in its
config: it asks the leader for a nonce, makes its quote and is admitted by
itself (docs/operators/running.md). This command is the manual form of the
same admission, for a member whose quote was made out of band: the leader
verifies QUOTE (report_data must bind the member's node key, the organism
fingerprint and NONCE, a nonce this leader issued) and its tickets under the
admission policy, then adds the member as a learner; it is promoted once
caught up. Exit 3 when the admission is refused (the reason is printed).`,
  options: {
    id: { type: 'string', valueName: 'ID', description: 'the member id (from its node key)' },
    address: { type: 'string', valueName: 'HOST:PORT', description: "the member's peer address" },
    'key-id': { type: 'string', valueName: 'HEX', description: "the member's node key id (64 hex digits)" },
    nonce: { type: 'string', valueName: 'HEX', description: 'the nonce the leader issued for this join' },
    quote: { type: 'string', valueName: 'FILE', description: "the member's quote (binary or hex)" },
    ticket: { type: 'string', multiple: true, valueName: 'FILE', description: 'a ticket the member presents (repeatable)' },
    ...adminTargetOptions, ...remoteAdminOptions,
    json,
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const id = memberIdArg(optString(ctx, 'id'), '--id');
    const address = optString(ctx, 'address');
    if (address === undefined || !/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(address)) throw new UsageError(`--address must be host:port, got '${address ?? ''}'`);
    const keyId = optString(ctx, 'key-id');
    if (keyId === undefined || !/^[0-9a-f]{64}$/.test(keyId)) throw new UsageError('--key-id must be 64 lowercase hex digits');
    const nonceHex = optString(ctx, 'nonce');
    if (nonceHex === undefined || !/^([0-9a-fA-F]{2})+$/.test(nonceHex)) throw new UsageError('--nonce must be hex');
    const quoteFile = optString(ctx, 'quote');
    if (quoteFile === undefined) throw new UsageError('--quote FILE is required');
    const quote = readBytesArg(ctx, quoteFile, 'quote');
    // Bytes or hex text, as `tessera ticket issue` writes them.
    const tickets = optStrings(ctx, 'ticket').map((f) => readTicketFile(argPath(ctx.io, f)));
    const target = adminTarget(ctx);
    const deadline = timeoutMs(ctx, 30_000);
    return withAdmin(ctx, 'member add', async () => {
      const res = await callAdminAt<MembershipResponse>(target, 'AddMember', { id, address, keyId, nonce: Buffer.from(nonceHex, 'hex'), quote, tickets }, deadline);
      return printResult(ctx, `member ${id} admitted as a learner`, res);
    });
  },
};

export const memberPromoteCommand: Command = {
  name: 'member promote',
  summary: 'promote a learner to voter (on the leader)',
  usage: ['member promote ID (--instance NAME | --config PATH | --socket PATH | --remote HOST:PORT --operator NAME --operator-key PEM [--admin-ca PEM]) [--json]'],
  description: `
Learners are promoted automatically once within raft.learner_promote_lag_entries
of the leader; this promotes one now. Run it against the leader's socket
(a follower answers with the leader's address, exit 3).`,
  options: { ...adminTargetOptions, ...remoteAdminOptions, json },
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(ctx) {
    const id = memberIdArg(ctx.positionals[0]);
    const target = adminTarget(ctx);
    const deadline = timeoutMs(ctx, 30_000);
    return withAdmin(ctx, 'member promote', async () => printResult(ctx, `member ${id} promoted to voter`, await callAdminAt<MembershipResponse>(target, 'Promote', { id }, deadline)));
  },
};

export const memberDrainCommand: Command = {
  name: 'member drain',
  summary: 'take this seat out of the committee: hand leadership over, then leave',
  usage: ['member drain (--instance NAME | --config PATH | --socket PATH | --remote HOST:PORT --operator NAME --operator-key PEM [--admin-ca PEM]) [--json]'],
  description: `
Run on the member that is leaving, against its own socket: if it leads, it
transfers leadership to the most caught-up voter and waits for the new
leader; then it proposes its own removal and waits until it is applied.
Afterwards stop its unit (systemctl stop builder@NAME) and decommission it.
Exit 3 when it cannot (it is the only voter, a change is in progress).`,
  options: { ...adminTargetOptions, ...remoteAdminOptions, json },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const target = adminTarget(ctx);
    const deadline = timeoutMs(ctx, 60_000);
    return withAdmin(ctx, 'member drain', async () => {
      // Remote admin: the signed Drain names the seat (its id from Status), so it cannot be replayed to another seat.
      const id = 'remote' in target ? Number((await callAdminAt<adminV1.admin.v1.StatusResponse.$Properties>(target, 'Status', {}, deadline)).id ?? 0) : 0;
      return printResult(ctx, 'drained: this seat left the committee', await callAdminAt<MembershipResponse>(target, 'Drain', id !== 0 ? { id } : {}, deadline));
    });
  },
};

export const memberRemoveCommand: Command = {
  name: 'member remove',
  summary: 'remove a member from the committee (on the leader; for a member that is gone)',
  usage: ['member remove ID (--instance NAME | --config PATH | --socket PATH | --remote HOST:PORT --operator NAME --operator-key PEM [--admin-ca PEM]) [--json]'],
  description: `
Removes member ID (a host that is dead or decommissioned without a drain).
Prefer 'member drain' on a member that still runs. Never remove members so
that fewer than a majority of the remaining voters are up. Exit 3 when
refused (unknown member, the last voter, a change in progress).`,
  options: { ...adminTargetOptions, ...remoteAdminOptions, json },
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(ctx) {
    const id = memberIdArg(ctx.positionals[0]);
    const target = adminTarget(ctx);
    const deadline = timeoutMs(ctx, 30_000);
    return withAdmin(ctx, 'member remove', async () => {
      // Remote admin: the signed Remove names the member's current admission (its quote digest from Status),
      // so a captured copy cannot remove the member again once it has rejoined.
      let expectQuoteDigest = '';
      if ('remote' in target) {
        const st = await callAdminAt<adminV1.admin.v1.StatusResponse.$Properties>(target, 'Status', {}, deadline);
        const m = (st.members ?? []).find((x) => Number(x.id) === id);
        expectQuoteDigest = m?.attestation?.quoteDigest || 'none';
      }
      const req = expectQuoteDigest !== '' ? { id, expectQuoteDigest } : { id };
      return printResult(ctx, `member ${id} removed`, await callAdminAt<MembershipResponse>(target, 'Remove', req, deadline));
    });
  },
};
