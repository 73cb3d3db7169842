/**
 * The doctor's checks that need no tenant: the configuration, the data directory, the public
 * URL (a real HTTPS server on this machine), the app package and the clock comparison.
 */
import { generateKeyPairSync } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeOf, formatResult } from '../../src/doctor/checkResult.js';
import { checkAppPackage } from '../../src/doctor/checks/appPackage.js';
import { judgeSkew, skewOf } from '../../src/doctor/checks/clockSkew.js';
import { checkConfiguration } from '../../src/doctor/checks/configuration.js';
import { checkDataDirectory, LOW_FREE_BYTES, MIN_FREE_BYTES } from '../../src/doctor/checks/dataDirectory.js';
import { checkPublicUrl } from '../../src/doctor/checks/publicUrl.js';
import type { DoctorTarget } from '../../src/doctor/doctorTarget.js';
import { runDoctor } from '../../src/doctor/runDoctor.js';
import { makeTlsCertificate, type TlsCertificate } from '../../src/sources/simulator/server/certificate.js';
import { tempDataDir } from '../store/storeFixtures.js';

const APP_ID = '6f1c2b7a-1111-4222-8333-444455556666';
const ENV = { MicrosoftAppId: APP_ID, MicrosoftAppTenantId: 'contoso.onmicrosoft.com', MicrosoftAppPassword: 's', RAPPORT_PUBLIC_URL: 'https://bot.contoso.example' };

/** Only what the local checks read. */
const target = (overrides: Partial<DoctorTarget>): { target: DoctorTarget } => ({
  target: {
    mode: 'production',
    bot: { registration: { appType: 'SingleTenant', appId: APP_ID, tenantId: 't', credential: { kind: 'secret', secret: 's' } }, signIn: { tenantId: 't', clientId: APP_ID, clientSecret: 's' } },
    graph: { tenantId: 't', clientId: APP_ID, clientSecret: 's' },
    exchangeRbac: false, dataDir: '.', publicUrl: null, entries: null, appPackage: null, now: Date.now,
    ...overrides,
  },
});

