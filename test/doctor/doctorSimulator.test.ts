/**
 * `rapport doctor` against the simulated tenant and its faults, through the real msal-node and
 * Graph client: a healthy demo, a wrong secret, a missing permission, a grant scoped by Exchange
 * RBAC, mailboxes outside the scope, and a tenant-wide grant widening the scope.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { doctorCommand } from '../../src/cli/doctorCommand.js';
import { exitCodeOf, type CheckResult, type Outcome } from '../../src/doctor/checkResult.js';
import { demoConfiguration, simulatorTarget } from '../../src/doctor/demoTarget.js';
import type { DoctorTarget } from '../../src/doctor/doctorTarget.js';
import { runDoctor } from '../../src/doctor/runDoctor.js';
import { startSimulator, type RunningSimulator } from '../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../src/sources/simulator/tenantGenerator.js';
import { tempDataDir } from '../store/storeFixtures.js';

const asOf = Date.parse('2026-11-01T00:00:00Z');
const tenant = generateTenant({ seed: 9, asOf, sizes: { users: 10, monitoredMailboxes: 6, groups: 1, accounts: 8, emailsPerUserPerYear: 50 } });
const mailboxes = [...tenant.mailboxes()].sort();
let simulator: RunningSimulator;
let scoped: RunningSimulator;
let dataDir: string;

beforeAll(async () => {
  [simulator, scoped] = await Promise.all([startSimulator({ tenant }), startSimulator({ tenant, scope: { mailboxes: mailboxes.slice(0, 4) } })]);
  dataDir = await tempDataDir();
}, 60_000);

afterEach(() => {
  simulator.consent.revoke();
  simulator.consent.grant();
  scoped.consent.revoke();
  scoped.consent.grant();
  scoped.exchangeRbac.clear();
  scoped.exchangeRbac.assign(['Mail.ReadBasic', 'Calendars.ReadBasic'], mailboxes.slice(0, 4));
});

afterAll(async () => {
  await Promise.all([simulator.close(), scoped.close()]);
});

async function doctor(sim: RunningSimulator, overrides: Partial<DoctorTarget> = {}): Promise<CheckResult[]> {
  return runDoctor(demoConfiguration(sim), simulatorTarget(sim, mailboxes, dataDir, overrides));
}

const outcomes = (results: readonly CheckResult[]): Record<string, Outcome> => Object.fromEntries(results.map((result) => [result.check, result.outcome]));
const resultOf = (results: readonly CheckResult[], check: string): CheckResult => results.find((result) => result.check === check)!;

describe('rapport doctor against the simulator', () => {
  it('passes every check that applies to a healthy tenant, and exits 0', async () => {
    const results = await doctor(simulator);
    expect(outcomes(results)).toEqual({
      'Configuration valid': 'pass',
      'Bot credentials obtain a token': 'pass',
      'Graph credentials obtain a token': 'pass',
      'Permissions cover what is configured': 'pass',
      'The directory answers': 'pass',
      'Configured mailboxes and groups resolve': 'pass',
      'One mailbox readable with metadata only': 'pass',
      'Data directory writable with free space': 'pass',
      'Public URL reachable over HTTPS with a valid certificate': 'skip',
      'The app package\'s bot id matches MicrosoftAppId': 'skip',
      'Clock skew': 'pass',
    });
    expect(resultOf(results, 'Permissions cover what is configured').detail).toBe('tenant-wide Entra grant; 6 of 6 configured mailboxes readable');
    expect(resultOf(results, 'Configured mailboxes and groups resolve').detail).toBe('6 entries resolved to 6 mailboxes');
    expect(exitCodeOf(results)).toBe(0);
  });

  it('a wrong secret fails both sign-ins with the fix, skips what needs a token, and exits 1', async () => {
    const wrong = { ...simulatorTarget(simulator, mailboxes, dataDir).graph, clientSecret: 'not-the-secret' };
    const results = await doctor(simulator, { graph: wrong, bot: { ...simulatorTarget(simulator, null, dataDir).bot, signIn: wrong } });
    for (const check of ['Bot credentials obtain a token', 'Graph credentials obtain a token']) {
      expect(resultOf(results, check)).toMatchObject({ outcome: 'fail', detail: expect.stringMatching(/AADSTS7000215.*client secret was rejected/), fix: expect.stringMatching(/Certificates & secrets/) });
    }
    expect(outcomes(results)).toMatchObject({ 'Permissions cover what is configured': 'skip', 'The directory answers': 'skip', 'Configured mailboxes and groups resolve': 'skip' });
    expect(exitCodeOf(results)).toBe(1);
  });

  it('a missing permission fails the permission check naming it, and the mailbox read naming the calendar', async () => {
    simulator.consent.revoke();
    simulator.consent.grant(['Mail.ReadBasic.All', 'User.ReadBasic.All', 'GroupMember.Read.All']);
    const results = await doctor(simulator);
    expect(resultOf(results, 'Permissions cover what is configured')).toMatchObject({ outcome: 'fail', detail: 'missing Calendars.ReadBasic.All (0 of 6 configured mailboxes readable)' });
    expect(resultOf(results, 'One mailbox readable with metadata only')).toMatchObject({ outcome: 'fail', detail: expect.stringMatching(/calendar denied/) });
    expect(exitCodeOf(results)).toBe(1);
  });

  it('a grant scoped by Exchange RBAC over every configured mailbox passes', async () => {
    scoped.exchangeRbac.assign(['Mail.ReadBasic', 'Calendars.ReadBasic'], mailboxes);
    const results = await doctor(scoped);
    expect(resultOf(results, 'Graph credentials obtain a token').detail).toMatch(/the roles GroupMember\.Read\.All, User\.ReadBasic\.All$/);
    expect(resultOf(results, 'Permissions cover what is configured')).toMatchObject({ outcome: 'pass', detail: 'Exchange RBAC scope; 6 of 6 configured mailboxes readable' });
    expect(exitCodeOf(results)).toBe(0);
  });

  it('mailboxes outside the scope are named in a warning, and the doctor still exits 0', async () => {
    const results = await doctor(scoped);
    const permissions = resultOf(results, 'Permissions cover what is configured');
    expect(permissions).toMatchObject({ outcome: 'warn', fix: expect.stringMatching(/add these mailboxes to the management scope/) });
    expect(permissions.detail).toBe(`Exchange RBAC scope; 4 of 6 configured mailboxes readable; outside the scope: ${mailboxes.slice(4).join(', ')}`);
    expect(resultOf(results, 'One mailbox readable with metadata only').outcome).toBe('pass');
    expect(exitCodeOf(results)).toBe(0);
  });

  it('a tenant-wide grant beside the scope is a warning naming the role that widens it', async () => {
    scoped.consent.grant(['Mail.ReadBasic.All']);
    const permissions = resultOf(await doctor(scoped), 'Permissions cover what is configured');
    expect(permissions).toMatchObject({ outcome: 'warn', fix: 'remove the tenant-wide Mail.ReadBasic.All grant in Entra ID to keep Rapport within the scope' });
    expect(permissions.detail).toMatch(/^Exchange RBAC scope and a tenant-wide grant of Mail\.ReadBasic\.All/);
  });

  it('no scope and no mail role: the permission check fails', async () => {
    scoped.exchangeRbac.clear();
    expect(resultOf(await doctor(scoped), 'Permissions cover what is configured')).toMatchObject({
      outcome: 'fail', detail: 'missing Mail.ReadBasic.All, Calendars.ReadBasic.All (0 of 6 configured mailboxes readable)',
    });
  });

  it('a clock ten minutes ahead fails the skew check; two minutes warns', async () => {
    const ahead = (ms: number) => () => Date.now() + ms;
    expect(resultOf(await doctor(simulator, { now: ahead(10 * 60_000) }), 'Clock skew')).toMatchObject({ outcome: 'fail', detail: expect.stringMatching(/^this machine is 60\d s ahead of .*tokens will be refused$/) });
    expect(resultOf(await doctor(simulator, { now: ahead(2 * 60_000) }), 'Clock skew').outcome).toBe('warn');
  });
});

describe('rapport doctor --demo', () => {
  it('prints one line per check against the built-in tenant and exits 0', async () => {
    let out = '';
    const io = { stdout: { write: (text: string) => ((out += text), true) }, stderr: { write: () => true } };
    const code = await doctorCommand(['--demo'], io as never, { RAPPORT_DATA_DIR: await tempDataDir() });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.map((line) => line.slice(0, 4))).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'SKIP', 'SKIP', 'PASS']);
    expect(lines[3]).toMatch(/^PASS {2}Permissions cover what is configured: tenant-wide Entra grant; (\d+) of \1 configured mailboxes readable$/);
    expect(code).toBe(0);
  }, 60_000);
});
