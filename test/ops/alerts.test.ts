import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { OpsServer, SeatMetrics, metricCatalog } from '../../src/ops/index.js';
import { repoRoot } from '../helpers/fixtures.js';
import { alertsText, dashboardText, referencedSuffixes, sampleNames } from '../helpers/metric-references.js';

const alertsPath = join(repoRoot, 'ops', 'prometheus', 'alerts.yml');
const incidentDoc = readFileSync(join(repoRoot, 'docs', 'operators', 'incident-response.md'), 'utf8');

const havePromtool = spawnSync('promtool', ['--version']).status === 0;
if (!havePromtool && process.env.CI === 'true') throw new Error('promtool is missing; CI=true requires it (Debian package prometheus)');
if (!havePromtool) console.warn('alerts.test.ts: promtool not found (Debian package prometheus); skipping `promtool check rules` and `promtool test rules`');

/** Each rule of alerts.yml: its name and its block of text. */
function alertBlocks(text: string): { name: string; block: string }[] {
  const parts = text.split(/^\s*- alert: /m).slice(1);
  return parts.map((p) => ({ name: p.split('\n')[0]!.trim(), block: p }));
}

/** GitHub-style anchors of the markdown headings. */
function anchors(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9 _-]/g, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe.skipIf(!havePromtool)('ops/prometheus/alerts.yml under promtool', () => {
  it('passes `promtool check rules`', () => {
    const r = spawnSync('promtool', ['check', 'rules', alertsPath], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`SUCCESS: ${alertBlocks(alertsText).length} rules found`);
  });

  it('passes `promtool test rules` (each alert fires when it should and not before)', () => {
    const r = spawnSync('promtool', ['test', 'rules', join(repoRoot, 'ops', 'prometheus', 'alerts.test.yml')], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('SUCCESS');
  });

  it('every alert has a promtool test case', () => {
    const tests = readFileSync(join(repoRoot, 'ops', 'prometheus', 'alerts.test.yml'), 'utf8');
    for (const { name } of alertBlocks(alertsText)) expect(tests, name).toContain(`alertname: ${name}\n`);
  });
});

describe('alert rules and runbooks', () => {
  const blocks = alertBlocks(alertsText);

  it('has the alerts OPERATIONS.md names and those operators want', () => {
    expect(blocks.map((b) => b.name).sort()).toEqual(
      [
        'TesseraAttestationFailed',
        'TesseraCollateralExpiring',
        'TesseraCommitteeBelowQuorum',
        'TesseraEvidenceResolutionFailed',
        'TesseraFactsDegraded',
        'TesseraIdentityDrift',
        'TesseraNoLeader',
        'TesseraOrganismStalled',
        'TesseraTicketExpiring',
        'TesseraUpstreamMissing',
        'TesseraWalFsyncSlow',
      ].sort(),
    );
  });

  it('gives each alert a summary and a runbook link to an existing entry of incident-response.md', () => {
    const docAnchors = anchors(incidentDoc);
    for (const { name, block } of blocks) {
      expect(block, name).toMatch(/\n\s+summary: "/);
      const link = /runbook_url: "docs\/operators\/incident-response\.md#([a-z0-9-]+)"/.exec(block);
      expect(link, `${name} has no runbook_url into docs/operators/incident-response.md`).not.toBeNull();
      expect(docAnchors.has(link![1]!), `${name}: no heading for #${link![1]} in incident-response.md`).toBe(true);
      // The entry names the alert, and says how to verify and mitigate.
      const section = incidentDoc.split(/^## /m).find((s) => anchors(`## ${s.split('\n')[0]}`).has(link![1]!)) ?? '';
      expect(section, name).toContain(name);
      expect(section, name).toMatch(/\*\*Verify\*\*/);
      expect(section, name).toMatch(/\*\*Mitigate\*\*/);
      expect(section, name).toMatch(/tessera /);
    }
  });
});

describe('metrics named by the alerts and the dashboard', () => {
  let server: OpsServer | undefined;
  afterAll(async () => server?.close());

  /** The sample names of a live scrape of a populated seat's /metrics. */
  async function liveScrapeNames(): Promise<Set<string>> {
    const m = new SeatMetrics({
      organism: 'tally',
      member: 'seat-a',
      admissionRefusalReasons: ['debug_td'],
      spanned: [{ member: 'builder-1', surface: 'blocks' }],
      identity: { fingerprint: 'f'.repeat(64), stableId: 'a'.repeat(64), contentHash: 'c'.repeat(64) },
    });
    m.setCommittee([{ name: 'seat-a', up: true, attested: true }]);
    m.setRaft({ term: 1, leaderIsLocal: true, leaderKnown: true, committedIndex: 1, appliedIndex: 1 });
    m.observeWalFsync(0.001);
    m.setCollateralSecondsToExpiry(1000);
    m.setSubscriptionLag({ member: 'builder-1', surface: 'blocks' }, { seconds: 1, events: 1 });
    m.setTicketSecondsToExpiry('builder-1', 1000);
    m.slotClosed(1, 10);
    const healthy = { storageOk: true, storageRecovered: true, peerListenerUp: true, quorumKnown: true, leaderKnown: true };
    server = new OpsServer({ metrics: m, health: { health: () => healthy }, listen: '127.0.0.1:0' });
    const { port } = await server.start();
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    return sampleNames(text);
  }

  it('each exists in the catalog and in a live scrape of /metrics', async () => {
    const fromAlerts = referencedSuffixes(alertsText);
    const fromDashboard = referencedSuffixes(dashboardText);
    expect(fromAlerts.size).toBeGreaterThanOrEqual(11);
    expect(fromDashboard.size).toBeGreaterThanOrEqual(15);
    const names = await liveScrapeNames();
    const catalog = new Set(metricCatalog.map((e) => e.suffix));
    for (const suffix of new Set([...fromAlerts, ...fromDashboard])) {
      const base = suffix.replace(/_(bucket|sum|count)$/, '');
      expect(catalog.has(suffix) || catalog.has(base), `${suffix} is not in the SeatMetrics catalog`).toBe(true);
      expect(names.has(`tally_${suffix}`), `tally_${suffix} is not in a live scrape`).toBe(true);
    }
    expect(names.has('tally_no_such_metric')).toBe(false);
  });

  it('the dashboard is valid JSON whose per-member panels never aggregate across sources', () => {
    const d = JSON.parse(dashboardText) as { panels: { title: string; targets?: { expr: string }[] }[] };
    const lag = d.panels.filter((p) => /lag|horizons|drift/i.test(p.title));
    expect(lag.length).toBeGreaterThanOrEqual(3);
    for (const p of lag) for (const t of p.targets ?? []) expect(t.expr, p.title).not.toMatch(/\b(sum|avg|max|min)\b/);
    expect(d.panels.map((p) => p.title).join('\n')).toMatch(/Slot health grid/);
  });
});
