import { ConversationState, MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { DialogTestClient } from 'botbuilder-testing';
import {
  ADMIN, facts, fakeDirectory, inputOf, registerDataset, said, setup, stepTitle, submit, texts, wizardClient, type Setup,
} from './fakes.js';

const directory = fakeDirectory({
  'Account managers': [{ name: 'Cy', address: 'cy@contoso.com' }, { name: 'Ann', address: 'ann@contoso.com' }, { name: 'Dee Without' }],
});
const ENTRIES = 'ann@contoso.com; Account managers\nBOB@Contoso.com, ann@contoso.com';

/** Up to the dataset step: overview, mailboxes, consent. */
async function toDataset(test: DialogTestClient, context: Setup) {
  await test.sendActivity('configure engagement');
  await test.sendActivity(submit('overview'));
  await test.sendActivity(submit('mailboxes', { entries: ENTRIES }));
  context.clock.advance(60_000);
  return test.sendActivity(submit('consent', { agree: 'true' }));
}

/** Through the profile step (owner mapped to AccountName), then back to it from the email step. */
async function backToProfileWithOwner() {
  const context = await setup({ directory });
  const datasetId = await registerDataset(context.services, 'Key accounts');
  const test = wizardClient(context.services);
  await toDataset(test, context);
  await test.sendActivity(submit('dataset', { dataset: datasetId }));
  await test.sendActivity(submit('profile', { accountId: 'AccountId', owner: 'AccountName' }));
  return { test, datasetId, profile: await test.sendActivity(submit('email', {}, 'back')) };
}

describe('configure engagement: a full walk-through', () => {
  it('shows every step with its facts and saves exactly what was answered', async () => {
    const context = await setup({ directory });
    const datasetId = await registerDataset(context.services, 'Key accounts');
    const test = wizardClient(context.services);

    const overview = await test.sendActivity('configure engagement');
    expect(texts(overview).slice(0, 2)).toEqual(['Step 1 of 8', 'Configure account engagement']);
    expect(said(overview)).toContain('email and meeting metadata only');
    expect(said(overview)).toContain('never read: message bodies, subjects or attachments');
    expect(said(overview)).toContain('Data window: the last year');
    expect(facts(overview)).toEqual({ Region: 'Europe' });

    const mailboxes = await test.sendActivity(submit('overview'));
    expect(stepTitle(mailboxes)).toBe('Mailboxes to monitor');
    expect(said(mailboxes)).toContain('Between 2 and 2,500 distinct mailboxes');

    const consent = await test.sendActivity(submit('mailboxes', { entries: ENTRIES }));
    expect(stepTitle(consent)).toBe('Privacy statement');
    expect(said(consent)).toContain('The users and groups resolve to 3 mailboxes.');
    expect(said(consent)).toContain('These members have no mailbox and are left out: Dee Without.');
    expect(said(consent)).toContain('never reads message bodies, subjects or attachments');
    expect(facts(consent)).toEqual({ Mailboxes: '3 mailboxes' });
    expect(inputOf(consent, 'agree')).toMatchObject({ type: 'Input.Toggle', title: 'I agree', isRequired: true });

    context.clock.advance(60_000);
    const agreedAt = context.clock.now();
    const dataset = await test.sendActivity(submit('consent', { agree: 'true' }));
    expect(stepTitle(dataset)).toBe('Customer dataset');
    expect(said(dataset)).toContain('attach it to a message in this chat');
    expect(inputOf(dataset, 'dataset')?.choices).toEqual([{ title: 'Key accounts (3 rows)', value: datasetId }]);

    const profile = await test.sendActivity(submit('dataset', { dataset: datasetId }));
    expect(stepTitle(profile)).toBe('Account fields');
    expect(facts(profile)).toEqual({ Dataset: 'Key accounts (3 rows)', Columns: 'ContactEmail, AccountId, AccountName, Domain, Backup' });

    const email = await test.sendActivity(submit('profile', { accountId: 'AccountId', accountName: 'AccountName', domain: 'Domain', owner: '' }));
    expect(stepTitle(email)).toBe('Email field');

    const names = await test.sendActivity(submit('email', { email: 'ContactEmail' }));
    expect(stepTitle(names)).toBe('Names');

    const review = await test.sendActivity(submit('names', { name: 'AccountEngagement', outputTable: 'EngagementScores' }));
    expect(texts(review).slice(0, 2)).toEqual(['Step 8 of 8', 'Review and save']);
    expect(facts(review)).toEqual({
      Region: 'Europe', Mailboxes: '3 mailboxes', 'Users and groups': 'ann@contoso.com, Account managers, bob@contoso.com',
      'Left out (no mailbox)': 'Dee Without', 'Privacy statement': 'Agreed on 2 Dec 2026', Dataset: 'Key accounts (3 rows)',
      'Account id': 'AccountId', 'Account name': 'AccountName', 'Account domain': 'Domain', 'Account owner': '—',
      'Email column': 'ContactEmail', 'Enrichment name': 'AccountEngagement', 'Output table name': 'EngagementScores',
    });

    context.clock.advance(60_000);
    const done = await test.sendActivity(submit('review', {}, 'save'));
    expect(done.text).toBe(`Saved AccountEngagement for ${ADMIN.name}`);
    expect(test.dialogTurnResult.status).toBe('complete');
    expect(context.settings.saved).toEqual([{
      name: 'AccountEngagement', outputTable: 'EngagementScores',
      mailboxEntries: ['ann@contoso.com', 'Account managers', 'bob@contoso.com'], mailboxCount: 3, datasetId,
      fieldMapping: { email: 'ContactEmail', accountId: 'AccountId', accountName: 'AccountName', domain: 'Domain' },
      region: 'Europe', agreedAt, savedAt: agreedAt + 60_000, savedBy: ADMIN.aadObjectId,
    }]);
  });

  it('accepts typed answers as well as card submits', async () => {
    const context = await setup({ directory, config: { tenantRegion: null } });
    await registerDataset(context.services, 'Key accounts');
    const test = wizardClient(context.services);
    await test.sendActivity('configure engagement');
    expect(stepTitle(await test.sendActivity('uk'))).toBe('Mailboxes to monitor');
    await test.sendActivity(ENTRIES);
    await test.sendActivity('I agree');
    await test.sendActivity('key accounts');
    await test.sendActivity('accountid');
    await test.sendActivity('contactemail');
    const review = await test.sendActivity('AccountEngagement EngagementScores');
    expect(facts(review)).toMatchObject({ Region: 'UK', 'Account id': 'AccountId', 'Email column': 'ContactEmail', 'Account name': '—' });
    expect(texts(await test.sendActivity('hello'))).toContain('To save these settings, select Save or type “save”.');
    expect((await test.sendActivity('save')).text).toBe(`Saved AccountEngagement for ${ADMIN.name}`);
    expect(context.settings.saved[0]).toMatchObject({ region: 'UK', fieldMapping: { email: 'ContactEmail', accountId: 'AccountId' } });
  });

  it('goes back with every answer kept', async () => {
    const { test, datasetId, profile } = await backToProfileWithOwner();
    expect(stepTitle(profile)).toBe('Account fields');
    expect(inputOf(profile, 'accountId')?.value).toBe('AccountId');
    expect(inputOf(profile, 'owner')?.value).toBe('AccountName');
    expect(inputOf(profile, 'domain')?.value).toBeUndefined();
    expect(inputOf(await test.sendActivity('back'), 'dataset')?.value).toBe(datasetId);
    expect(inputOf(await test.sendActivity('back'), 'agree')?.value).toBe('true');
    expect(inputOf(await test.sendActivity('back'), 'entries')?.value).toBe('ann@contoso.com\nAccount managers\nbob@contoso.com');
  });

  it('clears an optional field chosen before with "(none)"', async () => {
    const { test, profile } = await backToProfileWithOwner();
    const none = (inputOf(profile, 'owner')?.choices as { title: string; value: string }[])[0]!;
    expect(none.title).toBe('(none)');
    expect(inputOf(profile, 'accountId')?.choices).not.toContainEqual(none);
    await test.sendActivity(submit('profile', { accountId: 'AccountId', owner: none.value }));
    const back = await test.sendActivity(submit('email', {}, 'back'));
    expect(inputOf(back, 'owner')?.value).toBeUndefined();
  });

  it('cancels at any step and saves nothing', async () => {
    const context = await setup({ directory });
    await registerDataset(context.services, 'Key accounts');
    const test = wizardClient(context.services);
    await toDataset(test, context);
    const cancelled = await test.sendActivity('cancel');
    expect(texts(cancelled)).toEqual(['Cancelled', 'Nothing was saved. Say the command again whenever you want to start over.']);
    expect(test.dialogTurnResult.status).toBe('complete');
    expect(context.settings.saved).toEqual([]);
  });

  it('continues at the same step with the answers kept after a restart', async () => {
    const context = await setup({ directory });
    const datasetId = await registerDataset(context.services, 'Key accounts');
    const conversationState = new ConversationState(new MemoryStorage());
    const before = wizardClient(context.services, { conversationState });
    expect(stepTitle(await toDataset(before, context))).toBe('Customer dataset');

    const after = wizardClient(context.services, { conversationState });
    const profile = await after.sendActivity(submit('dataset', { dataset: datasetId }));
    expect(texts(profile).slice(0, 2)).toEqual(['Step 5 of 8', 'Account fields']);
    await after.sendActivity(submit('profile', { accountId: 'AccountId' }));
    await after.sendActivity(submit('email', { email: 'ContactEmail' }));
    const review = await after.sendActivity(submit('names', { name: 'AccountEngagement', outputTable: 'EngagementScores' }));
    expect(facts(review)).toMatchObject({ Mailboxes: '3 mailboxes', 'Users and groups': 'ann@contoso.com, Account managers, bob@contoso.com' });
    expect((await after.sendActivity(submit('review', {}, 'save'))).text).toBe(`Saved AccountEngagement for ${ADMIN.name}`);
    expect(context.settings.saved[0]).toMatchObject({ mailboxCount: 3, datasetId, region: 'Europe' });
  });
});
