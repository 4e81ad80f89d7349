import { changeClassInfo, configKindOf, diffSeatConfigs, isSetKey, seatConfigFromDocument, type ConfigChange, type ConfigDiff } from '../../config/index.js';
import { optBool, optString, UsageError, type Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { argPath, configFailure, readConfigDocument } from './fingerprint.js';

function show(v: unknown): string {
  return v === undefined ? '(unset)' : JSON.stringify(v);
}

/** A set's change as the elements that left and came (long hex lists read better that way). */
function setChange(c: ConfigChange): string | undefined {
  if (!isSetKey(c.key) || !Array.isArray(c.old) || !Array.isArray(c.new)) return undefined;
  const [o, n] = [c.old as unknown[], c.new as unknown[]];
  const removed = o.filter((x) => !n.includes(x));
  const added = n.filter((x) => !o.includes(x));
  return [removed.length > 0 ? `removed ${show(removed)}` : '', added.length > 0 ? `added ${show(added)}` : ''].filter((s) => s !== '').join(', ');
}

export function formatConfigDiff(d: ConfigDiff): string {
  const lines: string[] = [];
  if (d.changes.length === 0) lines.push('no change');
  for (const cls of d.classes) {
    lines.push(`${changeClassInfo[cls].title}:`);
    for (const c of d.changes.filter((x) => x.class === cls)) {
      const element = !c.key.includes('.'); // a whole [[member]], [[ticket_issuer]] or [[operator]]
      if (element && c.old === undefined) lines.push(`  ${c.path}: added ${show(c.new)}`);
      else if (element && c.new === undefined) lines.push(`  ${c.path}: removed ${show(c.old)}`);
      else lines.push(`  ${c.path}: ${setChange(c) ?? `${show(c.old)} -> ${show(c.new)}`}`);
    }
  }
  const [o, n] = [d.oldIdentity.fingerprintHex, d.newIdentity.fingerprintHex];
  lines.push(o === n ? `fingerprint: ${o} (unchanged)` : `fingerprint: ${o} -> ${n}`);
  lines.push(`integrators must rebind: ${d.rebind ? 'yes' : 'no'}`);
  return lines.join('\n') + '\n';
}

export function configDiffJson(d: ConfigDiff): string {
  return (
    JSON.stringify({
      classes: d.classes,
      changes: d.changes.map((c) => ({ path: c.path, key: c.key, class: c.class, fingerprinted: changeClassInfo[c.class].fingerprinted, old: c.old ?? null, new: c.new ?? null })),
      old: d.oldIdentity.toJSON(),
      new: d.newIdentity.toJSON(),
      rebind: d.rebind,
    }) + '\n'
  );
}

export const configDiffCommand: Command = {
  name: 'config diff',
  summary: 'classify the change from one seat config to another and say whether integrators must rebind',
  usage: ['config diff OLD NEW [--instance NAME] [--json]'],
  description: `
Compares two seat configs, resolved with every default, and prints each
changed key (old -> new) under its class: rename (a retirement), admission
policy rotation, spanned-member change, content change, committee change,
seat-local change. The first four change the fingerprint. The last line is
"integrators must rebind: yes|no".

Exit 0 when integrators need not rebind (the fingerprint is unchanged), 3
when they must, 5 when either file is invalid: a rollout script can gate on
it (docs/operators/rotations.md). Both files are resolved with the same
instance name (--instance, default NEW's file name), so defaults derived
from it do not show as changes.`,
  options: {
    instance: { type: 'string', valueName: 'NAME', description: "unit instance for both files (default: NEW's file name without .toml)" },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 2, max: 2, names: 'OLD NEW' },
  async run(ctx) {
    const [oldFile, newFile] = ctx.positionals.map((p) => argPath(ctx.io, p)) as [string, string];
    try {
      const docs = [readConfigDocument(oldFile), readConfigDocument(newFile)] as const;
      for (const doc of docs) {
        if (configKindOf(doc) === 'coalition') throw new UsageError(`${doc.file} is a coalition file; config diff compares seat configs (compare coalitions with 'tessera fingerprint')`);
      }
      const instance = optString(ctx, 'instance');
      const newConfig = seatConfigFromDocument(docs[1], { env: {}, instance });
      const oldConfig = seatConfigFromDocument(docs[0], { env: {}, instance: newConfig.instance });
      const d = diffSeatConfigs(oldConfig, newConfig);
      ctx.io.stdout.write(optBool(ctx, 'json') ? configDiffJson(d) : formatConfigDiff(d));
      return d.rebind ? ExitCode.CheckFailed : ExitCode.Ok;
    } catch (e) {
      if (e instanceof UsageError) throw e;
      return configFailure('config diff', e, ctx.io);
    }
  },
};
