import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_DIALOG } from '../../../../src/bot/dialogs/relationshipIntelligence/relationshipDialog.js';
import type { RelationshipSettings } from '../../../../src/store/adminSchema.js';
import {
  ADMIN, DAY, NOW, actions, cardOf, errorOf, facts, fakeDirectory, inputs, setup, stepTitle, submit, texts, wizardClient,
} from './fakes.js';

const SAVED: RelationshipSettings = {
  enabledAt: NOW, enabledBy: ADMIN.aadObjectId, groups: ['Sales EMEA', 'Sales US'],
  members: ['ann@contoso.com', 'bob@contoso.com', 'cy@contoso.com'],
  exchangeIntegration: true, exchangeRegions: ['UK', 'Europe'], identifiableConsentAt: null, switchedOffAt: null,
};

describe('enable relationship intelligence: the wizard', () => {
  it('explains who-knows-whom, health and the consent rules, then walks to an exact save', async () => {
    const { services, settings } = setup();
    const afterSave: RelationshipSettings[] = [];
    const test = wizardClient(services, { afterSave });
    const overview = await test.sendActivity('enable relationship intelligence');
    expect(texts(overview)).toEqual([
      'Step 1 of 5', 'Enable relationship intelligence',
      'Who knows whom: from the metadata of your colleagues’ mail and meetings (never their content), Rapport sees who is in touch with whom at each customer, so sellers can ask a colleague for an introduction.',
      'Relationship health: one score per account, from how recent, frequent, two-way and broad the contact is, with its trend and what moved it.',
      'Who knows whom shows identifiable insights about people, so a tenant admin must consent to it. Until they do, every relationship card carries a “consent pending” banner.',
      'Without that consent 14 days after enabling, who knows whom and the Exchange integration switch off. Health stays on: it is about accounts, not people.',
    ]);

    const groups = await test.sendActivity(submit('overview'));
    expect(stepTitle(groups)).toBe('Whose mail and calendars feed it');
    expect(texts(groups)[2]).toMatch(/as security roles do in Dynamics 365 Sales\. Only their members are offered as introducers\.$/);
    expect(inputs(groups)).toEqual([expect.objectContaining({ type: 'Input.Text', id: 'groups', isMultiline: true, isRequired: true })]);

    const exchange = await test.sendActivity(submit('groups', { groups: 'Sales EMEA\nsales us\nSales EMEA' }));
    expect(stepTitle(exchange)).toBe('Exchange integration');
    expect(inputs(exchange)).toEqual([expect.objectContaining({ type: 'Input.Toggle', id: 'exchange', value: 'true' })]);

    const regions = await test.sendActivity(submit('exchange', { exchange: 'true' }));
    expect(stepTitle(regions)).toBe('Exchange data regions');
    // One toggle per supported region; the tenant's own region is ticked to start with.
    expect(inputs(regions).map((input) => [input.id, input.label, input.value])).toEqual([
      ['region0', 'UK', undefined], ['region1', 'Europe', 'true'], ['region2', 'North America', undefined],
    ]);

    const review = await test.sendActivity(submit('regions', { region0: 'true', region1: 'true', region2: 'false' }));
    expect(stepTitle(review)).toBe('Review and save');
    expect(facts(review)).toEqual({
      Groups: 'Sales EMEA, sales us', 'Members with a mailbox': '3 people', 'Left out (no mailbox)': 'Kiosk',
      'Exchange integration': 'On', 'Exchange data regions': 'UK, Europe',
    });
    expect(texts(review)).toContain('Until a tenant admin gives the identifiable-insights consent, sellers see a “consent pending” banner. Without it, who knows whom switches off 14 days after saving.');
    expect(actions(review).map((action) => (action.data as { action: string }).action)).toEqual(['back', 'save', 'cancel']);

    const saved = await test.sendActivity(submit('review', {}, 'save'));
    expect(settings.saved).toEqual([{ ...SAVED, groups: ['Sales EMEA', 'sales us'] }]);
    expect(afterSave).toEqual(settings.saved);
    expect(texts(saved)).toEqual([
      'Relationship intelligence is on',
      'It is on and waiting for the identifiable-insights consent. Without it, who knows whom switches off on Wed, 16 Dec 2026, 14:00, in 14 days.',
    ]);
    expect(facts(saved)).toMatchObject({ Enabled: 'Wed, 2 Dec 2026, 14:00', 'Members with a mailbox': '3 people' });
    expect(test.getNextReply().text).toBe('After the save for Alex Wilber');
    expect(test.dialogTurnResult.status).toBe('complete');
  });

  it('names the groups the directory does not know, and keeps the admin on the step', async () => {
    const { services, settings } = setup();
    const test = wizardClient(services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    const refused = await test.sendActivity(submit('groups', { groups: 'Sales EMEA, Slaes US; Marketing' }));
    expect(stepTitle(refused)).toBe('Whose mail and calendars feed it');
    expect(errorOf(refused)).toBe('Rapport could not find these in your directory: Slaes US, Marketing. Check the spelling, or leave them out.');
    expect(stepTitle(await test.sendActivity('Sales EMEA'))).toBe('Exchange integration');
    expect(settings.saved).toEqual([]);
  });

  it('says why when the directory cannot be read yet, or nobody in the groups has a mailbox', async () => {
    const unavailable = setup({ directory: { resolve: async () => ({ kind: 'unavailable', reason: 'the app has no consent in this tenant' }) } });
    let test = wizardClient(unavailable.services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    expect(errorOf(await test.sendActivity(submit('groups', { groups: 'Sales EMEA' })))).toBe(
      'Rapport cannot read your directory yet (the app has no consent in this tenant), so it cannot tell who is in these groups. Give the tenant consent first (say “consent status”), then try again.',
    );
    const empty = setup({ directory: fakeDirectory({ Kiosks: [{ name: 'Kiosk 1' }] }) });
    test = wizardClient(empty.services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    expect(errorOf(await test.sendActivity(submit('groups', { groups: 'kiosks' })))).toBe('Nobody in these groups has a mailbox, so nothing would feed relationship intelligence.');
    expect(errorOf(await test.sendActivity(submit('groups', { groups: '  ' })))).toBe('Name at least one group.');
  });

  it('explains Exchange integration off at every step after it, and saves it without regions', async () => {
    const { services, settings } = setup();
    const test = wizardClient(services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    const exchange = await test.sendActivity(submit('groups', { groups: 'Sales US' }));
    expect(texts(exchange).slice(2)).toEqual([
      'On: the members’ mail and calendar metadata in Exchange builds individual ties, so sellers see who knows whom.',
      'Off: no individual ties are built. Sellers see relationship health only, and their cards say why who knows whom is missing.',
    ]);
    expect(errorOf(await test.sendActivity('maybe'))).toBe('Answer on or off.');
    const regions = await test.sendActivity('off');
    expect(texts(regions).slice(1)).toEqual([
      'Exchange data regions',
      'Exchange integration is off, so no Exchange data is used and there is no region to choose. Go back to turn it on.',
    ]);
    expect(inputs(regions)).toEqual([]);
    const review = await test.sendActivity(submit('regions'));
    expect(facts(review)).toMatchObject({ 'Exchange integration': 'Off', 'Exchange data regions': 'None' });
    expect(texts(review)).toContain('With Exchange integration off, no individual ties are built: sellers are told why who knows whom is missing.');
    const saved = await test.sendActivity('save');
    expect(settings.saved).toEqual([{ ...SAVED, groups: ['Sales US'], members: ['bob@contoso.com', 'cy@contoso.com'], exchangeIntegration: false, exchangeRegions: [] }]);
    expect(texts(saved)[1]).toMatch(/\n\nExchange integration is off, so no individual ties are built\.$/);
  });

  it('accepts typed regions in any case and names the ones it cannot use', async () => {
    const { services, settings } = setup({ config: { tenantRegion: null } });
    const test = wizardClient(services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    await test.sendActivity(submit('groups', { groups: 'Sales US' }));
    const regions = await test.sendActivity('on');
    expect(inputs(regions).map((input) => input.value)).toEqual([undefined, undefined, undefined]);
    expect(errorOf(await test.sendActivity(submit('regions', { region0: 'false', region1: 'false', region2: 'false' })))).toBe('Choose at least one region.');
    expect(errorOf(await test.sendActivity('uk, Mars'))).toBe('Rapport cannot use Exchange data from Mars. Choose among UK, Europe, North America.');
    await test.sendActivity('north america, uk');
    expect(errorOf(await test.sendActivity('next'))).toBe('Say “save” (or use the Save button) to turn relationship intelligence on.');
    await test.sendActivity('save');
    expect(settings.saved[0]!.exchangeRegions).toEqual(['UK', 'North America']);
  });

  it('goes back with the answers kept', async () => {
    const { services } = setup();
    const test = wizardClient(services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    await test.sendActivity(submit('groups', { groups: 'Sales US' }));
    await test.sendActivity(submit('exchange', { exchange: 'false' }));
    const exchange = await test.sendActivity(submit('regions', {}, 'back'));
    expect(stepTitle(exchange)).toBe('Exchange integration');
    expect(inputs(exchange)[0]!.value).toBeUndefined();
    const groups = await test.sendActivity('back');
    expect(inputs(groups)[0]!.value).toBe('Sales US');
  });

  it('cancels from any step and saves nothing', async () => {
    const { services, settings } = setup();
    const test = wizardClient(services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    await test.sendActivity(submit('groups', { groups: 'Sales US' }));
    const cancelled = await test.sendActivity(submit('exchange', {}, 'cancel'));
    expect(texts(cancelled)).toEqual(['Cancelled', 'Nothing was saved. Say the command again whenever you want to start over.']);
    expect(test.dialogTurnResult.status).toBe('complete');
    expect(settings.saved).toEqual([]);
  });

  it('run again, starts from the settings in force and keeps the tenant admin’s consent', async () => {
    const consentAt = NOW - 3 * DAY;
    const { services, settings } = setup({ initial: { ...SAVED, enabledAt: NOW - 20 * DAY, identifiableConsentAt: consentAt } });
    const test = wizardClient(services);
    await test.sendActivity('enable');
    const groups = await test.sendActivity(submit('overview'));
    expect(inputs(groups)[0]!.value).toBe('Sales EMEA\nSales US');
    await test.sendActivity(submit('groups', { groups: 'Sales EMEA' }));
    const regions = await test.sendActivity(submit('exchange', { exchange: 'true' }));
    expect(inputs(regions).map((input) => input.value)).toEqual(['true', 'true', undefined]);
    const review = await test.sendActivity(submit('regions', { region0: 'false', region1: 'true', region2: 'false' }));
    expect(texts(review)).toContain('A tenant admin gave the identifiable-insights consent on Sun, 29 Nov 2026, 14:00; it is kept.');
    const saved = await test.sendActivity(submit('review', {}, 'save'));
    expect(settings.saved).toEqual([{ ...SAVED, groups: ['Sales EMEA'], members: ['ann@contoso.com', 'bob@contoso.com'], exchangeRegions: ['Europe'], identifiableConsentAt: consentAt }]);
    expect(texts(saved)[1]).toBe('It is on: a tenant admin gave the identifiable-insights consent on Sun, 29 Nov 2026, 14:00.');
    expect(cardOf(saved).actions).toBeUndefined();
  });

  it('says no individual ties are built when the tenant’s region (Europe) is not among the Exchange regions chosen', async () => {
    const { services } = setup({ initial: { ...SAVED, enabledAt: NOW - 20 * DAY, identifiableConsentAt: NOW - 3 * DAY } });
    const test = wizardClient(services);
    await test.sendActivity('enable');
    await test.sendActivity(submit('overview'));
    await test.sendActivity(submit('groups', { groups: 'Sales EMEA' }));
    await test.sendActivity(submit('exchange', { exchange: 'true' }));
    await test.sendActivity(submit('regions', { region0: 'true', region1: 'false', region2: 'false' }));
    const saved = await test.sendActivity(submit('review', {}, 'save'));
    expect(texts(saved).join('\n')).toContain('The tenant’s Exchange data is kept in Europe, which is not among the regions chosen, so no individual ties are built.');
  });

  it('is registered under the id the bot begins it with', () => {
    expect(RELATIONSHIP_DIALOG).toBe('relationshipIntelligence');
  });
});
