import { describe, expect, it } from 'vitest';

import { changeClassInfo, classOfKey, diffSeatConfigs, isFingerprinted } from '../../src/config/index.js';
import { extraContentMutations, fullConfig, loadText, mutate, mutations, readTestdata } from './mutations.js';

describe('diffSeatConfigs', () => {
  const base = fullConfig();

  it('finds no change between a config and itself, or a rewrite of it with the same resolved values', () => {
    expect(diffSeatConfigs(base, base)).toMatchObject({ changes: [], classes: [], rebind: false });
    // The minimal file with its defaults written out explicitly.
    const minimal = readTestdata('minimal.toml');
    const spelled = minimal.replace('[seat]', '[seat]\nlog_level = "info"\npeer_listen = "0.0.0.0:7400"').replace('[admission]', '[admission]\ntcb_status = ["UpToDate"]\nallow_debug = false');
    expect(diffSeatConfigs(loadText(minimal), loadText(spelled)).changes).toEqual([]);
  });

  for (const [key, change] of Object.entries(mutations)) {
    const cls = classOfKey(key);
    it(`${key}: ${cls}, rebind ${isFingerprinted(key) ? 'yes' : 'no'}`, () => {
      const d = diffSeatConfigs(base, mutate(base, change));
      expect(d.classes).toContain(cls);
      expect(d.rebind).toBe(isFingerprinted(key));
      expect(d.rebind).toBe(d.oldIdentity.fingerprintHex !== d.newIdentity.fingerprintHex);
      const section = key.split('.')[0]!;
      // Elements are matched by their identity key (stable_id, public_key): changing it, or adding an
      // [[operator]], shows as whole elements removed and added; every other change names its key.
      const wholeElement = ['member.stable_id', 'ticket_issuer.public_key'].includes(key) || section === 'operator';
      expect(d.changes.some((c) => c.key === (wholeElement ? section : key))).toBe(true);
      for (const c of d.changes) expect(c.class).toBe(classOfKey(c.key));
    });
  }

  for (const [name, change] of Object.entries(extraContentMutations)) {
    it(`${name}: fingerprinted, rebind yes`, () => {
      const d = diffSeatConfigs(base, mutate(base, change));
      expect(d.rebind).toBe(true);
      expect(d.classes.some((c) => changeClassInfo[c].fingerprinted)).toBe(true);
    });
  }

  it('keys members by stable id: a relabelled member is one label change, a new stable id is a removal and an addition', () => {
    const relabel = diffSeatConfigs(base, mutate(base, mutations['member.name']!));
    expect(relabel.changes).toEqual([{ path: 'member[renamed].name', key: 'member.name', class: 'seat-local', old: 'bids', new: 'renamed' }]);
    const swapped = diffSeatConfigs(base, mutate(base, mutations['member.stable_id']!));
    expect(swapped.changes.map((c) => [c.path, c.key, c.class, c.old === undefined ? 'added' : c.new === undefined ? 'removed' : 'changed'])).toEqual([
      ['member[bids]', 'member', 'spanned-members', 'removed'],
      ['member[bids]', 'member', 'spanned-members', 'added'],
    ]);
  });

  it('ignores the order of sets but not of endpoint lists', () => {
    const text = readTestdata('full.toml');
    const reordered = text.replace('tcb_status = ["UpToDate", "SWHardeningNeeded"]', 'tcb_status = ["SWHardeningNeeded", "UpToDate"]');
    expect(diffSeatConfigs(base, loadText(reordered)).changes).toEqual([]);
    const endpoints = text.replace('["blocks-1.example.net:7401", "blocks-2.example.net:7401"]', '["blocks-2.example.net:7401", "blocks-1.example.net:7401"]');
    expect(diffSeatConfigs(base, loadText(endpoints)).changes.map((c) => c.key)).toEqual(['member.endpoints']);
  });

  it('reports every class of a combined change, in a fixed order', () => {
    const d = diffSeatConfigs(
      base,
      mutate(base, (x) => {
        mutations['seat.log_level']!(x);
        mutations['admission.mrtd']!(x);
        mutations['organism.name']!(x);
        mutations['committee.ticket']!(x);
        mutations['acl.integrators']!(x);
        mutations['member.content_hash']!(x);
      }),
    );
    expect(d.classes).toEqual(['rename', 'admission', 'spanned-members', 'content', 'committee', 'seat-local']);
    expect(d.rebind).toBe(true);
  });
});
