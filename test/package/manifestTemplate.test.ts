import { describe, expect, it } from 'vitest';
import { fillManifestTemplate, listPlaceholders, ManifestTemplateError, type ManifestValues } from '../../src/package/manifest.js';
import { localizeManifest } from '../../src/package/localization.js';
import { readManifestTemplate, readProjectVersion } from '../../src/package/manifestTemplate.js';
import { validateManifest } from '../../src/package/validate.js';

const VALUES: ManifestValues = {
  appId: '4a7e2c91-5b3d-4f60-8d1e-c2b9a0f35e17',
  version: '1.2.3',
  botDomain: 'rapport.contoso.com',
  websiteUrl: 'https://rapport.example',
};

/** The template filled and given its words (name, descriptions, command menus) from the catalog and the registry. */
const filled = async (values: ManifestValues = VALUES) => localizeManifest(fillManifestTemplate(await readManifestTemplate(), values)).manifest;

describe('the committed manifest template (manifest/manifest.template.json)', () => {
  it('is a valid Teams v1.25 manifest once filled', async () => {
    const manifest = await filled();

    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('is a valid manifest with the project version from package.json', async () => {
    const manifest = await filled({ ...VALUES, version: await readProjectVersion() });

    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('leaves open exactly the app id, version, bot domain and website URL', async () => {
    expect(listPlaceholders(await readManifestTemplate())).toEqual(['APP_ID', 'BOT_DOMAIN', 'VERSION', 'WEBSITE_URL']);
  });

  it('names the app Rapport and keeps the short description within 80 characters', async () => {
    const manifest = await filled();

    expect(manifest.name).toEqual({ short: 'Rapport', full: 'Rapport – account engagement' });
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('offers the seller commands in every scope, what changed and setting up in personal chat', async () => {
    const manifest = await filled();
    const [personal, shared] = manifest.bots![0]!.commandLists!;
    const titles = (list: typeof personal) => list!.commands.map((command) => command.title);

    expect(titles(personal)).toEqual([
      'how engaged is', 'who knows someone at', 'relationship', "what's new", 'stale accounts', 'top accounts', 'segment', 'watch', 'help', 'configure engagement',
    ]);
    expect(titles(shared)).toEqual([
      'how engaged is', 'who knows someone at', 'relationship', 'which accounts need attention', 'stale accounts', 'top accounts', 'segment', 'watch', 'help',
    ]);
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
