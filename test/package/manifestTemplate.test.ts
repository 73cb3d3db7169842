import { describe, expect, it } from 'vitest';
import { fillManifestTemplate, listPlaceholders, ManifestTemplateError, type ManifestValues } from '../../src/package/manifest.js';
import { readManifestTemplate, readProjectVersion } from '../../src/package/manifestTemplate.js';
import { validateManifest } from '../../src/package/validate.js';

const VALUES: ManifestValues = {
  appId: '4a7e2c91-5b3d-4f60-8d1e-c2b9a0f35e17',
  version: '1.2.3',
  botDomain: 'rapport.contoso.com',
  websiteUrl: 'https://rapport.example',
};

describe('the committed manifest template (manifest/manifest.template.json)', () => {
  it('is a valid Teams v1.25 manifest once filled', async () => {
    const manifest = fillManifestTemplate(await readManifestTemplate(), VALUES);

    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('is a valid manifest with the project version from package.json', async () => {
    const manifest = fillManifestTemplate(await readManifestTemplate(), { ...VALUES, version: await readProjectVersion() });

    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('leaves open exactly the app id, version, bot domain and website URL', async () => {
    expect(listPlaceholders(await readManifestTemplate())).toEqual(['APP_ID', 'BOT_DOMAIN', 'VERSION', 'WEBSITE_URL']);
  });

  it('names the app Rapport and keeps the short description within 80 characters', async () => {
    const manifest = fillManifestTemplate(await readManifestTemplate(), VALUES);

    expect(manifest.name).toEqual({ short: 'Rapport', full: 'Rapport – account engagement' });
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('offers the seller commands in every scope and the admin commands in personal chat', async () => {
    const manifest = fillManifestTemplate(await readManifestTemplate(), VALUES);
    const [personal, shared] = manifest.bots![0]!.commandLists!;
    const titles = (list: typeof personal) => list!.commands.map((command) => command.title);

    const sellerCommands = ['how engaged is', 'who knows', 'relationship', 'stale accounts', 'top accounts', 'segment', 'watch', 'help'];
    expect(titles(personal)).toEqual([...sellerCommands, 'configure engagement', 'run now']);
    expect(titles(shared)).toEqual(sellerCommands);
  });
});

describe('fillManifestTemplate', () => {
  it('replaces placeholders inside strings, keeping the rest of the string', () => {
    const filled = fillManifestTemplate({ a: 'x-${{APP_ID}}-y', list: ['${{WEBSITE_URL}}/terms'], n: 3, flag: true }, VALUES);

    expect(filled).toEqual({ a: `x-${VALUES.appId}-y`, list: ['https://rapport.example/terms'], n: 3, flag: true });
  });

  it('inserts values as plain strings, never as JSON', () => {
    const filled = fillManifestTemplate({ validDomains: ['${{BOT_DOMAIN}}'] }, { ...VALUES, botDomain: '", "evil": "1' });

    expect(filled).toEqual({ validDomains: ['", "evil": "1'] });
  });

  it('names an unknown placeholder and where it is', () => {
    expect(() => fillManifestTemplate({ bots: [{ botId: '${{BOT_ID}}' }] }, VALUES)).toThrow(ManifestTemplateError);
    expect(() => fillManifestTemplate({ bots: [{ botId: '${{BOT_ID}}' }] }, VALUES)).toThrow(
      'bots[0].botId: unknown placeholder ${{BOT_ID}}',
    );
  });

  it('refuses a template that is not a JSON object', () => {
    expect(() => fillManifestTemplate([], VALUES)).toThrow('the manifest template is not a JSON object');
  });
});
