import { describe, expect, it } from 'vitest';
import type { DialogTestClient } from 'botbuilder-testing';
import { CSV_CONTENT_TYPE, TEAMS_FILE_DOWNLOAD } from '../../../../src/bot/dialogs/configureEnrichment/upload.js';
import type { DatasetCatalogOptions } from '../../../../src/jobs/admin/datasetCatalog.js';
import {
  KEY_ACCOUNTS_CSV, errorOf, facts, fileServer, inputOf, registerDataset, said, setup, stepTitle, submit, wizardClient,
} from './fakes.js';

const SMALL_CSV = 'Email,Account\r\nann@woodgrove.com,A1\r\nbob@litware.com,A2\r\n';

async function atDataset(options: { conversationType?: string; catalog?: DatasetCatalogOptions } = {}) {
  const context = await setup(options.catalog ? { catalog: options.catalog } : {});
  const keyAccounts = await registerDataset(context.services, 'Key accounts');
  const test = wizardClient(context.services, options.conversationType ? { conversationType: options.conversationType } : {});
  await test.sendActivity('configure engagement');
  await test.sendActivity(submit('overview'));
  await test.sendActivity(submit('mailboxes', { entries: 'ann@contoso.com, bob@contoso.com' }));
  const dataset = await test.sendActivity(submit('consent', { agree: 'true' }));
  return { context, test, keyAccounts, dataset };
}

const teamsFile = (name: string, downloadUrl: string, fileType = 'csv') => ({
  type: 'message', text: '', attachments: [{ contentType: TEAMS_FILE_DOWNLOAD, name, content: { downloadUrl, uniqueId: 'file-1', fileType } }],
});
const csvFile = (name: string, csv: string) => ({
  type: 'message', text: '', attachments: [{ contentType: CSV_CONTENT_TYPE, name, contentUrl: `data:text/csv;base64,${Buffer.from(csv).toString('base64')}` }],
});

async function toEmail(test: DialogTestClient, datasetId: string) {
  await test.sendActivity(submit('dataset', { dataset: datasetId }));
  return test.sendActivity(submit('profile', { accountId: 'AccountId' }));
}

describe('configure engagement: the dataset', () => {
  it('registers a CSV file sent in personal chat (Teams file download info) and maps its columns next', async () => {
    const server = await fileServer((request, response) => {
      if (request.url === '/files/contacts.csv') response.writeHead(200, { 'content-type': 'text/csv' }).end(SMALL_CSV);
      else response.writeHead(404, 'Not Found').end();
    });
    const { context, test } = await atDataset({ catalog: server.options });
    const profile = await test.sendActivity(teamsFile('contacts.csv', `${server.url}/files/contacts.csv`));
    expect(stepTitle(profile)).toBe('Account fields');
    expect(facts(profile)).toEqual({ Dataset: 'contacts (2 rows)', Columns: 'Email, Account' });
    expect(inputOf(profile, 'accountId')?.choices).toEqual([{ title: 'Email', value: 'Email' }, { title: 'Account', value: 'Account' }]);
    const uploaded = context.services.datasets.list().find((dataset) => dataset.name === 'contacts');
    expect(uploaded).toMatchObject({ rows: 2, registeredBy: 'aad-admin' });
    expect(inputOf(await test.sendActivity('back'), 'dataset')?.value).toBe(uploaded?.id);
  });

  it('registers a text/csv attachment (Agents Playground) from its data URL', async () => {
    const { test } = await atDataset();
    const profile = await test.sendActivity(csvFile('Partners.csv', SMALL_CSV));
    expect(facts(profile)).toEqual({ Dataset: 'Partners (2 rows)', Columns: 'Email, Account' });
  });

  it('refuses an upload outside personal chat and says where uploads work', async () => {
    const { context, test, dataset } = await atDataset({ conversationType: 'groupChat' });
    expect(said(dataset)).toContain('To upload a CSV file instead, open a personal chat with Rapport: files can be uploaded only there.');
    const refused = await test.sendActivity(csvFile('Partners.csv', SMALL_CSV));
    expect(stepTitle(refused)).toBe('Customer dataset');
    expect(errorOf(refused)).toBe('Files can be uploaded only in a personal chat with Rapport. Upload it there, or choose a registered dataset.');
    expect(context.services.datasets.list().map((registered) => registered.name)).toEqual(['Key accounts']);
  });

  it('shows the catalog’s reason when an upload is refused', async () => {
    const server = await fileServer((_, response) => void response.writeHead(403, 'Forbidden').end('no'));
    const { test } = await atDataset({ catalog: server.options });
    expect(errorOf(await test.sendActivity(teamsFile('contacts.csv', `${server.url}/contacts.csv`))))
      .toBe('The file was not registered: The file could not be downloaded: the server answered 403 Forbidden.');
    expect(errorOf(await test.sendActivity(csvFile('contacts.csv', 'Email,Account\r\n'))))
      .toBe('The file was not registered: "contacts" has a header row but no data rows.');
    expect(errorOf(await test.sendActivity(teamsFile('contacts.xlsx', `${server.url}/contacts.xlsx`, 'xlsx'))))
      .toBe('“contacts.xlsx” is not a CSV file. Attach a .csv file with a header row.');
  });

  it('refuses no choice and an unknown dataset', async () => {
    const { test, dataset } = await atDataset();
    expect(inputOf(dataset, 'dataset')?.choices).toHaveLength(1);
    expect(errorOf(await test.sendActivity(submit('dataset', { dataset: '' })))).toBe('Choose a dataset or upload a CSV file.');
    expect(errorOf(await test.sendActivity('Old customers'))).toBe('There is no dataset “Old customers”. Choose one from the list or upload a CSV file.');
  });
});

