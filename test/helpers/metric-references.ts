import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from './fixtures.js';

export const alertsText = readFileSync(join(repoRoot, 'ops', 'prometheus', 'alerts.yml'), 'utf8');
export const dashboardText = readFileSync(join(repoRoot, 'ops', 'grafana', 'dashboard.json'), 'utf8');

/**
 * Metric suffixes (after `<org>_`) a PromQL text names: `{__name__=~".+_x"}`
 * in the rules and the slot grid, `${org}_x` in the dashboard.
 */
export function referencedSuffixes(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/__name__=~\\?"\.\+_([a-z0-9_]+)\\?"/g)) out.add(m[1]!);
  for (const m of text.matchAll(/\$\{org\}_([a-z0-9_]+)/g)) out.add(m[1]!);
  return out;
}

/** Sample names of a Prometheus text exposition. */
export function sampleNames(exposition: string): Set<string> {
  return new Set(exposition.split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(l)![0]));
}
