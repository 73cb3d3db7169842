/** `rapport demo`: aggregates the built-in demo tenant and prints its top and stale accounts. */
import { Attribution } from '../engagement/attribution.js';
import type { EngagementRow } from '../engagement/columns.js';
import type { AccountHealth } from '../engagement/engine.js';
import { runAggregation } from '../jobs/aggregateRun.js';
import { tenantSource } from '../jobs/tenantSource.js';
import { generateTenant } from '../sources/simulator/tenantGenerator.js';
import type { CommandIo } from './aggregateCommand.js';
import { demoTenantFlags, parseFlags } from './flags.js';

const TOP = 10;

export async function demoCommand(argv: string[], io: CommandIo): Promise<number> {
  const values = parseFlags(argv, { 'as-of': { type: 'string' }, seed: { type: 'string' } });
  const { seed, asOf } = demoTenantFlags(values, Date.now());

  const tenant = generateTenant({ seed, asOf });
  const attribution = new Attribution(tenant.dataset, { internalDomains: tenant.organizationDomains });
  const { result, summary } = await runAggregation({ sources: [tenantSource(tenant)], monitored: null, asOf, attribution, options: { levels: ['Year'] } });

  const healthById = new Map(result.health.map((health) => [health.accountId, health]));
  const ranked = result.rows.filter((row) => row.EngagementScore > 0).sort((a, b) => b.EngagementScore - a.EngagementScore || a.AccountName.localeCompare(b.AccountName));
  const stale = new Set(result.health.filter((health) => health.stale).map((health) => health.accountId));
  io.stdout.write([
    `Rapport demo: ${tenant.organizationName}, ${summary.mailboxes} mailboxes, ${summary.distinctEmails.toLocaleString('en-US')} emails and ${summary.distinctMeetings.toLocaleString('en-US')} meetings, as of ${new Date(asOf).toISOString().slice(0, 10)}`,
    '',
    `Top ${TOP} accounts by engagement (last 365 days):`,
    table(ranked.slice(0, TOP), healthById),
    '',
    `Going cold (no email or meeting for over 60 days): ${stale.size} account${stale.size === 1 ? '' : 's'}`,
    ...result.rows.filter((row) => stale.has(row.AccountId)).map((row) => `  ${row.AccountName}: last email ${days(row.DaysSinceLastEmail)}, last meeting ${days(row.DaysSinceLastMeeting)}`),
    '',
  ].join('\n'));
  return 0;
}

function days(value: number | null): string {
  return value === null ? 'never' : value === 1 ? '1 day ago' : `${value} days ago`;
}

function table(rows: readonly EngagementRow[], healthById: ReadonlyMap<string, AccountHealth>): string {
  const header = ['Score', 'Account', 'Emails to/from', 'Meetings', 'Last email', 'Health'];
  const lines = rows.map((row) => {
    const health = healthById.get(row.AccountId);
    return [
      String(row.EngagementScore), row.AccountName, `${row.NoOfEmails_ToAccount}/${row.NoOfEmails_FromAccount}`,
      String(row.NoOfMeetings_ToAccount + row.NoOfMeetings_FromAccount), days(row.DaysSinceLastEmail),
      health?.health == null ? '-' : `${health.health} ${health.band}${health.trend ? ` (${health.trend})` : ''}`,
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  return [header, ...lines].map((line) => '  ' + line.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
