import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROW_COLUMNS, type EngagementRow } from '../../src/engagement/columns.js';
import { formatActivityLine } from '../../src/sources/jsonl/activityJson.js';
import { mail } from '../engagement/builders.js';
import { runCli } from './io.js';

const ENRON = new URL('../../../shared/data/enron/maildir', import.meta.url).pathname;
const CONTACTS = new URL('../fixtures/enron/contacts.csv', import.meta.url).pathname;
const ENRON_ACCOUNTS = ['CAISO', 'RELIANT', 'TRUORANGE', 'ERCOT', 'SCIENTECH', 'CERA', 'CONOCO', 'ELPASO', 'EY', 'UT', 'MCCOMBS', 'CONTOSO'];

const enronArgs = (out: string) => [
  'aggregate', '--source', `maildir:${ENRON}`, '--contacts', CONTACTS, '--email-field', 'ContactEmail', '--account-field', 'AccountId',
  '--account-name-field', 'AccountName', '--domain-field', 'Domains', '--internal-domains', 'enron.com,enron.net',
  '--as-of', '2001-06-01T00:00:00Z', '--out', out,
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-cli-'));
});

describe('rapport aggregate on the Enron mailboxes', () => {
  let json: { code: number; stdout: string; stderr: string };
  let rows: EngagementRow[];
  let segment: string;

  beforeAll(async () => {
    json = await runCli([...enronArgs(join(dir, 'enron.json')), '--ties', join(dir, 'ties.json'), '--health', join(dir, 'health.json'),
      '--segment', 'NoOfEmails_FromAccount > 0 and DaysSinceLastEmail < 30']);
    rows = JSON.parse(await readFile(join(dir, 'enron.json'), 'utf8'));
    segment = json.stdout;
  }, 60_000);

  it('reads the 13 mailboxes and reports what it skipped and the ambiguous domain', () => {
    expect(json.code).toBe(0);
    expect(json.stderr).toContain('mailboxes: 13;');
    expect(json.stderr).toMatch(/skipped: .*unparseableDate 2/);
    expect(json.stderr).toContain('ambiguous domains: utexas.edu');
    expect(json.stderr).toContain('(1 invalid emails, 1 duplicate contacts)');
  });

  it('writes a Year row with every column for every account of the dataset', () => {
    const yearRows = rows.filter((row) => row.AggregationLevel === 'Year');
    expect(yearRows.map((row) => row.AccountId).sort()).toEqual([...ENRON_ACCOUNTS].sort());
    for (const row of rows) expect(Object.keys(row)).toEqual(ROW_COLUMNS);
    expect(yearRows.every((row) => row.AggregationStartDate === '2000-06-01')).toBe(true);
  });

  it('attributes real traffic: exact emails on a public provider, subdomains, the parent domain rule', () => {
    const year = (id: string) => rows.find((row) => row.AccountId === id && row.AggregationLevel === 'Year')!;
    expect(year('RELIANT').NoOfEmails_FromAccount).toBeGreaterThan(0);
    expect(year('CONOCO').NoOfEmails_FromAccount).toBeGreaterThan(0); // usa.conoco.com through conoco.com
    expect(year('CONTOSO')).toMatchObject({ EngagementScore: 0, NoOfEmails_ToAccount: 0, DaysSinceLastEmail: null });
    const monthly = rows.filter((row) => row.AccountId === 'RELIANT' && row.AggregationLevel === 'Month');
    expect(monthly.reduce((sum, row) => sum + row.NoOfEmails_FromAccount, 0)).toBe(year('RELIANT').NoOfEmails_FromAccount);
  });

  it('prints the segment’s matching accounts, and only those', () => {
    const matching = rows.filter((row) => row.AggregationLevel === 'Year' && row.NoOfEmails_FromAccount > 0 && row.DaysSinceLastEmail! < 30);
    expect(segment).toContain(`${matching.length} accounts match`);
    for (const row of matching) expect(segment).toContain(`${row.AccountId}\t${row.AccountName}`);
    expect(segment).not.toContain('CONTOSO');
  });

  it('writes ties and health files', async () => {
    const ties = JSON.parse(await readFile(join(dir, 'ties.json'), 'utf8'));
    expect(ties[0]).toEqual({ internal: expect.stringMatching(/@enron\./), external: expect.any(String), accountId: expect.anything(), strength: expect.any(Number), knows: expect.any(Boolean) });
    expect(ties.some((tie: { accountId: string | null }) => tie.accountId === null)).toBe(true);
    const health = JSON.parse(await readFile(join(dir, 'health.json'), 'utf8'));
    expect(health.map((h: { accountId: string }) => h.accountId).sort()).toEqual([...ENRON_ACCOUNTS].sort());
    expect(health.find((h: { accountId: string }) => h.accountId === 'CONTOSO')).toMatchObject({ health: null, band: null, stale: false });
  });

  it('writes the same table as CSV', async () => {
    const result = await runCli(enronArgs(join(dir, 'enron.csv')));
    expect(result.code).toBe(0);
    const csv: Record<string, string>[] = parse(await readFile(join(dir, 'enron.csv'), 'utf8'), { columns: true });
    expect(Object.keys(csv[0]!)).toEqual(ROW_COLUMNS);
    expect(csv).toHaveLength(rows.length);
    expect(csv.map((row) => Number(row.EngagementScore))).toEqual(rows.map((row) => row.EngagementScore));
    expect(csv.map((row) => row.DaysSinceLastEmail)).toEqual(rows.map((row) => (row.DaysSinceLastEmail === null ? '' : String(row.DaysSinceLastEmail))));
  }, 60_000);
});

