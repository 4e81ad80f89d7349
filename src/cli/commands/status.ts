import type { adminV1 } from '../../proto/index.js';
import { optBool, type Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { adminTarget, adminTargetOptions, callAdminAt, remoteAdminOptions, timeoutMs, withAdmin } from '../admin-client.js';

type StatusResponse = adminV1.admin.v1.StatusResponse.$Properties;
type Member = adminV1.admin.v1.Member.$Properties;

/** The status as one JSON object (numbers, never strings, for indices). */
export function statusJson(st: StatusResponse): Record<string, unknown> {
  return {
    id: Number(st.id ?? 0),
    role: st.role ?? '',
    term: Number(st.term ?? 0),
    leader: Number(st.leader ?? 0),
    leaderAddress: st.leaderAddress ?? '',
    leaderClientAddress: st.leaderClientAddress ?? '',
    committedIndex: Number(st.committedIndex ?? 0),
    appliedIndex: Number(st.appliedIndex ?? 0),
    snapshotIndex: Number(st.snapshotIndex ?? 0),
    removed: st.removed === true,
    members: (st.members ?? []).map((m: Member) => ({
      id: Number(m.id ?? 0),
      address: m.address ?? '',
      clientAddress: m.clientAddress ?? '',
      keyId: m.keyId ?? '',
      role: m.role ?? '',
      matchIndex: Number(m.matchIndex ?? 0),
      attestation:
        m.attestation == null
          ? null
          : {
              mrTd: m.attestation.mrTd ?? '',
              tcbStatus: m.attestation.tcbStatus ?? '',
              quoteDigest: m.attestation.quoteDigest ?? '',
              verifiedAtMs: Number(m.attestation.verifiedAtMs ?? 0),
              simulated: m.attestation.simulated === true,
            },
      // The latest re-attestation the leader committed (the same on every seat); null until the first.
      reattestation:
        m.reattestation == null
          ? null
          : {
              atMs: Number(m.reattestation.atMs ?? 0),
              verdict: m.reattestation.verdict ?? '',
              attested: m.reattestation.attested === true,
              reason: m.reattestation.reason ?? '',
              mrTd: m.reattestation.mrTd ?? '',
              tcbStatus: m.reattestation.tcbStatus ?? '',
            },
    })),
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n') + '\n';
}

/** The human form: a header, then one row per member. */
export function formatStatus(st: StatusResponse): string {
  const j = statusJson(st) as ReturnType<typeof statusJson> & {
    members: {
      id: number;
      address: string;
      keyId: string;
      role: string;
      matchIndex: number;
      attestation: null | { mrTd: string; tcbStatus: string; verifiedAtMs: number; simulated: boolean };
      reattestation: null | { atMs: number; verdict: string; attested: boolean; reason: string; tcbStatus: string };
    }[];
  };
  const where = [j.leaderAddress !== '' ? `peer ${String(j.leaderAddress)}` : '', j.leaderClientAddress !== '' ? `clients ${String(j.leaderClientAddress)}` : ''].filter((w) => w !== '');
  const leader = j.leader === 0 ? 'none known' : `${String(j.leader)}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  const head =
    `seat       ${String(j.id)} (${String(j.role).toLowerCase()}${j.removed === true ? ', removed' : ''})\n` +
    `leader     ${leader}\n` +
    `term       ${String(j.term)}\n` +
    `indices    committed ${String(j.committedIndex)}, applied ${String(j.appliedIndex)}, snapshot ${String(j.snapshotIndex)}\n\n`;
  const rows = [['MEMBER', 'ROLE', 'ADDRESS', 'KEY', 'MATCH', 'ATTESTATION', 'RE-ATTESTATION']];
  for (const m of j.members) {
    const role = m.id === j.leader ? `${m.role}*` : m.role;
    const att =
      m.attestation === null
        ? 'founder (no record)'
        : `${m.attestation.simulated ? 'SIMULATED ' : ''}mrtd ${m.attestation.mrTd.slice(0, 16)}… ${m.attestation.tcbStatus} at ${new Date(m.attestation.verifiedAtMs).toISOString()}`;
    const r = m.reattestation;
    const re =
      r === null
        ? '-'
        : `${r.verdict}${r.reason !== '' ? ` ${r.reason}` : ''}${r.tcbStatus !== '' ? ` ${r.tcbStatus}` : ''} at ${new Date(r.atMs).toISOString()}${r.attested ? '' : ' (NOT ATTESTED)'}`;
    rows.push([String(m.id), role, m.address, m.keyId.slice(0, 16), j.role === 'Leader' ? String(m.matchIndex) : '-', att, re]);
  }
  return head + table(rows) + '(* = leader)\n';
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'show a running seat: members, leader, term, indices, attestation per member',
  usage: ['status (--instance NAME | --config PATH | --socket PATH) [--json]', 'status --remote HOST:PORT --operator NAME --operator-key PEM [--admin-ca PEM] [--json]'],
  description: `
Asks the seat over its admin socket (owner-only unix socket, default
<data_dir>/admin.sock) and prints its role, the leader, the term, the
committed / applied / snapshot indices, and one row per committee member:
role (voter or learner), peer address, node key id, match index (on the
leader), attestation at admission (MR_TD, TCB status, when verified;
SIMULATED when the quote came from the simulated provider) and the latest
re-attestation the leader committed (verdict, refusal reason, TCB status,
time; NOT ATTESTED when member_tdx_attested is 0 for it), the same on every
seat. --json prints one object (with each member's clientAddress, where it
serves the kv service, and the leader's as leaderClientAddress).
With --remote it asks a seat's remote admin endpoint (seat.admin_listen)
instead, the request signed with --operator-key (an [[operator]] of that
seat's config); a refused signature exits 3 naming why (ADMIN_AUTH_*).
Exit 4 when the seat is not running (no socket) or does not answer.`,
  options: { ...adminTargetOptions, ...remoteAdminOptions, json: { type: 'boolean', description: 'print one JSON object' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const target = adminTarget(ctx);
    const deadline = timeoutMs(ctx);
    return withAdmin(ctx, 'status', async () => {
      const st = await callAdminAt<StatusResponse>(target, 'Status', {}, deadline);
      ctx.io.stdout.write(optBool(ctx, 'json') ? JSON.stringify(statusJson(st)) + '\n' : formatStatus(st));
      return ExitCode.Ok;
    });
  },
};
