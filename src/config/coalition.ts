/**
 * A coalition file: for operators who publish a coalition of lattices and
 * organisms. Its fingerprint folds the coalition's name, the ordered stable
 * ids of what it references (the order is part of the coalition's meaning
 * and is kept), and an optional ticket issuer.
 *
 *   [coalition]
 *   name = "eth-builders"
 *   ticket_issuer = "<64 hex>"        # optional
 *
 *   [[coalition.member]]
 *   kind = "organism"                 # or "lattice"
 *   stable_id = "<64 hex>"
 *   name = "tally"                    # optional label, not fingerprinted
 */
import { readFileSync } from 'node:fs';

import type { CoalitionMemberKind } from './canonical.js';
import { coalitionFingerprint } from './identity.js';
import { ConfigError, validateDocument } from './load.js';
import { arrayOf, hex, oneOf, optional, relations, required, table, type Problem } from './schema.js';
import { nameSchema } from './seat-schema.js';
import { TomlDocument } from './toml-document.js';

export const coalitionMemberKinds = ['organism', 'lattice'] as const satisfies readonly CoalitionMemberKind[];
export const coalitionMembersMax = 256;

export const coalitionMemberSection = table({
  kind: required(oneOf(coalitionMemberKinds), 'what the member is'),
  stable_id: required(hex(32), 'its stable id'),
  name: optional(nameSchema(), 'a label (not fingerprinted)'),
});

export const coalitionSection = table({
  name: required(nameSchema(), "the coalition's name"),
  ticket_issuer: optional(hex(32), 'Ed25519 public key of the coalition ticket issuer'),
  member: required(arrayOf(coalitionMemberSection, { min: 1, max: coalitionMembersMax }), 'the lattices and organisms it references, in order'),
});

export const coalitionFileSchema = relations(table({ coalition: required(coalitionSection, 'the coalition') }), (f) => {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  f.coalition.member.forEach((m, i) => {
    if (seen.has(m.stable_id)) problems.push({ path: `coalition.member[${i}].stable_id`, message: 'this stable id is listed twice' });
    seen.add(m.stable_id);
  });
  return problems;
});

export interface CoalitionConfig {
  readonly file: string;
  readonly name: string;
  readonly members: readonly { readonly kind: CoalitionMemberKind; readonly stableId: string; readonly name: string | undefined }[];
  readonly ticketIssuer: string | undefined;
  /** 64 lowercase hex digits. */
  readonly fingerprint: string;
}

/** Which kind of file a parsed TOML document is: a coalition has a top-level [coalition] table. */
export function configKindOf(doc: TomlDocument): 'coalition' | 'organism' {
  return 'coalition' in doc.data ? 'coalition' : 'organism';
}

export function coalitionFromDocument(doc: TomlDocument): CoalitionConfig {
  const f = validateDocument(doc, coalitionFileSchema);
  const c = {
    name: f.coalition.name,
    members: f.coalition.member.map((m) => ({ kind: m.kind, stableId: m.stable_id, name: m.name })),
    ticketIssuer: f.coalition.ticket_issuer,
  };
  const out: CoalitionConfig = { file: doc.file, ...c, fingerprint: coalitionFingerprint(c).toString('hex') };
  for (const m of out.members) Object.freeze(m);
  Object.freeze(out.members);
  return Object.freeze(out);
}

export function parseCoalitionConfig(file: string, text: string): CoalitionConfig {
  return coalitionFromDocument(TomlDocument.parse(file, text));
}

export function loadCoalitionConfig(file: string): CoalitionConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ConfigError(`cannot read configuration ${file}: ${err.code ?? err.message}`, 'CONFIG_UNREADABLE', []);
  }
  return parseCoalitionConfig(file, text);
}
