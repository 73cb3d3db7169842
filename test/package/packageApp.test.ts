import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RapportManifest } from '../../src/package/manifest.js';
import { DEMO_APP_ID } from '../../src/package/packageConfig.js';
import { runPackageCommand } from '../../src/package/packageApp.js';
import { loadBundledSchema } from '../../src/package/validate.js';

const APP_ID = '4a7e2c91-5b3d-4f60-8d1e-c2b9a0f35e17';
const DOMAIN = 'rapport.contoso.com';
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'rapport-package-'));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function runPackage(argv: string[], env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
  };
  const exitCode = await runPackageCommand(argv, env, io);
  return { exitCode, ...out };
}

async function openPackage(zipPath: string) {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as RapportManifest;
  return {
    names: Object.keys(zip.files).sort(),
    manifest,
    color: PNG.sync.read(await zip.file(manifest.icons.color)!.async('nodebuffer')),
    outline: PNG.sync.read(await zip.file(manifest.icons.outline)!.async('nodebuffer')),
  };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

describe('npm run package', () => {
  it('writes a zip with manifest.json, a localization file per language and both icons at its root', async () => {
    const out = path.join(workDir, 'nested', 'rapport.zip');
    const result = await runPackage(['--app-id', APP_ID, '--domain', DOMAIN, '--out', out]);

    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain(`wrote ${out}`);
    const { names } = await openPackage(out);
    expect(names).toEqual(['ca-es.json', 'color.png', 'id-id.json', 'kk-kz.json', 'manifest.json', 'outline.png', 'sv-se.json']);
  });

  it('packs a manifest the bundled v1.25 schema accepts with zero errors', async () => {
    const out = path.join(workDir, 'rapport.zip');
    await runPackage(['--app-id', APP_ID, '--domain', DOMAIN, '--out', out]);
    const { manifest } = await openPackage(out);

    expect(manifest.manifestVersion).toBe('1.25');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.25/MicrosoftTeams.schema.json');
    const schema = await loadBundledSchema(manifest.$schema);
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
  });

  it('fills ids, version, domain and developer links from the configuration', async () => {
    const out = path.join(workDir, 'rapport.zip');
    await runPackage(['--app-id', APP_ID, '--domain', DOMAIN, '--website-url', 'https://contoso.example/rapport/', '--out', out]);
    const { manifest } = await openPackage(out);
    const { version } = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(APP_ID);
    expect(manifest.version).toBe(version);
    expect(manifest.validDomains).toEqual([DOMAIN]);
    expect(manifest.developer).toEqual({
      name: 'Rapport',
      websiteUrl: 'https://contoso.example/rapport',
      privacyUrl: 'https://contoso.example/rapport/privacy',
      termsOfUseUrl: 'https://contoso.example/rapport/terms',
    });
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
    expect(manifest).not.toHaveProperty('webApplicationInfo');
  });

  it('keeps command lists and descriptions within what Teams shows', async () => {
    const out = path.join(workDir, 'rapport.zip');
    await runPackage(['--app-id', APP_ID, '--domain', DOMAIN, '--out', out]);
    const { manifest } = await openPackage(out);
    const bot = manifest.bots![0]!;

    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.commandLists?.map((list) => list.scopes)).toEqual([['personal'], ['team', 'groupChat']]);
    for (const list of bot.commandLists!) {
      expect(list.commands.length).toBeGreaterThan(0);
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
  });

  it('packs a 192×192 colour icon and a 32×32 white-on-transparent outline icon', async () => {
    const out = path.join(workDir, 'rapport.zip');
    await runPackage(['--app-id', APP_ID, '--domain', DOMAIN, '--out', out]);
    const { color, outline } = await openPackage(out);

    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let visible = 0;
    for (let offset = 0; offset < outline.data.length; offset += 4) {
      const [red, green, blue, alpha] = outline.data.subarray(offset, offset + 4);
      if (alpha === 0) continue;
      visible++;
      expect([red, green, blue]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(0);
  });

  it('writes the same bytes every time', async () => {
    const first = path.join(workDir, 'first.zip');
    const second = path.join(workDir, 'second.zip');
    await runPackage(['--app-id', APP_ID, '--domain', DOMAIN, '--out', first]);
    await runPackage(['--app-id', APP_ID, '--domain', DOMAIN, '--out', second]);

    expect(Buffer.compare(await readFile(first), await readFile(second))).toBe(0);
  });

  it('takes the app id and domain from MicrosoftAppId and BOT_DOMAIN', async () => {
    const out = path.join(workDir, 'rapport.zip');
    const result = await runPackage(['--out', out], { MicrosoftAppId: APP_ID, BOT_DOMAIN: DOMAIN });
    const { manifest } = await openPackage(out);

    expect(result.exitCode).toBe(0);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.validDomains).toEqual([DOMAIN]);
  });

  it('refuses to package without an app id, saying how to give one', async () => {
    const out = path.join(workDir, 'rapport.zip');
    const result = await runPackage(['--domain', DOMAIN, '--out', out]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/no app id: pass --app-id GUID or set MicrosoftAppId/);
    expect(result.stderr).toContain('--demo');
    expect(await exists(out)).toBe(false);
  });

  it('packages with the documented demo app id under --demo, and says it is a demo package', async () => {
    const out = path.join(workDir, 'rapport.zip');
    const result = await runPackage(['--demo', '--out', out], { MicrosoftAppId: APP_ID });
    const { manifest } = await openPackage(out);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('demo package');
    expect(manifest.id).toBe(DEMO_APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(DEMO_APP_ID);
    expect(manifest.validDomains).toEqual(['localhost']);
  });

  it('rejects --demo together with --app-id', async () => {
    const result = await runPackage(['--demo', '--app-id', APP_ID, '--out', path.join(workDir, 'rapport.zip')]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--demo and --app-id exclude each other');
  });

  it.each(['https://x', 'not a domain', 'rapport.contoso.com/api/messages'])(
    'refuses the domain %j, naming validDomains, and writes nothing',
    async (domain) => {
      const out = path.join(workDir, 'rapport.zip');
      const result = await runPackage(['--app-id', APP_ID, '--domain', domain, '--out', out]);

      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('the app package is invalid, nothing was written');
      expect(result.stderr).toContain(`validDomains[0]: ${JSON.stringify(domain)}`);
      expect(await exists(out)).toBe(false);
    },
  );

  it('refuses a placeholder or malformed app id, listing every problem', async () => {
    const out = path.join(workDir, 'rapport.zip');
    const result = await runPackage(['--app-id', 'not-a-guid', '--domain', DOMAIN, '--out', out]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('schema: /id must match pattern');
    expect(result.stderr).toContain('schema: /bots/0/botId must match pattern');
    expect(result.stderr).toContain('id: "not-a-guid" is not a GUID');
    expect(await exists(out)).toBe(false);

    const zeros = await runPackage(['--app-id', '00000000-0000-0000-0000-000000000000', '--domain', DOMAIN, '--out', out]);
    expect(zeros.exitCode).toBe(2);
    expect(zeros.stderr).toContain('id: 00000000-0000-0000-0000-000000000000 is a placeholder');
  });

  it('refuses an http website URL', async () => {
    const result = await runPackage(['--app-id', APP_ID, '--domain', DOMAIN, '--website-url', 'http://rapport.example', '--out', path.join(workDir, 'r.zip')]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('developer.websiteUrl: "http://rapport.example" is not an https:// URL');
  });

  it('reports an unknown flag as a usage error', async () => {
    const result = await runPackage(['--app', APP_ID]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^rapport package: .*'--app'.*\(try --help\)\n$/);
  });

  it('runs as the npm script entry point', async () => {
    const out = path.join(workDir, 'rapport.zip');
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/package/packageApp.ts', '--demo', '--out', out], {
      cwd: REPO_ROOT,
      env: { ...process.env, MicrosoftAppId: '', BOT_DOMAIN: '' },
    });

    expect(stdout).toContain(`wrote ${out}`);
    expect(await exists(out)).toBe(true);
    await expect(
      run(process.execPath, ['--import', 'tsx', 'src/package/packageApp.ts', '--out', out], {
        cwd: REPO_ROOT,
        env: { ...process.env, MicrosoftAppId: '', BOT_DOMAIN: '' },
      }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('no app id') });
  });
});
