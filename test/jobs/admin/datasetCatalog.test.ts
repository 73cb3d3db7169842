import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEMO_DATASET_NAME, createDatasetCatalog, registerConfiguredDatasets, registerDemoDataset, type DatasetCatalogOptions,
} from '../../../src/jobs/admin/datasetCatalog.js';
import { openStore } from '../../../src/store/rapportStore.js';
import { dataset } from '../../engagement/builders.js';
import { listFiles, openTestStore, tempDataDir } from '../../store/storeFixtures.js';
import { fileServer } from './fileServer.js';

const GOOD_CSV = 'ContactEmail,AccountId,AccountName\r\nann@woodgrove.com,A1,Woodgrove\r\nbob@litware.com,A2,Litware\r\n\r\n"cy@contoso.com",A3,"Contoso, Ltd"\r\n';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function catalogInTempDir(options?: DatasetCatalogOptions) {
  const dataDir = await tempDataDir();
  let next = 0;
  const store = await openTestStore(dataDir, { now: () => 1_700_000_000_000, randomBytes: (n) => Buffer.alloc(n, ++next) });
  return { dataDir, store, catalog: createDatasetCatalog(store.datasets, options) };
}

async function datasetFiles(dataDir: string): Promise<string[]> {
  return (await listFiles(dataDir)).filter((file) => file.startsWith('datasets'));
}

describe('register', () => {
  it('stores a good CSV with its columns and row count', async () => {
    const { store, catalog } = await catalogInTempDir();
    const upload = await catalog.register('  Key accounts ', GOOD_CSV, 'user-1');
    expect(upload.ok).toBe(true);
    if (!upload.ok) return;
    expect(upload.dataset).toMatchObject({ name: 'Key accounts', columns: ['ContactEmail', 'AccountId', 'AccountName'], rows: 3, registeredBy: 'user-1' });
    expect(catalog.list().map((d) => d.id)).toEqual([upload.dataset.id]);
    expect(await readFile(store.datasets.pathOf(upload.dataset), 'utf8')).toBe(GOOD_CSV);
  });

  const badFiles: [string, string, string][] = [
    ['an empty file', '', '"Bad" is empty: a CSV file with a header row naming the columns is needed.'],
    ['only blank lines', '\r\n ,  \r\n', '"Bad" is empty: a CSV file with a header row naming the columns is needed.'],
    ['a header without rows', 'Email,Account\r\n', '"Bad" has a header row but no data rows.'],
    ['a duplicate column', 'Email,Account,email\r\na@b.com,A,c@d.com\r\n', '"Bad": the header row names the column "email" more than once.'],
    ['an empty column name', 'Email,,Account\r\na@b.com,x,A\r\n', '"Bad": column 2 of the header row has no name.'],
    ['binary content', 'Email\r\n\u0000\u0001\u0002\r\n', '"Bad" is not a UTF-8 text (CSV) file.'],
    ['broken UTF-8 decoded leniently', Buffer.from([0x45, 0x0a, 0xff, 0xfe, 0x0a]).toString('utf8'), '"Bad" is not a UTF-8 text (CSV) file.'],
  ];
  it.each(badFiles)('refuses %s and stores nothing', async (_, csv, message) => {
    const { dataDir, catalog } = await catalogInTempDir();
    expect(await catalog.register('Bad', csv, 'user-1')).toEqual({ ok: false, error: message });
    expect(catalog.list()).toEqual([]);
    expect(await datasetFiles(dataDir)).toEqual([]);
  });

  it('refuses malformed CSV naming the parser reason', async () => {
    const { catalog } = await catalogInTempDir();
    const upload = await catalog.register('Bad', 'Email,Account\r\n"a@b.com,A\r\n', 'user-1');
    expect(upload.ok).toBe(false);
    if (!upload.ok) expect(upload.error).toMatch(/^"Bad" is not valid CSV: .*quote/i);
    expect(catalog.list()).toEqual([]);
  });

  it('refuses a file over the size limit', async () => {
    const { dataDir, catalog } = await catalogInTempDir({ maxBytes: 40 });
    expect(await catalog.register('Big', GOOD_CSV, 'user-1')).toEqual({ ok: false, error: '"Big" is larger than 40 bytes, the largest dataset Rapport accepts.' });
    expect(await datasetFiles(dataDir)).toEqual([]);
  });

  it('refuses a dataset without a name', async () => {
    const { catalog } = await catalogInTempDir();
    expect(await catalog.register('   ', GOOD_CSV, 'user-1')).toEqual({ ok: false, error: 'Give the dataset a name.' });
  });
});

