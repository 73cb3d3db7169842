import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetError, readCsvColumns, readCustomerCsv, type FieldMapping } from '../../../src/sources/contacts/csvDataset.js';

let dir: string;
let fileCount = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-csv-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function csvFile(text: string): Promise<string> {
  const path = join(dir, `customers-${++fileCount}.csv`);
  await writeFile(path, text, 'utf8');
  return path;
}

const ALL_FIELDS: FieldMapping = {
  email: 'Email',
  accountId: 'Account ID',
  accountName: 'Account Name',
  domain: 'Website Domain',
  owner: 'Owner',
};

async function expectDatasetError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatasetError);
  const message = (error as DatasetError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('readCustomerCsv', () => {
  it('loads contacts and accounts with all five fields mapped', async () => {
    const path = await csvFile(
      [
        'Email,Account ID,Account Name,Website Domain,Owner',
        ' Ann@Contoso.com ,A1,Contoso,contoso.com, Sales.Lead@Fabrikam.com ',
        'bob@northwind.com,A2,Northwind,northwind.com,rep@fabrikam.com',
        'carl@contoso.com,A1,Contoso Ltd,contoso.co.uk,other@fabrikam.com',
      ].join('\n'),
    );
    const { dataset, report } = await readCustomerCsv(path, ALL_FIELDS);
    expect(dataset.contacts).toEqual([
      { email: 'ann@contoso.com', accountId: 'A1' },
      { email: 'bob@northwind.com', accountId: 'A2' },
      { email: 'carl@contoso.com', accountId: 'A1' },
    ]);
    expect(dataset.accounts).toEqual([
      { id: 'A1', name: 'Contoso', domains: ['contoso.com', 'contoso.co.uk'], owner: 'sales.lead@fabrikam.com' },
      { id: 'A2', name: 'Northwind', domains: ['northwind.com'], owner: 'rep@fabrikam.com' },
    ]);
    expect(report).toMatchObject({ rows: 3, contacts: 3, accounts: 2, invalidEmails: 0, duplicateContacts: 0 });
  });

  it('reads quoted fields holding commas, quotes and line breaks', async () => {
    const path = await csvFile(
      [
        'Email,Account ID,Account Name',
        'ann@contoso.com,A1,"Contoso, Inc. ""West"""',
        'bob@fabrikam.com,A2,"Fabrikam\r\nHoldings"',
        'not-an-email,A3,Tailspin',
      ].join('\r\n') + '\r\n',
    );
    const { dataset, report } = await readCustomerCsv(path, {
      email: 'Email',
      accountId: 'Account ID',
      accountName: 'Account Name',
    });
    expect(dataset.accounts.map((account) => account.name)).toEqual([
      'Contoso, Inc. "West"',
      'Fabrikam\r\nHoldings',
      'Tailspin',
    ]);
    // The quoted line break puts the third row on line 5.
    expect(report.invalidEmailLines).toEqual([5]);
  });

  it('ignores a byte order mark before the header', async () => {
    const path = await csvFile('\uFEFFEmail,Account ID\r\nann@contoso.com,A1\r\n');
    const { dataset } = await readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' });
    expect(dataset.contacts).toEqual([{ email: 'ann@contoso.com', accountId: 'A1' }]);
    expect(await readCsvColumns(path)).toEqual(['Email', 'Account ID']);
  });

  it('says which file is missing', async () => {
    const path = join(dir, 'no-such-file.csv');
    const message = await expectDatasetError(readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' }));
    expect(message).toContain(path);
    expect(message).toMatch(/not found/);
    await expectDatasetError(readCsvColumns(path));
  });

  it('names the mapping and the missing column, and lists the columns that exist', async () => {
    const path = await csvFile('E-mail,Account ID,Name\nann@contoso.com,A1,Contoso\n');
    const message = await expectDatasetError(readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' }));
    expect(message).toContain('--email-field');
    expect(message).toContain('"Email"');
    expect(message).toContain('"E-mail", "Account ID", "Name"');

    const optional = await expectDatasetError(
      readCustomerCsv(path, { email: 'E-mail', accountId: 'Account ID', domain: 'Domain' }),
    );
    expect(optional).toContain('--domain-field "Domain"');
  });

  it('rejects a file with a header row but no data rows', async () => {
    const path = await csvFile('Email,Account ID\r\n\r\n');
    const message = await expectDatasetError(readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' }));
    expect(message).toMatch(/no data rows/);
    expect(await readCsvColumns(path)).toEqual(['Email', 'Account ID']);
  });

  it('rejects an empty file as having no header row', async () => {
    const path = await csvFile('');
    expect(await expectDatasetError(readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' }))).toMatch(
      /header row/,
    );
    expect(await expectDatasetError(readCsvColumns(path))).toMatch(/header row/);
  });

  it('reports malformed CSV as a DatasetError', async () => {
    const path = await csvFile('Email,Account ID\nann@contoso.com,"A1\n');
    expect(await expectDatasetError(readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' }))).toContain(
      'not valid CSV',
    );
  });

  it('counts invalid emails, missing values and duplicates without losing the valid rows', async () => {
    const path = await csvFile(
      [
        'Email,Account ID',
        'ann@contoso.com,A1', // line 2
        'ANN@contoso.com ,A1', // 3: duplicate of line 2 after normalizing
        'ann@contoso.com,A2', // 4: same email, other account: not a duplicate
        'ann smith@contoso.com,A3', // 5: white space
        'a@b@contoso.com,A3', // 6: two @
        'bob@localhost,A3', // 7: no dot after @
        ',A4', // 8: no email, account still counts
        'carl@contoso.com,', // 9: no account id
        '', // 10: blank line, not a row
        'dana@contoso.com,A1', // 11
        'ann@contoso.com,A1', // 12: duplicate
      ].join('\n'),
    );
    const { dataset, report } = await readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' });
    expect(dataset.contacts).toEqual([
      { email: 'ann@contoso.com', accountId: 'A1' },
      { email: 'ann@contoso.com', accountId: 'A2' },
      { email: 'dana@contoso.com', accountId: 'A1' },
    ]);
    expect(dataset.accounts.map((account) => account.id)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(report).toEqual({
      rows: 10,
      contacts: 3,
      accounts: 4,
      invalidEmails: 3,
      invalidEmailLines: [5, 6, 7],
      missingEmails: 1,
      missingEmailLines: [8],
      duplicateContacts: 2,
      duplicateContactLines: [3, 12],
      missingAccountIds: 1,
      missingAccountIdLines: [9],
    });
  });

  it('keeps at most five example lines per problem', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `bad-${i},A1`);
    const path = await csvFile(['Email,Account ID', ...rows].join('\n'));
    const { report } = await readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' });
    expect(report.invalidEmails).toBe(8);
    expect(report.invalidEmailLines).toEqual([2, 3, 4, 5, 6]);
  });

  it('splits the domain column on commas, semicolons and white space, per account in first-seen order', async () => {
    const path = await csvFile(
      [
        'Email,Account ID,Domains',
        'ann@contoso.com,A1,"Contoso.com, contoso.de;contoso.fr  contoso.it"',
        'bob@contoso.com,A1,"contoso.de;;CONTOSO.NL,"',
        'carl@fabrikam.com,A2,',
        'dana@fabrikam.com,A2,fabrikam.com\tfabrikam.org',
      ].join('\n'),
    );
    const { dataset } = await readCustomerCsv(path, { email: 'Email', accountId: 'Account ID', domain: 'Domains' });
    expect(dataset.accounts.map((account) => account.domains)).toEqual([
      ['contoso.com', 'contoso.de', 'contoso.fr', 'contoso.it', 'contoso.nl'],
      ['fabrikam.com', 'fabrikam.org'],
    ]);
  });

  it('names an account by its first non-empty name, else by its id', async () => {
    const path = await csvFile(
      ['Email,Account ID,Name,Owner', 'ann@contoso.com,A1,, ', 'bob@contoso.com,A1,Contoso,Rep@Us.com', 'carl@x.com,A2,,'].join(
        '\n',
      ),
    );
    const named = await readCustomerCsv(path, { email: 'Email', accountId: 'Account ID', accountName: 'Name', owner: 'Owner' });
    expect(named.dataset.accounts).toEqual([
      { id: 'A1', name: 'Contoso', domains: [], owner: 'rep@us.com' },
      { id: 'A2', name: 'A2', domains: [], owner: null },
    ]);
    const unnamed = await readCustomerCsv(path, { email: 'Email', accountId: 'Account ID' });
    expect(unnamed.dataset.accounts.map((account) => [account.name, account.owner])).toEqual([
      ['A1', null],
      ['A2', null],
    ]);
  });

  it('reads rows shorter or longer than the header', async () => {
    const path = await csvFile('Account ID,Email,Name\nA1,ann@contoso.com\nA2,bob@fabrikam.com,Fabrikam,extra\nA3\n');
    const { dataset, report } = await readCustomerCsv(path, { email: 'Email', accountId: 'Account ID', accountName: 'Name' });
    expect(dataset.accounts.map((account) => account.name)).toEqual(['A1', 'Fabrikam', 'A3']);
    expect(report.missingEmailLines).toEqual([4]);
  });
});

describe('readCsvColumns', () => {
  it('returns the trimmed header names', async () => {
    const path = await csvFile(' Email ,"Account, ID",Owner\r\nann@contoso.com,A1,x\r\n');
    expect(await readCsvColumns(path)).toEqual(['Email', 'Account, ID', 'Owner']);
  });
});
