import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simulateCommand } from '../../src/cli/simulateCommand.js';
import { writeContactsCsv } from '../../src/sources/simulator/export/contactsCsv.js';
import { startSimulator, type RunningSimulator } from '../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../src/sources/simulator/tenantGenerator.js';
import { runCli } from './io.js';

const AS_OF = '2026-11-01T00:00:00.000Z';

/** The `npx rapport aggregate ...` command a simulate run printed, as argv (continuation lines joined). */
function printedAggregate(stdout: string): string[] {
  const joined = stdout.replace(/\\\n\s*/g, ' ');
  const line = joined.split('\n').find((l) => l.includes('npx rapport aggregate'))!;
  return line.slice(line.indexOf('aggregate')).trim().split(/\s+/);
}

describe('rapport simulate --write-export', () => {
  it('writes the tenant as a mail export and prints an aggregate command that runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-simulate-'));
    const written = await runCli(['simulate', '--seed', '5', '--as-of', AS_OF, '--write-export', dir]);
    expect(written.code).toBe(0);
    for (const file of ['maildir', 'meetings.jsonl', 'contacts.csv']) expect((await stat(join(dir, file))).size).toBeGreaterThan(0);

    const out = join(dir, 'engagement.json');
    const argv = printedAggregate(written.stdout).map((arg) => (arg === 'engagement.csv' ? out : arg));
    const aggregated = await runCli(argv);
    expect(aggregated.stderr).toMatch(/mailboxes: 30;/);
    expect(aggregated.code).toBe(0);
    const rows: { EngagementScore: number }[] = JSON.parse(await readFile(out, 'utf8'));
    expect(rows.some((row) => row.EngagementScore === 100)).toBe(true);
  }, 60_000);
});

describe('rapport simulate (serving)', () => {
  it('serves the tenant until stopped and prints how to read it', async () => {
    let stop!: () => void;
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const running = simulateCommand(['--seed', '5', '--as-of', AS_OF], { stdout, stderr: new PassThrough() }, { stopSignal: new Promise<void>((resolve) => (stop = resolve)) });
    while (!printed.includes('Stop with Ctrl+C')) await new Promise((resolve) => setTimeout(resolve, 50));
    const url = printed.match(/at (https:\/\/localhost:\d+)/)![1]!;
    expect(printed).toContain('--source graph');
    stop();
    expect(await running).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  }, 60_000);
});

describe('rapport aggregate --source graph', () => {
  const tenant = generateTenant({ seed: 5, asOf: Date.parse(AS_OF) });
  let simulator: RunningSimulator;
  let dir: string;
  beforeAll(async () => {
    simulator = await startSimulator({ tenant });
    dir = await mkdtemp(join(tmpdir(), 'rapport-graph-cli-'));
    await writeFile(join(dir, 'ca.pem'), simulator.caPem);
    await writeContactsCsv(tenant.dataset, join(dir, 'contacts.csv'));
  });
  afterAll(async () => {
    await simulator.close();
  });
  afterEach(() => {
    delete process.env.AZURE_CLIENT_SECRET;
  });

  const graphArgs = (extra: string[] = []) => [
    'aggregate', '--source', 'graph', '--tenant-id', simulator.tenantId, '--client-id', simulator.clientId,
    '--authority-host', simulator.url, '--graph-base-url', simulator.graphBaseUrl, '--ca-file', join(dir, 'ca.pem'),
    '--mailboxes', tenant.groups.map((group) => group.address).join(','), '--contacts', join(dir, 'contacts.csv'), '--email-field', 'email',
    '--account-field', 'accountId', '--internal-domains', tenant.organizationDomains.join(','), '--as-of', AS_OF, '--levels', 'Year',
    '--out', join(dir, 'graph.json'), ...extra,
  ];

  it('reads the tenant through Graph, reporting members without a mailbox', async () => {
    process.env.AZURE_CLIENT_SECRET = simulator.clientSecret;
    const result = await runCli(graphArgs());
    expect(result.stderr).toContain('members without a mailbox:');
    // "All Staff" holds every user: every user with a mailbox is monitored.
    expect(result.stderr).toContain(`mailboxes: ${tenant.users.filter((user) => user.hasMailbox).length};`);
    expect(result.code).toBe(0);
  }, 60_000);

  it.each([
    ['no secret nor certificate', () => graphArgs(), /needs AZURE_CLIENT_SECRET in the environment, or --certificate FILE.pem/],
    ['no mailboxes to resolve', () => graphArgs().filter((_, i, all) => all[i] !== '--mailboxes' && all[i - 1] !== '--mailboxes'), /--mailboxes is required with --source graph/],
    ['graph combined with an export', () => [...graphArgs(), '--source', 'jsonl:/x.jsonl'], /do not combine it with other sources/],
  ])('refuses %s with one line', async (_, argv, message) => {
    const result = await runCli(argv());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('explains a wrong secret to the admin, in one line', async () => {
    process.env.AZURE_CLIENT_SECRET = 'not-the-secret';
    const result = await runCli(graphArgs());
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/secret/i);
  }, 30_000);

  it('names the missing roles when the admin has not consented', async () => {
    process.env.AZURE_CLIENT_SECRET = simulator.clientSecret;
    simulator.consent.revoke();
    try {
      const result = await runCli(graphArgs());
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Mail\.ReadBasic\.All/);
    } finally {
      simulator.consent.grant();
    }
  }, 30_000);

  it('refuses Graph flags without a graph source', async () => {
    const result = await runCli(['aggregate', '--source', 'jsonl:/x.jsonl', '--tenant-id', 'abc', '--contacts', 'c.csv', '--email-field', 'e',
      '--account-field', 'a', '--internal-domains', 'x.com', '--as-of', AS_OF, '--out', 'o.json']);
    expect(result).toMatchObject({ code: 2, stderr: 'rapport: --tenant-id applies only to --source graph\n' });
  });
});