describe('emailShare', () => {
  const MIXED = [
    'Email,Name,Mixed',
    'ann@woodgrove.com,Ann,ann@woodgrove.com',
    'bob@litware.com,Bob,not an address',
    'cy@contoso.com,Cy,',
    'di@fabrikam.com,Di,di@fabrikam.com',
    'ed@northwind.com,Ed,ed at northwind',
  ].join('\n');

  it('measures the share of email addresses among non-empty values', async () => {
    const { catalog } = await catalogInTempDir();
    const upload = await catalog.register('Mixed', MIXED, 'user-1');
    if (!upload.ok) throw new Error(upload.error);
    expect(await catalog.emailShare(upload.dataset.id, 'Email')).toEqual({ column: 'Email', sampled: 5, emails: 5, share: 1 });
    expect(await catalog.emailShare(upload.dataset.id, 'Name')).toEqual({ column: 'Name', sampled: 5, emails: 0, share: 0 });
    expect(await catalog.emailShare(upload.dataset.id, 'Mixed')).toEqual({ column: 'Mixed', sampled: 4, emails: 2, share: 0.5 });
  });

  it('samples at most 1,000 values', async () => {
    const { catalog } = await catalogInTempDir();
    const rows = Array.from({ length: 1_500 }, (_, i) => (i < 1_000 ? `user${i}@example.com` : `name ${i}`));
    const upload = await catalog.register('Long', ['Email', ...rows].join('\n'), 'user-1');
    if (!upload.ok) throw new Error(upload.error);
    expect(await catalog.emailShare(upload.dataset.id, 'Email')).toEqual({ column: 'Email', sampled: 1_000, emails: 1_000, share: 1 });
  });

  it('names the columns when the column does not exist', async () => {
    const { catalog } = await catalogInTempDir();
    const upload = await catalog.register('Mixed', MIXED, 'user-1');
    if (!upload.ok) throw new Error(upload.error);
    await expect(catalog.emailShare(upload.dataset.id, 'Mail')).rejects.toThrow('The dataset has no column "Mail". Its columns are: Email, Name, Mixed.');
    await expect(catalog.emailShare('nope', 'Email')).rejects.toThrow('There is no registered dataset with the id nope.');
  });
});