describe('configure engagement: the account and email fields', () => {
  it('requires the account id and refuses a column the CSV does not have, naming those it has', async () => {
    const { test, keyAccounts } = await atDataset();
    await test.sendActivity(submit('dataset', { dataset: keyAccounts }));
    expect(errorOf(await test.sendActivity(submit('profile', { accountId: '' })))).toBe('Choose the column that holds the account id.');
    expect(errorOf(await test.sendActivity(submit('profile', { accountId: 'AccountId', owner: 'Owner' }))))
      .toBe('The dataset "Key accounts" has no column "Owner". Its columns are: ContactEmail, AccountId, AccountName, Domain, Backup.');
  });

  it('refuses a mapped column missing from a dataset chosen after going back', async () => {
    const { test, keyAccounts } = await atDataset();
    await test.sendActivity(submit('dataset', { dataset: keyAccounts }));
    await test.sendActivity(submit('profile', { accountId: 'AccountId', accountName: 'AccountName' }));
    await test.sendActivity('back');
    await test.sendActivity('back');
    const profile = await test.sendActivity(csvFile('Partners.csv', SMALL_CSV));
    expect(inputOf(profile, 'accountName')?.value).toBeUndefined();
    expect(errorOf(await test.sendActivity(submit('profile', { accountId: 'Account', accountName: 'AccountName' }))))
      .toBe('The dataset "Partners" has no column "AccountName". Its columns are: Email, Account.');
  });

  it('refuses an email column the CSV does not have', async () => {
    const { test, keyAccounts } = await atDataset();
    expect(stepTitle(await toEmail(test, keyAccounts))).toBe('Email field');
    const refused = await test.sendActivity('Mail');
    expect(errorOf(refused)).toBe('The dataset "Key accounts" has no column "Mail". Its columns are: ContactEmail, AccountId, AccountName, Domain, Backup.');
  });

  it('refuses a column whose values are mostly not email addresses, with the share that were', async () => {
    const { test, keyAccounts } = await atDataset();
    await toEmail(test, keyAccounts);
    expect(errorOf(await test.sendActivity(submit('email', { email: 'Backup' }))))
      .toBe('Only 33% of the values in “Backup” are email addresses (1 of 3 looked at). Choose the column that holds the contacts’ email addresses.');
    expect(errorOf(await test.sendActivity(submit('email', { email: 'AccountName' })))).toMatch(/^Only 0% of the values in “AccountName”/);
    expect(stepTitle(await test.sendActivity(submit('email', { email: 'contactemail' })))).toBe('Names');
  });
});

describe('configure engagement: the names', () => {
  async function atNames() {
    const setupResult = await atDataset();
    await registerDataset(setupResult.context.services, 'Customers', KEY_ACCOUNTS_CSV);
    await toEmail(setupResult.test, setupResult.keyAccounts);
    await setupResult.test.sendActivity(submit('email', { email: 'ContactEmail' }));
    return setupResult.test;
  }
  const cases: [string, Record<string, string>, string][] = [
    ['empty names', { name: '', outputTable: ' ' }, 'Give the enrichment name a value. Give the output table name a value.'],
    ['invalid characters', { name: 'Account Engagement', outputTable: 'Scores-2026' }, 'The enrichment name “Account Engagement” may contain only letters, digits and underscores. The output table name “Scores-2026” may contain only letters, digits and underscores.'],
    ['the same name twice', { name: 'Engagement', outputTable: 'ENGAGEMENT' }, 'The enrichment name and the output table name must be different.'],
    ['a registered dataset’s name', { name: 'customers', outputTable: 'Scores' }, 'The enrichment name “customers” is already the name of the dataset “Customers”. Choose another name.'],
    ['a reserved table', { name: 'Engagement', outputTable: 'office_userentity' }, 'The output table name “office_userentity” is reserved: it is the name of a table Rapport writes itself.'],
  ];
  it.each(cases)('refuses %s, saying which rule failed', async (_, names, error) => {
    const test = await atNames();
    const refused = await test.sendActivity(submit('names', names));
    expect(stepTitle(refused)).toBe('Names');
    expect(errorOf(refused)).toBe(error);
  });
});
