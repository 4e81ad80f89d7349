/**
 * What a config change means for integrators: `tessera config diff` lists
 * each changed key with its class and says whether integrators must rebind
 * (docs/operators/rotations.md). Both configs are compared resolved, with
 * defaults filled, so writing a default out, reordering keys or sets, or
 * changing hex case is no change.
 */
import { assert } from '../common/errors.js';
import type { OrganismIdentity } from './identity.js';
import { seatConfigToTable, type TomlTable, type TomlValue } from './render.js';
import type { SeatConfig } from './seat-config.js';
import { arraySections, seatSectionFields, type SeatSectionName } from './seat-schema.js';

/** In the order `config diff` prints them; the first four change the fingerprint. */
export const changeClasses = ['rename', 'admission', 'spanned-members', 'content', 'committee', 'seat-local'] as const;
export type ChangeClass = (typeof changeClasses)[number];

export const changeClassInfo: Readonly<Record<ChangeClass, { title: string; fingerprinted: boolean }>> = {
  rename: { title: 'rename: a retirement (the old organism retires with a replacement marker naming the new fingerprint)', fingerprinted: true },
  admission: { title: 'admission policy rotation', fingerprinted: true },
  'spanned-members': { title: 'spanned-member change', fingerprinted: true },
  content: { title: 'content change (machine, apply, ACL or ticket issuers)', fingerprinted: true },
  committee: { title: 'committee change (how this seat enters its committee; no fingerprint change)', fingerprinted: false },
  'seat-local': { title: 'seat-local change (no fingerprint change)', fingerprinted: false },
};

/** Keys inside content sections that are labels or local paths, not content. */
const seatLocalKeys = new Set(['member.name', 'member.endpoints', 'member.ticket', 'apply.fold_module', 'ticket_issuer.name']);

/** Sets: their order means nothing, in the config or in the fingerprint. */
const setKeys = new Set(['admission.mrtd', 'admission.rtmr0', 'admission.rtmr1', 'admission.rtmr2', 'admission.rtmr3', 'admission.tcb_status', 'acl.integrators', 'ticket_issuer.scope']);

/** The key that identifies an element of an array of tables across two configs. */
const elementIdentity: Readonly<Record<string, string>> = { member: 'stable_id', ticket_issuer: 'public_key', operator: 'public_key' };

/**
 * The class of a change to `section.key` (or of adding or removing a whole
 * element when `key` is absent: `member`). Exported so the documentation's
 * "fingerprint" column can be checked against it.
 */
export function classOfKey(path: string): ChangeClass {
  const [section = '', key] = path.split('.');
  if (seatLocalKeys.has(path)) return 'seat-local';
  switch (section as SeatSectionName) {
    case 'organism':
      return key === 'machine' ? 'content' : 'rename';
    case 'admission':
      return 'admission';
    case 'member':
      return 'spanned-members';
    case 'apply':
    case 'acl':
    case 'ticket_issuer':
      return 'content';
    case 'committee':
      return 'committee';
    default:
      return 'seat-local';
  }
}

export function isFingerprinted(path: string): boolean {
  return changeClassInfo[classOfKey(path)].fingerprinted;
}

export interface ConfigChange {
  /** Where, as printed: `admission.mrtd`, `member[tally-up].endpoints`, `operator[alice]`. */
  readonly path: string;
  /** The schema key (`member.endpoints`), or the section alone when a whole element came or went. */
  readonly key: string;
  readonly class: ChangeClass;
  /** undefined = not set (or the element is absent). */
  readonly old: unknown;
  readonly new: unknown;
}

export interface ConfigDiff {
  readonly changes: readonly ConfigChange[];
  /** Distinct classes present, in changeClasses order. */
  readonly classes: readonly ChangeClass[];
  readonly oldIdentity: OrganismIdentity;
  readonly newIdentity: OrganismIdentity;
  /** The fingerprint changed: integrators compiled against the old one can no longer bind. */
  readonly rebind: boolean;
}

export function isSetKey(key: string): boolean {
  return setKeys.has(key);
}

function normalize(key: string, v: TomlValue): unknown {
  if (setKeys.has(key) && Array.isArray(v)) return [...(v as string[])].sort();
  return v;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffTable(section: string, label: string, a: TomlTable | undefined, b: TomlTable | undefined, out: ConfigChange[]): void {
  for (const field of Object.keys(seatSectionFields[section as SeatSectionName])) {
    const key = `${section}.${field}`;
    const oldV = normalize(key, a?.[field]);
    const newV = normalize(key, b?.[field]);
    if (!same(oldV, newV)) out.push({ path: `${label}.${field}`, key, class: classOfKey(key), old: oldV, new: newV });
  }
}

function diffElements(section: string, a: readonly TomlTable[], b: readonly TomlTable[], out: ConfigChange[]): void {
  const idKey = elementIdentity[section]!;
  const byId = (items: readonly TomlTable[]) => new Map(items.map((t) => [String(t[idKey]), t]));
  const olds = byId(a);
  const news = byId(b);
  const labelOf = (t: TomlTable) => `${section}[${String(t.name)}]`;
  for (const [id, o] of olds) {
    const n = news.get(id);
    if (n === undefined) out.push({ path: labelOf(o), key: section, class: classOfKey(section), old: o, new: undefined });
    else diffTable(section, labelOf(n), o, n, out);
  }
  for (const [id, n] of news) {
    if (!olds.has(id)) out.push({ path: labelOf(n), key: section, class: classOfKey(section), old: undefined, new: n });
  }
}

export function diffSeatConfigs(oldConfig: SeatConfig, newConfig: SeatConfig): ConfigDiff {
  const a = seatConfigToTable(oldConfig);
  const b = seatConfigToTable(newConfig);
  const changes: ConfigChange[] = [];
  for (const section of Object.keys(seatSectionFields) as SeatSectionName[]) {
    if (arraySections.includes(section)) {
      diffElements(section, (a[section] as readonly TomlTable[] | undefined) ?? [], (b[section] as readonly TomlTable[] | undefined) ?? [], changes);
    } else {
      diffTable(section, section, a[section] as TomlTable, b[section] as TomlTable, changes);
    }
  }
  const present = new Set(changes.map((c) => c.class));
  const classes = changeClasses.filter((c) => present.has(c));
  const rebind = oldConfig.identity.fingerprintHex !== newConfig.identity.fingerprintHex;
  // The classes come from keys, the verdict from the fingerprints: they must agree, or the
  // classification (or the encoding) has a hole.
  assert(rebind === classes.some((c) => changeClassInfo[c].fingerprinted), `config diff: fingerprint ${rebind ? 'changed' : 'unchanged'} but classes are [${classes.join(', ')}]`);
  return { changes, classes, oldIdentity: oldConfig.identity, newIdentity: newConfig.identity, rebind };
}
