import { describe, expect, it } from 'vitest';
import { planStaleAlerts, staleAccountIds, type AlertMessage } from '../../src/alerts/staleAlerts.js';
import { catalogFor } from '../../src/bot/catalog/catalog.js';
import { alertCard } from '../../src/bot/cardData/staleAlert.js';
import { actionsOf, expectValidCard, factsOf, textsOf } from '../bot/cards/cardTree.js';
import { AS_OF, insightsAt, type AccountState } from './insightsFixtures.js';

const catalog = catalogFor('en-GB');
const HOSTILE = '*Evil* [link](http://x) _under_';

function messages(current: AccountState[], previous: AccountState[] | null): AlertMessage[] {
  return planStaleAlerts({
    runId: 'r', current: insightsAt(AS_OF, current), staleBefore: previous && staleAccountIds(insightsAt(AS_OF - 86_400_000, previous)),
    owners: new Map(current.map((account) => [account.id, 'owner'])), watchersOf: () => [], snoozes: [], mutes: [], now: AS_OF, lastDigestAt: null,
  }).messages;
}

describe('alert cards', () => {
  it('the stale alert: account, days since email and meeting, who last talked with them, and the four actions', () => {
    const [alert] = messages([{ id: 'contoso', name: HOSTILE, email: 61, meeting: null, contacts: [{ address: 'ann@us.example', daysAgo: 61 }] }], [{ id: 'contoso', email: 1, meeting: 1 }]);
    const card = alertCard(alert!, catalog);
    expectValidCard(card);
    expect(textsOf(card)[0]).toBe('\\*Evil\\* \\[link\\]\\(http://x\\) \\_under\\_ is going quiet');
    expect(factsOf(card)).toEqual([
      { title: 'Last email', value: '61 days ago' },
      { title: 'Last meeting', value: 'never' },
      { title: 'Last talked with them', value: 'ann@us\\.example, 61 days ago' },
    ]);
    expect(actionsOf(card).map((action) => [action['title'], action['verb'], action['data']])).toEqual([
      ['Snooze 30 days', 'snoozeAccount', { accountId: 'contoso', days: 30 }],
      ['Mute this account', 'muteAccount', { accountId: 'contoso' }],
      ['Who knows someone there?', 'whoKnows', { accountId: 'contoso' }],
      ['Show engagement', 'engagement', { accountId: 'contoso' }],
    ]);
  });

  it('the digest lists 20 accounts and says how many more', () => {
    const accounts = Array.from({ length: 25 }, (_, i) => ({ id: `a${String(i).padStart(2, '0')}`, email: 90, meeting: 90 }));
    const [digest] = messages(accounts, null);
    const card = alertCard(digest!, catalog);
    expectValidCard(card);
    const texts = textsOf(card);
    expect(texts).toContain('a19');
    expect(texts).not.toContain('a20');
    expect(texts).toContain('and 5 more accounts');
  });

  it('the back-to-life note is a short message', () => {
    const [note] = planStaleAlerts({
      runId: 'r', current: insightsAt(AS_OF, [{ id: 'litware', email: 3, meeting: 80 }]), staleBefore: new Set(['litware']),
      owners: new Map(), watchersOf: () => ['watcher'], snoozes: [], mutes: [], now: AS_OF, lastDigestAt: AS_OF,
    }).messages;
    const card = alertCard(note!, catalog);
    expectValidCard(card);
    expect(textsOf(card)).toContain('litware is active again');
  });
});
