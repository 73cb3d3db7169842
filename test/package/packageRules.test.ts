import { beforeAll, describe, expect, it } from 'vitest';
import { fillManifestTemplate, type RapportManifest } from '../../src/package/manifest.js';
import { localizeManifest } from '../../src/package/localization.js';
import { readManifestTemplate } from '../../src/package/manifestTemplate.js';
import { checkTeamsRules } from '../../src/package/packageRules.js';

let valid: RapportManifest;
beforeAll(async () => {
  valid = localizeManifest(fillManifestTemplate(await readManifestTemplate(), {
    appId: '4a7e2c91-5b3d-4f60-8d1e-c2b9a0f35e17',
    version: '0.1.0',
    botDomain: 'rapport.contoso.com',
    websiteUrl: 'https://rapport.example',
  })).manifest;
});

/** A copy of the valid manifest with one change. */
function changed(change: (manifest: RapportManifest) => void): RapportManifest {
  const copy = structuredClone(valid);
  change(copy);
  return copy;
}

function personalCommands(manifest: RapportManifest) {
  return manifest.bots![0]!.commandLists![0]!.commands;
}

describe('checkTeamsRules', () => {
  it('finds nothing wrong with the filled template', () => {
    expect(checkTeamsRules(valid)).toEqual([]);
  });

  it.each(['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'])('refuses the placeholder app id %s', (appId) => {
    expect(checkTeamsRules(changed((manifest) => (manifest.id = appId)))).toEqual([
      `id: ${appId} is a placeholder, not a real app registration; give the bot's Microsoft App ID`,
    ]);
  });

  it('refuses a bot id that is not a GUID', () => {
    expect(checkTeamsRules(changed((manifest) => (manifest.bots![0]!.botId = 'rapport')))).toEqual([
      'bots[0].botId: "rapport" is not a GUID (the bot\'s Microsoft App ID)',
    ]);
  });

  it.each(['1.0', '1.0.0-beta.1', '01.0.0'])('refuses the version %j', (version) => {
    expect(checkTeamsRules(changed((manifest) => (manifest.version = version)))).toEqual([
      `version: ${JSON.stringify(version)} is not major.minor.patch with numbers only (e.g. 1.0.0)`,
    ]);
  });

  it('refuses more than 10 commands in a list', () => {
    const manifest = changed((copy) => personalCommands(copy).push({ title: 'consent status', description: 'Admins: Graph consent' }));

    expect(personalCommands(manifest)).toHaveLength(11);
    expect(checkTeamsRules(manifest)).toEqual(['bots[0].commandLists[0].commands: 11 commands, Teams shows at most 10']);
  });

  it('refuses command titles over 32 characters, descriptions over 128 and duplicate titles', () => {
    const manifest = changed((copy) => {
      const commands = personalCommands(copy);
      commands[0]!.title = 'how engaged is this account right now';
      commands[1]!.description = 'x'.repeat(129);
      commands[2]!.title = 'Help';
    });

    expect(checkTeamsRules(manifest)).toEqual([
      'bots[0].commandLists[0].commands[0].title: "how engaged is this account right now" is longer than 32 characters',
      'bots[0].commandLists[0].commands[1].description: longer than 128 characters',
      'bots[0].commandLists[0].commands[8].title: "help" appears twice in the list',
    ]);
  });

  it('names each invalid domain entry', () => {
    expect(checkTeamsRules(changed((manifest) => (manifest.validDomains = ['rapport.contoso.com', 'https://x'])))).toEqual([
      'validDomains[1]: "https://x" has a scheme; give the host name only (e.g. rapport.contoso.com)',
    ]);
  });

  it('refuses icons outside the package root or shared by both sizes', () => {
    expect(checkTeamsRules(changed((manifest) => (manifest.icons.color = 'icons/color.png')))).toEqual([
      'icons.color: "icons/color.png" is not a .png file name at the package root',
    ]);
    expect(checkTeamsRules(changed((manifest) => (manifest.icons.outline = 'color.png')))).toEqual([
      'icons.outline: must be a different file from icons.color',
    ]);
  });

  it('refuses a manifest with a placeholder left in it', () => {
    expect(checkTeamsRules(changed((manifest) => (manifest.name.full = 'Rapport ${{EDITION}}')))).toEqual([
      'manifest: placeholder ${{EDITION}} was not filled',
    ]);
  });
});