describe('the configuration check', () => {
  it('passes a SingleTenant bot and summarises what signs in with what', async () => {
    const { result, config } = await checkConfiguration(ENV);
    expect(result).toMatchObject({ outcome: 'pass', detail: `SingleTenant bot ${APP_ID} in tenant contoso.onmicrosoft.com, signing in with a client secret; Graph app ${APP_ID} with a client secret` });
    expect(config?.appId).toBe(APP_ID);
  });

  it('fails naming the missing setting, and then every other check is skipped and the exit code is 1', async () => {
    const { result, config } = await checkConfiguration({ ...ENV, MicrosoftAppType: 'UserAssignedMSI' });
    expect(result).toMatchObject({ outcome: 'fail', detail: 'MicrosoftAppType=UserAssignedMSI signs in as the managed identity: remove MicrosoftAppPassword' });
    expect(config).toBeNull();
    const results = await runDoctor(result, null);
    expect(results.slice(1).every((skipped) => skipped.outcome === 'skip' && skipped.detail === 'needs a valid configuration')).toBe(true);
    expect(exitCodeOf(results)).toBe(1);
  });

  it('fails a certificate file that holds no private key, and passes one that does', async () => {
    const dir = await tempDataDir();
    const bad = join(dir, 'bad.pem');
    const good = join(dir, 'good.pem');
    await writeFile(bad, 'not a key');
    await writeFile(good, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const withCertificate = (file: string) => ({ ...ENV, MicrosoftAppPassword: '', RAPPORT_CERTIFICATE_FILE: file, RAPPORT_CERTIFICATE_THUMBPRINT: 'AB'.repeat(20) });
    expect((await checkConfiguration(withCertificate(bad))).result).toMatchObject({ outcome: 'fail', detail: `the certificate of the bot (${bad} holds no PEM private key)` });
    expect((await checkConfiguration(withCertificate(join(dir, 'missing.pem')))).result.detail).toMatch(/cannot be read: ENOENT/);
    expect((await checkConfiguration(withCertificate(good))).result).toMatchObject({ outcome: 'pass', detail: expect.stringContaining('signing in with the certificate ABAB') });
  });

  it('warns about an http public URL and a MultiTenant bot', async () => {
    expect((await checkConfiguration({ ...ENV, RAPPORT_PUBLIC_URL: 'http://bot.contoso.example' })).result.outcome).toBe('warn');
    expect((await checkConfiguration({ ...ENV, MicrosoftAppType: 'MultiTenant' })).result).toMatchObject({ outcome: 'warn', detail: expect.stringMatching(/no longer creates multi-tenant bots/) });
  });
});

describe('the data directory check', () => {
  it('makes a missing directory 0700, writes in it and reports the free space', async () => {
    const dir = join(await tempDataDir(), 'data');
    const result = await checkDataDirectory(target({ dataDir: dir }), async () => 5 * LOW_FREE_BYTES);
    expect(result).toMatchObject({ outcome: 'pass', detail: `${dir}, 5,120 MB free` });
  });

  it('fails a path it cannot write, and too little space; warns about little space and a folder others can read', async () => {
    const base = await tempDataDir();
    await writeFile(join(base, 'a-file'), '');
    expect(await checkDataDirectory(target({ dataDir: join(base, 'a-file', 'data') }))).toMatchObject({ outcome: 'fail', detail: expect.stringMatching(/is not writable: ENOTDIR/) });
    expect((await checkDataDirectory(target({ dataDir: base }), async () => MIN_FREE_BYTES - 1)).outcome).toBe('fail');
    expect((await checkDataDirectory(target({ dataDir: base }), async () => LOW_FREE_BYTES - 1)).outcome).toBe('warn');
    const open = join(base, 'open');
    await mkdir(open);
    await chmod(open, 0o755);
    expect(await checkDataDirectory(target({ dataDir: open }), async () => LOW_FREE_BYTES)).toMatchObject({ outcome: 'warn', detail: expect.stringMatching(/readable by other local users \(mode 755\)/) });
  });
});

describe('the public URL check', () => {
  let tls: TlsCertificate;
  let server: Server;
  let url: string;
  let status = 200;

  beforeAll(async () => {
    tls = await makeTlsCertificate();
    server = createHttpsServer({ key: tls.keyPem, cert: tls.certificatePem }, (request, response) => {
      response.writeHead(request.url === '/healthz' ? status : 404).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fails a certificate no trusted CA signed, and says how to fix it', async () => {
    expect(await checkPublicUrl(target({ publicUrl: url }))).toMatchObject({ outcome: 'fail', detail: expect.stringMatching(/cannot be reached: .*(CERT|SELF_SIGNED|VERIFY)/), fix: expect.stringMatching(/public CA/) });
  });

  it('passes when /healthz answers 200 over a trusted certificate; warns on another status', async () => {
    status = 200;
    expect(await checkPublicUrl(target({ publicUrl: url, publicUrlCaPem: tls.certificatePem }))).toMatchObject({ outcome: 'pass', detail: `${url}/healthz answered 200 over https with a valid certificate` });
    status = 503;
    expect((await checkPublicUrl(target({ publicUrl: url, publicUrlCaPem: tls.certificatePem }))).outcome).toBe('warn');
  });

  it('fails an http URL without trying it, and skips without one', async () => {
    expect((await checkPublicUrl(target({ publicUrl: 'http://bot.contoso.example' }))).outcome).toBe('fail');
    expect((await checkPublicUrl(target({ publicUrl: null }))).outcome).toBe('skip');
  });
});

describe('the app package check', () => {
  const manifest = (botId: string, domains: string[]) => ({ id: botId, bots: [{ botId, scopes: ['personal'] }], validDomains: domains });

  it('passes a package naming this bot and listing the public host, from a zip or a manifest', async () => {
    const dir = await tempDataDir();
    const zip = new JSZip();
    zip.file('manifest.json', JSON.stringify(manifest(APP_ID, ['bot.contoso.example'])));
    const zipFile = join(dir, 'rapport.zip');
    await writeFile(zipFile, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await checkAppPackage(target({ appPackage: zipFile, publicUrl: 'https://bot.contoso.example' }))).toMatchObject({ outcome: 'pass', detail: `${zipFile} names the bot ${APP_ID}` });
    const json = join(dir, 'manifest.json');
    await writeFile(json, JSON.stringify(manifest(APP_ID.toUpperCase(), [])));
    expect((await checkAppPackage(target({ appPackage: json }))).outcome).toBe('pass');
  });

  it('fails another bot id with the command that rebuilds it; warns when the public host is not a valid domain', async () => {
    const dir = await tempDataDir();
    const json = join(dir, 'manifest.json');
    await writeFile(json, JSON.stringify(manifest('7d1c5a3e-2b4f-4c8a-9e6d-5f0b3a1c8e42', ['localhost'])));
    expect(await checkAppPackage(target({ appPackage: json }))).toMatchObject({
      outcome: 'fail', detail: `${json} names the bot 7d1c5a3e-2b4f-4c8a-9e6d-5f0b3a1c8e42, not ${APP_ID}`, fix: `rebuild it: npm run package -- --app-id ${APP_ID} --domain <public host>`,
    });
    await writeFile(json, JSON.stringify(manifest(APP_ID, ['localhost'])));
    expect(await checkAppPackage(target({ appPackage: json, publicUrl: 'https://bot.contoso.example' }))).toMatchObject({ outcome: 'warn', fix: 'rebuild it with --domain bot.contoso.example' });
  });

  it('fails a file that is not a package, and skips without one', async () => {
    const dir = await tempDataDir();
    const notZip = join(dir, 'rapport.zip');
    await writeFile(notZip, 'plain text');
    expect(await checkAppPackage(target({ appPackage: notZip }))).toMatchObject({ outcome: 'fail', detail: expect.stringMatching(/is not a zip file/) });
    expect((await checkAppPackage(target({ appPackage: join(dir, 'nothing.json') }))).detail).toMatch(/cannot be read: ENOENT/);
    expect((await checkAppPackage(target({}))).outcome).toBe('skip');
  });
});

describe('the clock comparison', () => {
  it('takes the middle of the request as the local time, and judges by 1 and 5 minutes', () => {
    expect(skewOf(1_000_000, 1_000_000, 1_002_000)).toBe(1_000);
    expect(judgeSkew(59_000, 'login').outcome).toBe('pass');
    expect(judgeSkew(-61_000, 'login')).toMatchObject({ outcome: 'warn', detail: 'this machine is 61 s behind login' });
    expect(judgeSkew(300_000, 'login').outcome).toBe('fail');
  });

  it('prints one line, the fix last', () => {
    expect(formatResult(judgeSkew(-61_000, 'login'))).toBe('WARN  Clock skew: this machine is 61 s behind login. Fix: synchronise the clock with NTP (on Azure App Service and Container Apps the platform keeps it).');
  });
});
