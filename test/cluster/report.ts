/** One run's report as text (the CLI and the vitest slice print it). */
import type { RunReport } from './run.js';

export function describeRun(r: RunReport, k: number): string {
  const faults = Object.entries(r.faults)
    .filter(([, t]) => t.applied + t.skipped > 0)
    .map(([kind, t]) => `${kind} ${t.applied}${t.skipped > 0 ? ` (+${t.skipped} skipped)` : ''}`)
    .join(', ');
  const lines = [
    `run ${k + 1} seed ${r.seed}: ${r.passed ? 'PASS' : 'FAIL'} in ${(r.elapsedMs / 1000).toFixed(1)} s (${r.seats} seats, ${r.seconds} s of faults, workload ${r.workload})`,
    `  faults: ${faults || 'none'}`,
    `  operations: ${r.operations.ok} ok, ${r.operations.failed} failed, ${r.operations.unknown} unknown`,
    `  checks: ${JSON.stringify(r.details)}`,
    `  anomalies: ${r.anomalies.length}`,
    ...r.anomalies.map((a) => `    - ${a.replace(/\n/g, '\n      ')}`),
    ...r.notes.map((n) => `  note: ${n}`),
  ];
  if (r.dir !== undefined) lines.push(`  kept: ${r.dir} (history.json, report.json, s*.log, REPLAY)`);
  if (!r.passed) lines.push(`  replay: ${r.replay}`);
  return lines.join('\n');
}