describe('rapport aggregate from JSONL', () => {
  it('reads a JSONL stream, reports a malformed line, and computes the table', async () => {
    const contacts = join(dir, 'contacts.csv');
    await writeFile(contacts, 'email,account\nann@acme.com,ACME\n');
    const lines = [
      formatActivityLine(mail({ from: 'me@us.com', mailbox: 'me@us.com', to: ['ann@acme.com'], sentAt: '2024-06-01T10:00:00Z' })),
      '{"kind":"mail","mailbox":"you@us.com"}',
      formatActivityLine(mail({ from: 'ann@acme.com', mailbox: 'you@us.com', to: ['you@us.com'], sentAt: '2024-06-02T10:00:00Z', folder: 'inbox' })),
    ];
    await writeFile(join(dir, 'items.jsonl'), `${lines.join('\n')}\n`);
    const result = await runCli(['aggregate', '--source', `jsonl:${join(dir, 'items.jsonl')}`, '--contacts', contacts, '--email-field', 'email',
      '--account-field', 'account', '--internal-domains', 'us.com', '--as-of', '2024-07-01T00:00:00Z', '--levels', 'Year', '--out', join(dir, 'j.json')]);
    expect(result.stderr).toContain('malformedLines 1');
    expect(result.code).toBe(0);
    const [row] = JSON.parse(await readFile(join(dir, 'j.json'), 'utf8'));
    expect(row).toMatchObject({ AccountId: 'ACME', NoOfEmails_ToAccount: 1, NoOfEmails_FromAccount: 1, EngagementScore: 100 });
  });
});

describe('bad input: exit code 2 and one clear line, never a stack trace', () => {
  // Bad input never writes its --out.
  const base = () => enronArgs(join(tmpdir(), 'rapport-never-written.json'));
  const without = (flag: string) => {
    const args = base();
    const at = args.indexOf(flag);
    args.splice(at, 2);
    return args;
  };
  const replace = (flag: string, value: string) => {
    const args = base();
    args[args.indexOf(flag) + 1] = value;
    return args;
  };

  it.each([
    ['an unknown command', ['aggregat'], /unknown command 'aggregat'/],
    ['an unknown flag', [...base(), '--colour', 'red'], /Unknown option '--colour'/],
    ['a missing --source', without('--source'), /--source is required/],
    ['a malformed --source', replace('--source', 'pst:/x'), /--source 'pst:\/x' is not one of maildir:DIR, mbox:FILE, jsonl:FILE/],
    ['a missing export folder', replace('--source', 'maildir:/no/such/dir'), /\/no\/such\/dir/],
    ['a missing contacts file', replace('--contacts', '/no/such.csv'), /\/no\/such\.csv/],
    ['a mapped column that does not exist', replace('--email-field', 'Mail'), /--email-field "Mail" is not a column of .*ContactEmail/],
    ['an --as-of without a zone', replace('--as-of', '2001-06-01T00:00'), /--as-of '2001-06-01T00:00' is not an ISO time with a zone/],
    ['an unknown level', [...base(), '--levels', 'Year,Quarter'], /--levels 'Quarter' is not one of Year, Month, Week/],
    ['an --out that is neither JSON nor CSV', replace('--out', 'x.xlsx'), /--out 'x.xlsx' must end in .json or .csv/],
    ['a segment with a typo', [...base(), '--segment', 'DaysSinceLastEmial > 60'], /did you mean DaysSinceLastEmail\?/],
    ['too few mailboxes', [...base(), '--mailboxes', 'john.arnold@enron.com'], /1 monitored mailbox found; Rapport needs between 2 and 2,500/],
  ])('%s', async (_, argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n')[0]).toMatch(/^rapport: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('works the same through the installed bin', async () => {
    const run = promisify(execFile);
    const bin = new URL('../../bin/rapport.js', import.meta.url).pathname;
    const failure = await run(process.execPath, [bin, ...replace('--source', 'pst:/x')]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining("--source 'pst:/x' is not one of") });
  });
});
