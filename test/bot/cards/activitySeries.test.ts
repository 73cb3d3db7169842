import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { emailAndMeetingFacts } from '../../../src/bot/cardData/activitySeries.js';

describe('chart facts (what hosts without native charts show)', () => {
  it('counts emails and meetings in the singular and the plural', () => {
    const catalog = catalogFor('en-US');
    const facts = emailAndMeetingFacts(
      [{ start: '2026-01-01', emails: 1, meetings: 1 }, { start: '2026-02-01', emails: 0, meetings: 3 }],
      (start) => start,
      catalog,
    );
    expect(facts.map((fact) => fact.value)).toEqual(['1 email, 1 meeting', '0 emails, 3 meetings']);
  });
});