describe('registerFromUrl', () => {
  it('downloads a Teams attachment over https and registers it', async () => {
    const server = await fileServer((request, response) => {
      if (request.url === '/files/contacts.csv') response.writeHead(200, { 'content-type': 'text/csv' }).end(GOOD_CSV);
      else response.writeHead(404, 'Not Found').end();
    });
    const { catalog } = await catalogInTempDir(server.options);
    const upload = await catalog.registerFromUrl('Uploaded', `${server.url}/files/contacts.csv`, 'user-1');
    expect(upload).toMatchObject({ ok: true, dataset: { name: 'Uploaded', rows: 3, columns: ['ContactEmail', 'AccountId', 'AccountName'] } });
  });

  it('names the HTTP error and stores nothing', async () => {
    const server = await fileServer((_, response) => void response.writeHead(403, 'Forbidden').end('no'));
    const { dataDir, catalog } = await catalogInTempDir(server.options);
    expect(await catalog.registerFromUrl('Uploaded', `${server.url}/x.csv`, 'user-1'))
      .toEqual({ ok: false, error: 'The file could not be downloaded: the server answered 403 Forbidden.' });
    expect(await datasetFiles(dataDir)).toEqual([]);
  });

  it('stops reading a body larger than the limit', async () => {
    const server = await fileServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('Email\n');
      for (let i = 0; i < 200; i++) response.write(`user${i}@example.com\n`);
      response.end();
    });
    const { catalog } = await catalogInTempDir({ ...server.options, maxBytes: 1024 });
    expect(await catalog.registerFromUrl('Big', `${server.url}/big.csv`, 'user-1'))
      .toEqual({ ok: false, error: '"Big" is larger than 1 KB, the largest dataset Rapport accepts.' });
    expect(catalog.list()).toEqual([]);
  });

  it('refuses a file that is not UTF-8', async () => {
    const server = await fileServer((_, response) => void response.writeHead(200).end(Buffer.from([0x45, 0x0a, 0xff, 0xfe, 0x0a])));
    const { catalog } = await catalogInTempDir(server.options);
    expect(await catalog.registerFromUrl('Binary', `${server.url}/b.csv`, 'user-1')).toEqual({ ok: false, error: '"Binary" is not a UTF-8 text (CSV) file.' });
  });

  it('gives up when the server does not answer in time', async () => {
    const server = await fileServer(() => {});
    const { catalog } = await catalogInTempDir({ ...server.options, fetchTimeoutMs: 200 });
    expect(await catalog.registerFromUrl('Slow', `${server.url}/slow.csv`, 'user-1')).toEqual({ ok: false, error: 'The file could not be downloaded within 0.2 seconds.' });
  });

  it('refuses a plain http link without fetching it', async () => {
    let requests = 0;
    const server = createServer((_, response) => void (requests++, response.end(GOOD_CSV)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => void server.close(() => resolve())));
    const { catalog } = await catalogInTempDir();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/c.csv`;
    expect(await catalog.registerFromUrl('Plain', url, 'user-1')).toEqual({ ok: false, error: 'The file could not be downloaded: its address is not an https:// link.' });
    expect(await catalog.registerFromUrl('Plain', 'not a url', 'user-1')).toEqual({ ok: false, error: 'The file could not be downloaded: its address is not an https:// link.' });
    expect(requests).toBe(0);
  });
});

describe('datasets at start', () => {
  it('registers the configured files and skips a missing or bad one', async () => {
    const { dataDir, catalog } = await catalogInTempDir();
    const good = join(dataDir, 'good.csv');
    const bad = join(dataDir, 'bad.csv');
    await writeFile(good, GOOD_CSV);
    await writeFile(bad, 'Email\n');
    const warnings: Record<string, unknown>[] = [];
    const log = { warn: (details: Record<string, unknown>) => void warnings.push(details), info: () => {} };
    const registered = await registerConfiguredDatasets(catalog, [
      { name: 'Good', path: good }, { name: 'Missing', path: join(dataDir, 'missing.csv') }, { name: 'Bad', path: bad },
    ], log);
    expect(registered.map((d) => [d.name, d.rows, d.registeredBy])).toEqual([['Good', 3, 'system']]);
    expect(warnings).toEqual([
      expect.objectContaining({ dataset: 'Missing', code: 'ENOENT' }),
      expect.objectContaining({ dataset: 'Bad', reason: '"Bad" has a header row but no data rows.' }),
    ]);
  });

  it('keeps a configured file under the same id at every start, so a saved enrichment still finds it', async () => {
    const dataDir = await tempDataDir();
    const file = join(dataDir, 'customers.csv');
    await writeFile(file, GOOD_CSV);
    const log = { warn: () => {}, info: () => {} };
    const first = await openStore(dataDir);
    const [before] = await registerConfiguredDatasets(createDatasetCatalog(first.datasets), [{ name: 'Customers', path: file }], log);
    await first.close();

    await writeFile(file, `${GOOD_CSV}dee@fabrikam.com,A4,Fabrikam\r\n`);
    const second = await openTestStore(dataDir);
    const catalog = createDatasetCatalog(second.datasets);
    const [after] = await registerConfiguredDatasets(catalog, [{ name: 'Customers', path: file }], log);
    expect(after!.id).toBe(before!.id);
    expect(catalog.list()).toEqual([after]);
    expect(after!.rows).toBe(4);
    expect(await listFiles(join(dataDir, 'datasets'))).toEqual([`${before!.id}.csv`]);
  });

  it('registers the demo customers once, across restarts', async () => {
    const dataDir = await tempDataDir();
    const customers = dataset({ woodgrove: ['ann@woodgrove.com', 'bo@woodgrove.com'], litware: ['cy@litware.com'] }, { woodgrove: ['woodgrove.com'] });
    const first = await openStore(dataDir);
    const demo = await registerDemoDataset(createDatasetCatalog(first.datasets), customers);
    expect(demo).toMatchObject({ name: DEMO_DATASET_NAME, rows: 3, columns: ['email', 'accountId', 'accountName', 'domains', 'owner'] });
    await first.close();

    const second = await openTestStore(dataDir);
    const catalog = createDatasetCatalog(second.datasets);
    expect(await registerDemoDataset(catalog, customers)).toEqual(demo);
    expect(catalog.list()).toEqual([demo]);
    expect(await catalog.emailShare(demo.id, 'email')).toMatchObject({ sampled: 3, share: 1 });
  });
});
