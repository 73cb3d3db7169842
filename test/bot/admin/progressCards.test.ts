import { describe, expect, it } from 'vitest';
import { RunProgressCards, type CardActivitySink, type Reference } from '../../../src/bot/admin/progressCards.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import type { AdaptiveCard } from '../../../src/bot/cards.js';
import type { RunService } from '../../../src/jobs/admin/adminServices.js';
import type { CheckpointedRunSummary, RunProgressEvent } from '../../../src/jobs/runs/runProgress.js';
import { cardText, unescapeMarkdown } from '../conversations/fixtures.js';
import { manualTimer } from './adminFixtures.js';

const catalog = catalogFor('en-GB');
const T0 = Date.parse('2026-11-04T10:15:00Z');
const REFERENCE: Reference = { conversation: { id: 'admin-chat', isGroup: false, conversationType: 'personal', name: '' }, serviceUrl: 'https://smba.example' };

function fakeRuns() {
  const listeners = new Set<(runId: string, event: RunProgressEvent) => void>();
  const runs: Pick<RunService, 'onProgress' | 'current'> = {
    onProgress: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    current: () => null,
  };
  return { runs, emit: (runId: string, event: RunProgressEvent) => listeners.forEach((listener) => listener(runId, event)) };
}

function recordingSink() {
  const sent: AdaptiveCard[] = [];
  const updates: { activityId: string; card: AdaptiveCard }[] = [];
  const sink: CardActivitySink = {
    send: async (_reference, card) => (sent.push(card), `activity-${sent.length}`),
    update: async (_reference, activityId, card) => void updates.push({ activityId, card }),
  };
  return { sink, sent, updates };
}

