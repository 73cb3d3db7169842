import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/engagement/activity.js';
import { idempotencyKey, planStaleAlerts, staleAccountIds, type AlertMessage, type StaleAlertInput } from '../../src/alerts/staleAlerts.js';
import { AS_OF, insightsAt } from './insightsFixtures.js';

const WEEK = 7 * DAY_MS;
const previous = insightsAt(AS_OF - WEEK, [
  { id: 'contoso', email: 10, meeting: 20 }, // active → goes stale
  { id: 'fabrikam', email: 70, meeting: null }, // stale → still stale
  { id: 'litware', email: 90, meeting: 61 }, // stale → comes back
  { id: 'woodgrove', email: 5, meeting: 5 }, // active → active
]);
const current = insightsAt(AS_OF, [
  { id: 'contoso', name: 'Contoso', email: 61, meeting: 65, contacts: [{ address: 'ann@us.example', daysAgo: 70 }, { address: 'bo@us.example', daysAgo: 61 }] },
  { id: 'fabrikam', email: 77, meeting: null },
  { id: 'litware', email: 2, meeting: 68 },
  { id: 'woodgrove', email: 12, meeting: 12 },
], { 'bo@us.example': 'Bo Berg' });

function input(overrides: Partial<StaleAlertInput> = {}): StaleAlertInput {
  const watchers: Record<string, string[]> = { contoso: ['u-owner', 'u-watch'], fabrikam: ['u-watch'], litware: ['u-watch', 'u-owner'] };
  return {
    runId: 'run-2', staleBefore: staleAccountIds(previous), current, now: AS_OF, lastDigestAt: AS_OF - WEEK,
    owners: new Map([['contoso', 'u-owner'], ['fabrikam', 'u-owner'], ['litware', 'u-owner']]),
    watchersOf: (accountId) => watchers[accountId] ?? [],
    snoozes: [], mutes: [],
    ...overrides,
  };
}

const summary = (messages: AlertMessage[]) => messages.map((m) => `${m.kind} ${m.kind === 'digest' ? m.accounts.map((a) => a.accountId).join('+') : m.account.accountId} → ${m.recipientKey}`);

describe('planStaleAlerts', () => {
  it('alerts owner and watchers once each for a newly stale account, digests the still stale, tells watchers of the revived', () => {
    const plan = planStaleAlerts(input());
    expect(summary(plan.messages)).toEqual([
      'staleAlert contoso → u-owner', // the owner also watches: one alert
      'staleAlert contoso → u-watch',
      'backToLife litware → u-watch', // watchers only, and the owner is one of them
      'backToLife litware → u-owner',
      'digest fabrikam → u-owner',
      'digest fabrikam → u-watch',
    ]);
    expect(plan.staleAccountIds).toEqual(['contoso', 'fabrikam']);
    expect(plan.includesDigest).toBe(true);
  });

  it('states the facts the card shows: days since email and meeting, and who last talked with them', () => {
    const alert = planStaleAlerts(input()).messages[0]!;
    expect(alert).toMatchObject({
      kind: 'staleAlert', thresholdDays: 60, asOf: AS_OF, windowDays: 365,
      account: { accountId: 'contoso', accountName: 'Contoso', daysSinceLastEmail: 61, daysSinceLastMeeting: 65, lastContact: { address: 'bo@us.example', name: 'Bo Berg', at: AS_OF - 61 * DAY_MS } },
    });
  });

  it('leaves out snoozed (until their time) and muted recipients', () => {
    const plan = planStaleAlerts(input({
      snoozes: [{ userKey: 'u-watch', accountId: 'contoso', until: AS_OF + 30 * DAY_MS }, { userKey: 'u-owner', accountId: 'contoso', until: AS_OF }],
      mutes: [{ userKey: 'u-owner', accountId: 'fabrikam' }, { userKey: 'u-watch', accountId: 'litware' }],
    }));
    expect(summary(plan.messages)).toEqual([
      'staleAlert contoso → u-owner', // the owner's snooze ended exactly now
      'backToLife litware → u-owner',
      'digest fabrikam → u-watch',
    ]);
  });

  it('sends the digest only once a week has passed since the last one', () => {
    const early = planStaleAlerts(input({ lastDigestAt: AS_OF - WEEK + 1 }));
    expect(early.includesDigest).toBe(false);
    expect(early.messages.filter((m) => m.kind === 'digest')).toEqual([]);
  });

  it('adds a channel digest of every stale account when a channel is configured', () => {
    const digest = planStaleAlerts(input({ digestChannel: '19:team@thread.skype' })).messages.at(-1)!;
    expect(summary([digest])).toEqual(['digest contoso+fabrikam → channel:19:team@thread.skype']);
    expect(digest).toMatchObject({ audience: 'channel' });
  });

  it('alerts nobody on the first run: its stale accounts go to the digest', () => {
    const plan = planStaleAlerts(input({ staleBefore: null, lastDigestAt: null }));
    expect(summary(plan.messages)).toEqual(['digest contoso+fabrikam → u-owner', 'digest contoso+fabrikam → u-watch']);
  });

  it('honours a configured threshold', () => {
    const plan = planStaleAlerts(input({ thresholdDays: 75, staleBefore: staleAccountIds(previous, 75) }));
    // at 75 days: fabrikam (77, never) is newly stale, contoso and litware are not stale in either run
    expect(summary(plan.messages)).toEqual(['staleAlert fabrikam → u-owner', 'staleAlert fabrikam → u-watch']);
  });

  it('derives unique, stable idempotency keys from run, kind, account and recipient', () => {
    const first = planStaleAlerts(input()).messages.map((m) => m.key);
    expect(planStaleAlerts(input()).messages.map((m) => m.key)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first[0]).toBe(idempotencyKey('run-2', 'staleAlert', 'contoso', 'u-owner'));
    expect(idempotencyKey('a:b', 'staleAlert', 'c', 'd')).not.toBe(idempotencyKey('a', 'staleAlert', 'b:c', 'd'));
    expect(planStaleAlerts(input({ runId: 'run-3' })).messages[0]!.key).not.toBe(first[0]);
  });
});
