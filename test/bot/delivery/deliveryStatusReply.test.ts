/** "delivery status" as the admin reads it: the counts, why messages failed, who cannot be reached. */
import { describe, expect, it } from 'vitest';
import type { DeliveryStatus } from '../../../src/alerts/deliveryStatus.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { deliveryStatusReply } from '../../../src/bot/delivery/deliveryStatusReply.js';
import { expectValidCard, factsOf, textsOf } from '../cards/cardTree.js';

const catalog = catalogFor('en-GB');
const empty: DeliveryStatus = {
  total: 0, sent: 0, pending: 0, retrying: 0, dead: 0, deadReasons: [], deadLetters: [],
  unreachableUsers: [], unreachableMessages: 0, interrupted: 0, nextAttemptAt: null,
};

function cardOf(status: DeliveryStatus) {
  const reply = deliveryStatusReply(status, catalog, 'Europe/London');
  if (!('card' in reply)) throw new Error('expected a card');
  expectValidCard(reply.card);
  return reply.card;
}

describe('delivery status', () => {
  it('says nothing was sent yet on an empty outbox', () => {
    expect(textsOf(cardOf(empty)).join(' ')).toContain('Nothing has been sent yet');
  });

  it('counts each state, names failure reasons and the people not reached, and the next retry in the tenant time zone', () => {
    const people = Array.from({ length: 12 }, (_, i) => `user${i}@contoso.example`);
    const facts = Object.fromEntries(factsOf(cardOf({
      ...empty, total: 40, sent: 30, pending: 2, retrying: 3, dead: 2, interrupted: 1,
      deadReasons: [{ reason: '403 Forbidden', count: 2 }], unreachableUsers: people, unreachableMessages: 12,
      nextAttemptAt: Date.parse('2026-07-01T09:30:00Z'),
    })).map((fact) => [fact.title.replace(/\\/g, ''), fact.value.replace(/\\/g, '')]));
    expect(facts).toMatchObject({
      Sent: '30', Waiting: '2', Retrying: '3', 'Failed for good': '2', 'Failed: 403 Forbidden': '2',
      'Resent after a restart (may have arrived twice)': '1',
    });
    expect(facts['People I can’t reach (Rapport not installed)']).toBe(`${people.slice(0, 10).join(', ')} and 2 more`);
    expect(facts['Next retry']).toContain('10:30');
  });
});
