import { describe, expect, it } from 'vitest';
import { errorOf, facts, inputOf, registerDataset, said, setup, stepTitle, submit, wizardClient } from './fakes.js';

/** About 100 columns of 20 characters: four choice sets of them would pass Teams' 28 KB. */
const COLUMNS = ['ContactEmail', 'AccountId', ...Array.from({ length: 98 }, (_, i) => `Column_${String(i).padStart(3, '0')}`.padEnd(20, 'x'))];
const WIDE_CSV = [COLUMNS.join(','), COLUMNS.map((column, i) => (i === 0 ? 'ann@woodgrove.com' : i === 1 ? 'A1' : 'v')).join(',')].join('\r\n');

async function atProfile(csv = WIDE_CSV) {
  const context = await setup();
  const wide = await registerDataset(context.services, 'Wide', csv);
  const test = wizardClient(context.services);
  await test.sendActivity('configure engagement');
  await test.sendActivity(submit('overview'));
  await test.sendActivity(submit('mailboxes', { entries: 'ann@contoso.com, bob@contoso.com' }));
  await test.sendActivity(submit('consent', { agree: 'true' }));
  const profile = await test.sendActivity(submit('dataset', { dataset: wide }));
  return { test, profile };
}

describe('configure engagement: a dataset with many columns', () => {
  it('asks for typed column names and lists the columns shortened, so the card stays under Teams’ limit', async () => {
    const { profile } = await atProfile();
    expect(stepTitle(profile)).toBe('Account fields');
    for (const id of ['accountId', 'accountName', 'domain', 'owner']) expect(inputOf(profile, id)?.type).toBe('Input.Text');
    expect(inputOf(profile, 'accountId')).toMatchObject({ isRequired: true });
    expect(facts(profile).Columns).toBe(`${COLUMNS.slice(0, 10).join(', ')} and 90 more`);
    expect(said(profile)).toContain('The dataset has 100 columns, too many to list as choices: type the column names.');
  });

  it('accepts typed names in any case, names a few columns when one is unknown, and asks for the email column the same way', async () => {
    const { test } = await atProfile();
    expect(errorOf(await test.sendActivity(submit('profile', { accountId: 'Nope' }))))
      .toBe(`The dataset "Wide" has no column "Nope". Its columns are: ${COLUMNS.slice(0, 10).join(', ')} and 90 more.`);
    const email = await test.sendActivity(submit('profile', { accountId: 'accountid', owner: COLUMNS[50]!.toUpperCase() }));
    expect(stepTitle(email)).toBe('Email field');
    expect(inputOf(email, 'email')).toMatchObject({ type: 'Input.Text', isRequired: true });
    expect(said(email)).toContain('The dataset has 100 columns, too many to list as choices: type the column name.');
    expect(stepTitle(await test.sendActivity(submit('email', { email: 'contactemail' })))).toBe('Names');
    const back = await test.sendActivity('back');
    expect(inputOf(back, 'email')?.value).toBe('ContactEmail');
  });

  it('still offers choices at the bounds, and that card is well under the limit', async () => {
    const columns = ['AccountId', ...Array.from({ length: 29 }, (_, i) => `C${String(i).padStart(2, '0')}`.padEnd(51, 'y'))];
    expect(Buffer.byteLength(columns.join(''))).toBeLessThanOrEqual(1_500);
    const { profile } = await atProfile(`${columns.join(',')}\r\n${columns.map(() => 'v').join(',')}`);
    expect(inputOf(profile, 'accountId')?.choices).toHaveLength(30);
    // The optional fields also offer "(none)".
    for (const id of ['accountName', 'domain', 'owner']) expect(inputOf(profile, id)?.choices).toHaveLength(31);
    expect(Buffer.byteLength(JSON.stringify(profile.attachments?.[0]?.content))).toBeLessThan(20 * 1024);
  });
});
