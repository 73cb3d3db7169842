import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../../src/bot/catalog/catalog.js';
import { relationshipStatusReply } from '../../../../src/bot/dialogs/relationshipIntelligence/relationshipStatus.js';
import { MAX_PREFILL_CHARS } from '../../../../src/bot/dialogs/wizardText.js';
import type { ReferencesRepository, RelationshipSettings } from '../../../../src/store/rapportStore.js';
import { ADMIN, DAY, NOW, SELLER, errorOf, facts, fakeDirectory, inputs, said, setup, stepTitle, submit, texts, wizardClient, type Member } from './fakes.js';

const PENDING: RelationshipSettings = {
  enabledAt: NOW - 5 * DAY, enabledBy: ADMIN.aadObjectId, groups: ['Sales EMEA'], members: ['ann@contoso.com', 'bob@contoso.com'],
  exchangeIntegration: true, exchangeRegions: ['Europe'], identifiableConsentAt: null, switchedOffAt: null,
};

async function resave(initial: RelationshipSettings) {
  const context = setup({ initial });
  const test = wizardClient(context.services);
  await test.sendActivity('enable');
  await test.sendActivity(submit('overview'));
  await test.sendActivity(submit('groups', { groups: 'Sales US' }));
  await test.sendActivity(submit('exchange', { exchange: 'true' }));
  const review = await test.sendActivity(submit('regions', { region1: 'true' }));
  const saved = await test.sendActivity(submit('review', {}, 'save'));
  return { ...context, review, saved };
}

describe('enable relationship intelligence, saved again', () => {
  it('keeps the 14-day deadline while consent is pending', async () => {
    const { settings, review, saved } = await resave(PENDING);
    expect(texts(review)).toContain('The identifiable-insights consent is still pending: without it, who knows whom switches off on Fri, 11 Dec 2026, 14:00, as when it was first enabled. Saving does not move that date.');
    expect(settings.saved).toEqual([{ ...PENDING, groups: ['Sales US'], members: ['bob@contoso.com', 'cy@contoso.com'] }]);
    expect(texts(saved)[1]).toBe('It is on and waiting for the identifiable-insights consent. Without it, who knows whom switches off on Fri, 11 Dec 2026, 14:00, in 9 days.');
  });

  it('starts a new 14 days when it had switched off, or its deadline had passed', async () => {
    const switchedOff = await resave({ ...PENDING, enabledAt: NOW - 20 * DAY, switchedOffAt: NOW - 6 * DAY });
    expect(switchedOff.settings.saved[0]).toMatchObject({ enabledAt: NOW, switchedOffAt: null });
    expect(texts(switchedOff.review)).toContain('Until a tenant admin gives the identifiable-insights consent, sellers see a “consent pending” banner. Without it, who knows whom switches off 14 days after saving.');
    const overdue = await resave({ ...PENDING, enabledAt: NOW - 15 * DAY });
    expect(overdue.settings.saved[0]).toMatchObject({ enabledAt: NOW, switchedOffAt: null });
  });

  it('takes a typed save in a channel, with the @mention and punctuation', async () => {
    const { services, settings } = setup();
    const test = wizardClient(services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    await test.sendActivity('<at>Rapport</at> Sales US');
    await test.sendActivity('<at>Rapport</at> Off!');
    await test.sendActivity(submit('regions'));
    await test.sendActivity('<at>Rapport</at> Save?');
    expect(settings.saved).toHaveLength(1);
  });

  it('leaves the admin check to the bot, which only continues an admin’s own wizard', async () => {
    const { services } = setup({ config: { admins: [] } });
    const test = wizardClient(services, { user: SELLER });
    await test.sendActivity('enable');
    expect(stepTitle(await test.sendActivity(submit('overview')))).toBe('Whose mail and calendars feed it');
  });
});

describe('enable relationship intelligence: many groups', () => {
  const many = Array.from({ length: 800 }, (_, i) => `Sales team ${String(i).padStart(4, '0')}`);
  const directory = fakeDirectory(Object.fromEntries(many.map((name, i): [string, Member[]] => [name, [{ name: `P${i}`, address: `p${i}@contoso.com` }]])));

  it('does not put more than the prefill limit back into the box, and an empty box keeps the groups', async () => {
    expect(many.join('\n').length).toBeGreaterThan(MAX_PREFILL_CHARS);
    const { services, settings } = setup({ directory, initial: { ...PENDING, groups: many } });
    const test = wizardClient(services);
    await test.sendActivity('enable');
    const groups = await test.sendActivity(submit('overview'));
    expect(inputs(groups)[0]).not.toHaveProperty('value');
    expect(inputs(groups)[0]).not.toHaveProperty('isRequired');
    expect(said(groups)).toContain('The 800 groups entered earlier are kept: leave the box empty to keep them, or enter others to replace them.');
    expect(stepTitle(await test.sendActivity(submit('groups', { groups: '' })))).toBe('Exchange integration');
    await test.sendActivity(submit('exchange', { exchange: 'false' }));
    await test.sendActivity(submit('regions'));
    await test.sendActivity(submit('review', {}, 'save'));
    expect(settings.saved[0]!.groups).toEqual(many);
  });

  it('refuses an address that is not one, as the mailboxes step does', async () => {
    const { services } = setup();
    const test = wizardClient(services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    expect(errorOf(await test.sendActivity(submit('groups', { groups: 'Sales US; bob@@contoso' }))))
      .toBe('These are not valid email addresses: bob@@contoso.');
  });

  it('lists a few groups on the status card, which stays under Teams’ limit', () => {
    const references: ReferencesRepository = { save: async () => undefined, all: () => [], personalFor: () => undefined, anyFor: () => undefined };
    const long = Array.from({ length: 200 }, (_, i) => `Group ${i} `.padEnd(200, 'x'));
    const { services } = setup({ initial: { ...PENDING, groups: long } });
    const reply = relationshipStatusReply({ services, references }, catalogFor('en-GB'));
    expect(facts(reply).Groups).toBe(`${long.slice(0, 10).join(', ')} and 190 more`);
  });
});
