import { describe, expect, it } from 'vitest';
import type { DirectoryLookup } from '../../../../src/jobs/admin/adminServices.js';
import {
  errorOf, facts, fakeDirectory, inputOf, registerDataset, said, setup, stepTitle, submit, texts, unavailableDirectory, wizardClient,
} from './fakes.js';

const everyone = Array.from({ length: 2_501 }, (_, i) => ({ name: `User ${i}`, address: `user${i}@contoso.com` }));
const directory = fakeDirectory({
  Everyone: everyone,
  'Account managers': [{ name: 'Cy', address: 'cy@contoso.com' }, { name: 'Dee Without' }, { name: 'Eve Nomail' }],
});

async function atMailboxes(lookup: DirectoryLookup = directory) {
  const context = await setup({ directory: lookup });
  const test = wizardClient(context.services);
  await test.sendActivity('configure engagement');
  await test.sendActivity(submit('overview'));
  return { context, test };
}

describe('configure engagement: the region check', () => {
  it('offers the supported regions and Other when the tenant region is not configured', async () => {
    const context = await setup({ config: { tenantRegion: null } });
    const test = wizardClient(context.services);
    const overview = await test.sendActivity('configure engagement');
    expect(said(overview)).toContain('Your tenant’s data region is not configured. Choose it below: the enrichment is available for tenants in UK, Europe, North America.');
    expect(inputOf(overview, 'region')?.choices).toEqual([
      { title: 'UK', value: 'UK' }, { title: 'Europe', value: 'Europe' }, { title: 'North America', value: 'North America' }, { title: 'Other', value: 'other' },
    ]);
    expect(errorOf(await test.sendActivity(submit('overview', { region: '' })))).toBe('Choose your tenant’s region to continue.');
    expect(stepTitle(await test.sendActivity(submit('overview', { region: 'North America' })))).toBe('Mailboxes to monitor');
  });

  it('stops when the admin picks another region', async () => {
    const context = await setup({ config: { tenantRegion: null } });
    const test = wizardClient(context.services);
    await test.sendActivity('configure engagement');
    const stopped = await test.sendActivity(submit('overview', { region: 'other' }));
    expect(texts(stopped)).toEqual([
      'Region not supported',
      'The account engagement enrichment is available only for tenants in UK, Europe, North America. A tenant in another region cannot use it, so the enrichment cannot be configured. Nothing was saved.',
    ]);
    expect(test.dialogTurnResult.status).toBe('complete');
  });

  it('stops for a configured region that is not supported, naming it', async () => {
    const context = await setup({ config: { tenantRegion: 'Asia Pacific' } });
    const test = wizardClient(context.services);
    expect(facts(await test.sendActivity('configure engagement'))).toEqual({ Region: 'Asia Pacific' });
    const stopped = await test.sendActivity(submit('overview'));
    expect(texts(stopped)[1]).toBe('The account engagement enrichment is available only for tenants in UK, Europe, North America. Your tenant’s region (Asia Pacific) is not one of them, so the enrichment cannot be configured. Nothing was saved.');
    expect(test.dialogTurnResult.status).toBe('complete');
    expect(context.settings.saved).toEqual([]);
  });
});