/** The status line: the text in the card's status box. */
function statusOf(card: AdaptiveCard): string {
  const box = card.body.find((element) => (element as { type: string }).type === 'Container') as { items: { text: string }[] };
  return unescapeMarkdown(box.items[0]!.text);
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const SUMMARY: CheckpointedRunSummary = {
  mailboxes: 3, distinctEmails: 1234, distinctMeetings: 56, skipped: {}, itemsFromUnmonitoredMailboxes: 0, accountsWithActivity: 7,
  ambiguousDomains: [], resumedMailboxes: 1, accounts: 7,
  problems: [{ mailbox: 'cara_*x*@contoso.example', error: 'mailbox not found (404)' }],
};

function setUp() {
  const { timer, advanceTo } = manualTimer(T0);
  const { runs, emit } = fakeRuns();
  const recording = recordingSink();
  const cards = new RunProgressCards({ runs, sink: recording.sink, timer, timeZone: 'Europe/London' });
  return { cards, emit, advanceTo, ...recording };
}

describe('the run progress card', () => {
  it('updates one card in place, at most every 2 s within a phase, every phase change at once, ending with the summary', async () => {
    const { cards, emit, advanceTo, updates, sent } = setUp();
    emit('run-1', { phase: 'resolving' });
    emit('run-2', { phase: 'saving' });
    const handle = await cards.follow(REFERENCE, 'run-1', catalog, { activityId: 'reply-1', startedAt: T0 });
    await settle();

    await advanceTo(T0 + 100);
    emit('run-1', { phase: 'reading', done: 1, total: 3, mailbox: 'ann@contoso.example' });
    await advanceTo(T0 + 500);
    emit('run-1', { phase: 'reading', done: 2, total: 3, mailbox: 'bo@contoso.example' });
    await advanceTo(T0 + 900);
    emit('run-1', { phase: 'reading', done: 3, total: 3, mailbox: 'cara_*x*@contoso.example' });
    await settle();
    expect(updates.map((update) => statusOf(update.card))).toEqual(['Resolving mailboxes', 'Reading 1 of 3 mailboxes (ann@contoso.example)']);

    await advanceTo(T0 + 2_100);
    await settle();
    await advanceTo(T0 + 2_200);
    emit('run-1', { phase: 'aggregating' });
    emit('run-1', { phase: 'saving' });
    await advanceTo(T0 + 65_000);
    emit('run-1', { phase: 'finished', summary: SUMMARY });
    await handle.done;

    expect(sent).toEqual([]);
    expect(updates.every((update) => update.activityId === 'reply-1')).toBe(true);
    expect(updates.map((update) => statusOf(update.card))).toEqual([
      'Resolving mailboxes',
      'Reading 1 of 3 mailboxes (ann@contoso.example)',
      'Reading 3 of 3 mailboxes (cara_*x*@contoso.example)',
      'Aggregating',
      'Saving',
      'Finished, but some mailboxes could not be read completely',
    ]);
    const final = cardText(updates.at(-1)!.card);
    expect(final).toContain('Started Wed, 4 Nov 2026, 10:15');
    for (const fact of ['Mailboxes\n3', 'Emails\n1,234', 'Meetings\n56', 'Accounts enriched\n7', 'Mailboxes resumed from a checkpoint\n1', 'Duration\n1 min 5 s']) {
      expect(final).toContain(fact);
    }
    expect(final).toContain('Mailboxes not read completely\ncara_*x*@contoso.example: mailbox not found (404)');
    // Mailbox addresses are shown literally, not as markdown.
    expect(JSON.stringify(updates.at(-1)!.card)).toContain(String.raw`cara\\_\\*x\\*@contoso\\.example: mailbox not found \\(404\\)`);
  });

  it('never loses the final state: the end replaces a pending update, and nothing follows it', async () => {
    const { cards, emit, advanceTo, updates } = setUp();
    const handle = await cards.follow(REFERENCE, 'run-1', catalog, { activityId: 'reply-1', startedAt: T0 });
    emit('run-1', { phase: 'reading', done: 1, total: 2, mailbox: 'ann@contoso.example' });
    await advanceTo(T0 + 300);
    emit('run-1', { phase: 'reading', done: 2, total: 2, mailbox: 'bo@contoso.example' });
    await advanceTo(T0 + 400);
    emit('run-1', { phase: 'failed', error: 'The tenant refused the token: [AADSTS7000215]' });
    await handle.done;
    await advanceTo(T0 + 10_000);
    emit('run-1', { phase: 'reading', done: 2, total: 2, mailbox: 'late@contoso.example' });
    await settle();
    expect(updates.map((update) => statusOf(update.card))).toEqual([
      'Reading 1 of 2 mailboxes (ann@contoso.example)',
      'The run failed: The tenant refused the token: [AADSTS7000215]',
    ]);
  });

  it('sends a new card when none was sent, and shows the end of a run that finished before it was followed', async () => {
    const { cards, emit, sent, updates } = setUp();
    emit('run-9', { phase: 'finished', summary: { ...SUMMARY, problems: [] } });
    const handle = await cards.follow(REFERENCE, 'run-9', catalog, { startedAt: T0 });
    await handle.done;
    expect(handle.activityId).toBe('activity-1');
    expect(sent.map(statusOf)).toEqual(['Finished']);
    expect(cardText(sent[0]!)).not.toContain('Mailboxes not read completely');
    expect(updates).toEqual([]);
  });

  it('follows a scheduled run from its first event with a card of its own', async () => {
    const { cards, emit, sent, updates } = setUp();
    const handle = await cards.follow(REFERENCE, 'run-3', catalog, { startedAt: T0 });
    expect(sent.map(statusOf)).toEqual(['Starting']);
    emit('run-3', { phase: 'resolving' });
    emit('run-3', { phase: 'finished', summary: SUMMARY });
    await handle.done;
    expect(updates.map((update) => [update.activityId, statusOf(update.card)])).toEqual([
      ['activity-1', 'Resolving mailboxes'],
      ['activity-1', 'Finished, but some mailboxes could not be read completely'],
    ]);
  });
});

describe('the CloudAdapter sink', () => {
  it('sends the card through the stored conversation and updates that same activity', async () => {
    const { cloudAdapterSink } = await import('../../../src/bot/admin/progressCards.js');
    const calls: { appId: string; reference: Reference; kind: string; activity: Record<string, unknown> }[] = [];
    const adapter = {
      async continueConversationAsync(appId: string, reference: Reference, logic: (context: unknown) => Promise<void>) {
        await logic({
          sendActivity: async (activity: Record<string, unknown>) => (calls.push({ appId, reference, kind: 'send', activity }), { id: 'teams-activity-1' }),
          updateActivity: async (activity: Record<string, unknown>) => void calls.push({ appId, reference, kind: 'update', activity }),
        });
      },
    };
    const sink = cloudAdapterSink(adapter as never, 'app-id');
    const card: AdaptiveCard = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Saving' }] };
    expect(await sink.send(REFERENCE, card)).toBe('teams-activity-1');
    await sink.update(REFERENCE, 'teams-activity-1', card);
    expect(calls.map((call) => [call.appId, call.kind, call.activity['id'], (call.activity['attachments'] as { content: unknown }[])[0]!.content])).toEqual([
      ['app-id', 'send', undefined, card],
      ['app-id', 'update', 'teams-activity-1', card],
    ]);
    expect(calls.every((call) => call.reference === REFERENCE)).toBe(true);
  });
});
