/** Data for `cards/runProgress.json`: one enrichment run's progress, then its summary. */
import type { RunProgressEvent } from '../../jobs/runs/runProgress.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { formatDateTime, formatDuration } from '../admin/adminFormat.js';
import { clipText, fallbackText, type Fact } from './shared.js';

/** Problems named on the card; the rest are counted ("and 12 more mailboxes"). */
export const PROBLEMS_SHOWN = 10;
const ERROR_MAX_LENGTH = 300;
const MAILBOX_MAX_LENGTH = 254;

export interface RunProgressView {
  /** The last event; null before the run reported anything. */
  event: RunProgressEvent | null;
  startedAt: number;
  /** When the finished or failed event arrived. */
  endedAt?: number;
  /** Shown when "run now" found this run already under way. */
  alreadyRunning?: boolean;
  timeZone: string;
}

export interface RunProgressCardData {
  fallbackText: string;
  title: string;
  startedText: string;
  hasNote: boolean;
  note: string;
  statusStyle: 'default' | 'accent' | 'good' | 'warning' | 'attention';
  statusText: string;
  hasSummary: boolean;
  summary: Fact[];
  hasProblems: boolean;
  problemsTitle: string;
  problems: { text: string }[];
  hasMoreProblems: boolean;
  moreProblems: string;
}

function statusOf(event: RunProgressEvent | null, catalog: Catalog): Pick<RunProgressCardData, 'statusStyle' | 'statusText'> {
  if (event === null) return { statusStyle: 'accent', statusText: catalog.t('progress.starting') };
  switch (event.phase) {
    case 'resolving': return { statusStyle: 'accent', statusText: catalog.t('progress.resolving') };
    case 'reading': return {
      statusStyle: 'accent',
      statusText: catalog.t('progress.reading', { done: event.done, total: event.total, mailbox: escapeMarkdown(clipText(event.mailbox, MAILBOX_MAX_LENGTH)) }),
    };
    case 'aggregating': return { statusStyle: 'accent', statusText: catalog.t('progress.aggregating') };
    case 'saving': return { statusStyle: 'accent', statusText: catalog.t('progress.saving') };
    case 'finished': return event.summary.problems.length > 0
      ? { statusStyle: 'warning', statusText: catalog.t('progress.finishedWithProblems') }
      : { statusStyle: 'good', statusText: catalog.t('progress.finished') };
    case 'failed': return { statusStyle: 'attention', statusText: catalog.t('progress.failed', { error: escapeMarkdown(clipText(event.error, ERROR_MAX_LENGTH)) }) };
    case 'stopped': return { statusStyle: 'warning', statusText: catalog.t('progress.stopped') };
  }
}

export function runProgressCardData(view: RunProgressView, catalog: Catalog): RunProgressCardData {
  const { event } = view;
  const summary = event?.phase === 'finished' ? event.summary : null;
  const count = (value: number) => catalog.formatNumber(value);
  const problems = summary?.problems ?? [];
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const hidden = problems.length - shown.length;
  const facts: Fact[] = summary
    ? [
        { title: catalog.t('progress.mailboxes'), value: count(summary.mailboxes) },
        { title: catalog.t('progress.emails'), value: count(summary.distinctEmails) },
        { title: catalog.t('progress.meetings'), value: count(summary.distinctMeetings) },
        { title: catalog.t('progress.accounts'), value: count(summary.accounts) },
        { title: catalog.t('progress.resumed'), value: count(summary.resumedMailboxes) },
      ]
    : [];
  if (summary && view.endedAt !== undefined) facts.push({ title: catalog.t('progress.duration'), value: formatDuration(view.endedAt - view.startedAt, catalog) });
  const title = catalog.t('progress.title');
  const status = statusOf(event, catalog);
  return {
    fallbackText: fallbackText(title, status.statusText),
    title,
    startedText: catalog.t('progress.started', { time: formatDateTime(view.startedAt, catalog, view.timeZone) }),
    hasNote: view.alreadyRunning === true,
    note: catalog.t('progress.alreadyRunning'),
    ...status,
    hasSummary: facts.length > 0,
    summary: facts,
    hasProblems: shown.length > 0,
    problemsTitle: catalog.t('progress.problemsTitle'),
    problems: shown.map((problem) => ({
      text: catalog.t('progress.problem', {
        mailbox: escapeMarkdown(clipText(problem.mailbox, MAILBOX_MAX_LENGTH)),
        error: escapeMarkdown(clipText(problem.error, ERROR_MAX_LENGTH)),
      }),
    })),
    hasMoreProblems: hidden > 0,
    moreProblems: hidden > 0 ? catalog.t('progress.moreProblems', { count: hidden }) : '',
  };
}