describe('configure engagement: the mailboxes', () => {
  it('refuses a single mailbox, saying the count, on the same step with the entries kept', async () => {
    const { test } = await atMailboxes();
    const refused = await test.sendActivity(submit('mailboxes', { entries: 'ann@contoso.com' }));
    expect(stepTitle(refused)).toBe('Mailboxes to monitor');
    expect(errorOf(refused)).toBe('These users and groups resolve to 1 mailbox; at least 2 are needed. Add users or groups.');
  });

  it('refuses 2,501 mailboxes, saying the count', async () => {
    const { test } = await atMailboxes();
    const refused = await test.sendActivity(submit('mailboxes', { entries: 'Everyone' }));
    expect(errorOf(refused)).toBe('These users and groups resolve to 2,501 mailboxes; at most 2,500 can be monitored. Remove users or groups.');
  });

  it('counts distinct mailboxes: 2,500 with a duplicate address is accepted', async () => {
    const { test } = await atMailboxes(fakeDirectory({ Everyone: everyone.slice(0, 2_500) }));
    const consent = await test.sendActivity(submit('mailboxes', { entries: 'Everyone; user1@contoso.com' }));
    expect(facts(consent)).toEqual({ Mailboxes: '2,500 mailboxes' });
  });

  it('keeps 2,500 typed addresses across Back without putting them all into the card', async () => {
    const { test } = await atMailboxes();
    const addresses = everyone.slice(0, 2_500).map((member) => member.address).join('\n');
    expect(facts(await test.sendActivity(submit('mailboxes', { entries: addresses })))).toEqual({ Mailboxes: '2,500 mailboxes' });
    const mailboxes = await test.sendActivity('back');
    expect(said(mailboxes)).toContain('The 2,500 users and groups entered earlier are kept: leave the box empty to keep them, or enter others to replace them.');
    expect(inputOf(mailboxes, 'entries')?.value).toBeUndefined();
    expect(facts(await test.sendActivity(submit('mailboxes', { entries: '' })))).toEqual({ Mailboxes: '2,500 mailboxes' });
  });

  it('names an unknown group', async () => {
    const { test } = await atMailboxes();
    const refused = await test.sendActivity(submit('mailboxes', { entries: 'ann@contoso.com, bob@contoso.com; Ghost team' }));
    expect(errorOf(refused)).toBe('Not found in your directory: Ghost team. Check the spelling or remove them.');
  });

  it('names the members without a mailbox, with the count rule applied to mailboxes only', async () => {
    const { test } = await atMailboxes();
    const refused = await test.sendActivity(submit('mailboxes', { entries: 'Account managers' }));
    expect(errorOf(refused)).toBe('These users and groups resolve to 1 mailbox; at least 2 are needed. Add users or groups. These members have no mailbox and are left out: Dee Without, Eve Nomail.');
    const consent = await test.sendActivity(submit('mailboxes', { entries: 'Account managers\nann@contoso.com' }));
    expect(said(consent)).toContain('The users and groups resolve to 2 mailboxes.');
    expect(said(consent)).toContain('These members have no mailbox and are left out: Dee Without, Eve Nomail.');
  });

  it('names invalid addresses', async () => {
    const { test } = await atMailboxes();
    const refused = await test.sendActivity(submit('mailboxes', { entries: 'ann@@contoso.com; bob@contoso; cy@contoso.com' }));
    expect(errorOf(refused)).toBe('These are not valid email addresses: ann@@contoso.com, bob@contoso. These users and groups resolve to 1 mailbox; at least 2 are needed. Add users or groups.');
    expect(errorOf(await test.sendActivity(submit('mailboxes', { entries: 'ann@@contoso.com; bob@contoso.com; cy@contoso.com' }))))
      .toBe('These are not valid email addresses: ann@@contoso.com.');
    expect(errorOf(await test.sendActivity(submit('mailboxes', { entries: ' ;, \n' })))).toBe('Enter at least one user or group.');
  });

  it('accepts valid entries when the directory cannot be read yet, to be resolved at the first run', async () => {
    const { context, test } = await atMailboxes(unavailableDirectory('admin consent has not been given yet'));
    const datasetId = await registerDataset(context.services, 'Key accounts');
    expect(errorOf(await test.sendActivity(submit('mailboxes', { entries: 'not an address@' })))).toBe('These are not valid email addresses: not an address@.');
    const consent = await test.sendActivity(submit('mailboxes', { entries: 'Sales team; ann@contoso.com' }));
    expect(said(consent)).toContain('The directory cannot be read yet (admin consent has not been given yet), so the users and groups will be resolved at the first run.');
    expect(facts(consent)).toEqual({ Mailboxes: 'Resolved at the first run' });
    await test.sendActivity(submit('consent', { agree: 'true' }));
    await test.sendActivity(submit('dataset', { dataset: datasetId }));
    await test.sendActivity(submit('profile', { accountId: 'AccountId' }));
    await test.sendActivity(submit('email', { email: 'ContactEmail' }));
    const review = await test.sendActivity(submit('names', { name: 'Engagement', outputTable: 'Scores' }));
    expect(facts(review)).toMatchObject({ Mailboxes: 'Resolved at the first run', 'Users and groups': 'Sales team, ann@contoso.com' });
    await test.sendActivity(submit('review', {}, 'save'));
    expect(context.settings.saved[0]).toMatchObject({ mailboxEntries: ['Sales team', 'ann@contoso.com'], mailboxCount: null });
  });
});

describe('configure engagement: the privacy statement', () => {
  it('refuses to go on without "I agree"', async () => {
    const { test } = await atMailboxes();
    await test.sendActivity(submit('mailboxes', { entries: 'ann@contoso.com, bob@contoso.com' }));
    const refused = await test.sendActivity(submit('consent', { agree: 'false' }));
    expect(stepTitle(refused)).toBe('Privacy statement');
    expect(errorOf(refused)).toBe('Turn on “I agree” to continue: the enrichment cannot be configured without agreeing to the privacy statement.');
    expect(errorOf(await test.sendActivity('maybe later'))).toMatch(/^Turn on “I agree”/);
    expect(stepTitle(await test.sendActivity(submit('consent', { agree: 'true' })))).toBe('Customer dataset');
  });
});
