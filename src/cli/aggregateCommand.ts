/** `rapport aggregate`: sources + customer dataset → engagement table (and ties, health, a segment). */
import cliProgress from 'cli-progress';
import { Attribution } from '../engagement/attribution.js';
import type { EngagementRow } from '../engagement/columns.js';
import { compileSegment, filterSegment } from '../engagement/segments.js';
import { computeTies } from '../engagement/ties.js';
import { runAggregation, type RunProgress, type RunSummary } from '../jobs/aggregateRun.js';
import { openGraphSource } from '../jobs/graphSourceOpener.js';
import { openActivitySource } from '../jobs/openSources.js';
import type { GraphSource } from '../sources/graph/graphSource.js';
import { healthForExport, tiesForExport, writeJson, writeRows } from '../jobs/tableExport.js';
import { readCustomerCsv, type DatasetReport } from '../sources/contacts/csvDataset.js';
import { parseAggregateOptions } from './aggregateOptions.js';

export interface CommandIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export async function aggregateCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseAggregateOptions(argv);
  // Compile the segment first: a typo should not cost a whole run.
  const segment = options.segment === null ? null : compileSegment(options.segment);
  const { dataset, report } = await readCustomerCsv(options.contacts, options.mapping);
  const attribution = new Attribution(dataset, { internalDomains: options.internalDomains, extraPublicDomains: options.publicDomains });
  const graph = options.graph ? await openGraphSource(options.graph, options.mailboxes ?? [], options.asOf) : null;
  const sources = graph ? [graph.source] : await Promise.all(options.sources.map((spec) => openActivitySource(spec, { mailboxMap: options.mailboxMap })));

  const progress = io.stderr.isTTY ? progressBar(io.stderr) : null;
  const run = await runAggregation({
    sources, monitored: graph ? null : options.mailboxes, asOf: options.asOf, attribution, options: { levels: options.levels },
    onProgress: progress?.update,
  }).finally(async () => {
    progress?.stop();
    await graph?.close();
  });

  await writeRows(options.out, run.result.rows);
  if (options.ties) await writeJson(options.ties, tiesForExport(run.result.index, computeTies(run.result.index)));
  if (options.health) await writeJson(options.health, healthForExport(run.result.health));
  if (graph) io.stderr.write(graphText(graph));
  io.stderr.write(summaryText(run.summary, report, dataset.accounts.length, options.out, run.result.rows.length));
  if (segment) io.stdout.write(segmentText(filterSegment(run.result.rows.filter((row) => row.AggregationLevel === 'Year'), segment)));
  return 0;
}

function progressBar(stream: NodeJS.WritableStream): { update: (progress: RunProgress) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar({ stream, format: 'reading {bar} {value}/{total} mailboxes | {stream}', hideCursor: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update: (progress) => {
      if (!started) bar.start(progress.streamsTotal ?? 0, 0, { stream: '' });
      started = true;
      bar.update(progress.streamsDone, { stream: progress.stream });
    },
    stop: () => started && bar.stop(),
  };
}

const number = (value: number) => value.toLocaleString('en-US');

function summaryText(summary: RunSummary, report: DatasetReport, accounts: number, out: string, rows: number): string {
  const skipped = Object.entries(summary.skipped).filter(([, count]) => count > 0).map(([reason, count]) => `${reason} ${number(count)}`);
  const contactIssues = [
    report.invalidEmails > 0 ? `${number(report.invalidEmails)} invalid emails` : '',
    report.duplicateContacts > 0 ? `${number(report.duplicateContacts)} duplicate contacts` : '',
  ].filter(Boolean);
  return [
    `mailboxes: ${number(summary.mailboxes)}; distinct emails: ${number(summary.distinctEmails)}; distinct meetings: ${number(summary.distinctMeetings)}`,
    `skipped: ${skipped.length > 0 ? skipped.join(', ') : 'none'}${summary.itemsFromUnmonitoredMailboxes > 0 ? `; items from unmonitored mailboxes: ${number(summary.itemsFromUnmonitoredMailboxes)}` : ''}`,
    `contacts: ${number(report.contacts)} in ${number(accounts)} accounts${contactIssues.length > 0 ? ` (${contactIssues.join(', ')})` : ''}`,
    `accounts with activity: ${number(summary.accountsWithActivity)} of ${number(accounts)}`,
    `ambiguous domains: ${summary.ambiguousDomains.length > 0 ? summary.ambiguousDomains.join(', ') : 'none'}`,
    `wrote ${out} (${number(rows)} rows)`,
    '',
  ].join('\n');
}

/** What the directory could not resolve, and the mailboxes that failed (the run went on without them). */
function graphText(graph: GraphSource): string {
  const { unknownEntries, withoutMailbox } = graph.directory;
  const failed = graph.statuses().filter((status) => status.status === 'failed');
  return [
    unknownEntries.length > 0 ? `unknown users or groups: ${unknownEntries.join(', ')}` : '',
    withoutMailbox.length > 0 ? `members without a mailbox: ${withoutMailbox.map((member) => member.displayName || member.objectId).join(', ')}` : '',
    ...failed.map((status) => `mailbox ${status.address} failed after ${number(status.items)} items: ${status.error ?? 'unknown error'}`),
  ].filter(Boolean).map((line) => `${line}\n`).join('');
}

function segmentText(rows: readonly EngagementRow[]): string {
  const lines = rows.map((row) => `${row.AccountId}\t${row.AccountName}\t${row.EngagementScore}\t${row.DaysSinceLastEmail ?? '-'}\t${row.DaysSinceLastMeeting ?? '-'}`);
  return [`${number(rows.length)} accounts match`, 'AccountId\tAccountName\tEngagementScore\tDaysSinceLastEmail\tDaysSinceLastMeeting', ...lines, ''].join('\n');
}
