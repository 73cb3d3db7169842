import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attribution } from '../../src/engagement/attribution.js';
import type { EngagementRow } from '../../src/engagement/columns.js';
import { runAggregation } from '../../src/jobs/aggregateRun.js';
import { openActivitySource } from '../../src/jobs/openSources.js';
import { createGraphSource } from '../../src/sources/graph/graphSource.js';
import { writeTenantExport } from '../../src/sources/simulator/export/writeExport.js';
import { startSimulator, type RunningSimulator } from '../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../src/sources/simulator/tenantGenerator.js';
import { simulatorGraphConfig } from '../../src/sources/simulator/server/clientSetup.js';

const asOf = Date.parse('2026-11-01T00:00:00Z');
const tenant = generateTenant({ seed: 11, asOf });
const attribution = new Attribution(tenant.dataset, { internalDomains: tenant.organizationDomains });
let simulator: RunningSimulator;

beforeAll(async () => {
  simulator = await startSimulator({ tenant });
});
afterAll(async () => {
  await simulator.close();
});

async function throughGraph(): Promise<EngagementRow[]> {
  const graph = await createGraphSource(
    simulatorGraphConfig(simulator),
    { entries: tenant.mailboxes(), asOf },
  );
  try {
    const run = await runAggregation({ sources: [graph.source], monitored: null, asOf, attribution });
    expect(graph.statuses().every((status) => status.status === 'ok')).toBe(true);
    return run.result.rows;
  } finally {
    await graph.close();
  }
}

async function throughExport(): Promise<EngagementRow[]> {
  const written = await writeTenantExport(tenant, await mkdtemp(join(tmpdir(), 'rapport-two-paths-')));
  const sources = [
    await openActivitySource({ kind: 'maildir', path: written.maildir }, { mailboxMap: written.mailboxMap }),
    await openActivitySource({ kind: 'jsonl', path: written.meetingsJsonl }),
  ];
  const run = await runAggregation({ sources, monitored: tenant.mailboxes(), asOf, attribution });
  return run.result.rows;
}

describe('one tenant, two paths', () => {
  it('gives the same engagement table through Microsoft Graph as through its written mail export', async () => {
    const [graphRows, exportRows] = [await throughGraph(), await throughExport()];
    expect(graphRows.filter((row) => row.NoOfEmails_ToAccount > 0 && row.NoOfMeetings_ToAccount > 0).length).toBeGreaterThan(20);
    expect(graphRows.some((row) => row.AverageDuration_Of_AccountEmailReplies !== null)).toBe(true);
    expect(exportRows).toEqual(graphRows);
  }, 120_000);

  it('never asked Graph for a body, preview, subject or attachment', () => {
    const forbidden = /^(body|bodyPreview|uniqueBody|subject|attachments|hasAttachments)$/i;
    expect(simulator.record.selects.length).toBeGreaterThan(0);
    for (const { path, select } of simulator.record.selects) {
      expect(select.filter((field) => forbidden.test(field)), path).toEqual([]);
    }
  });
});
