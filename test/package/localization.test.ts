/**
 * The app package in every language: manifest.json in English with its localizationInfo, and
 * one localization file per other language with every string of the manifest, generated from
 * the catalog and the command registry, valid offline, and a command menu that works when typed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/bot/catalog/catalog.js';
import { parseIntent } from '../../src/bot/intents.js';
import { COMMAND_MENUS } from '../../src/package/commandMenu.js';
import { localizeManifest, type LocalizationFile, type LocalizedPackage } from '../../src/package/localization.js';
import { fillManifestTemplate } from '../../src/package/manifest.js';
import { readManifestTemplate } from '../../src/package/manifestTemplate.js';
import { localizableKeys, validateLocalizations, validateManifest } from '../../src/package/validate.js';

const VALUES = { appId: '4a7e2c91-5b3d-4f60-8d1e-c2b9a0f35e17', version: '1.2.3', botDomain: 'rapport.contoso.com', websiteUrl: 'https://rapport.example' };
const FILES: Readonly<Record<Exclude<Language, 'en'>, string>> = { sv: 'sv-se.json', ca: 'ca-es.json', id: 'id-id.json', kk: 'kk-kz.json' };

let localized: LocalizedPackage;
beforeAll(async () => {
  localized = localizeManifest(fillManifestTemplate(await readManifestTemplate(), VALUES));
});

const fileOf = (language: Exclude<Language, 'en'>): LocalizationFile => localized.localizations.get(FILES[language])!;

describe('the localized app package', () => {
  it('declares English as the default and a file for Swedish, Catalan, Indonesian and Kazakh, all valid', async () => {
    expect(localized.manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: Object.values(FILES).map((file) => ({ languageTag: file.replace('.json', ''), file })),
    });
    expect(await validateManifest(localized.manifest)).toEqual([]);
    expect(await validateLocalizations(localized.manifest, localized.localizations)).toEqual([]);
  });

  it.each(Object.keys(FILES) as Exclude<Language, 'en'>[])('%s: translates every string of the manifest and nothing else', (language) => {
    const file = fileOf(language);
    expect(Object.keys(file).filter((key) => key !== '$schema').sort()).toEqual(localizableKeys(localized.manifest).sort());
    expect(file.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.25/MicrosoftTeams.Localization.schema.json');
  });

  it.each(Object.keys(FILES) as Exclude<Language, 'en'>[])('%s: leaves no English behind but the product name', (language) => {
    const file = fileOf(language);
    const english = new Map(localizableKeys(localized.manifest).map((key) => [key, englishValue(key)]));
    const same = Object.entries(file).filter(([key, value]) => key !== '$schema' && key !== 'name.short' && value === english.get(key));
    // "segment" is the same word in Swedish and Catalan.
    expect(same.filter(([key, value]) => !(key.endsWith('.title') && value === 'segment'))).toEqual([]);
  });

  it('writes Kazakh in Cyrillic', () => {
    for (const [key, value] of Object.entries(fileOf('kk'))) {
      if (key === '$schema' || key === 'name.short' || value === 'сегмент') continue;
      expect(value, key).toMatch(/[\u0400-\u04FF]/u);
    }
  });

  it.each(['en', ...Object.keys(FILES)] as Language[])('%s: every menu title, typed with an account after it, is the command it describes', (language) => {
    COMMAND_MENUS.forEach((menu, list) => menu.commands.forEach(({ id }, index) => {
      const title = language === 'en'
        ? localized.manifest.bots![0]!.commandLists![list]!.commands[index]!.title
        : fileOf(language as Exclude<Language, 'en'>)[`bots[0].commandLists[${list}].commands[${index}].title`]!;
      const typed = ['engagement', 'whoKnows', 'relationship', 'watch'].includes(id) ? `${title} Contoso` : id === 'segment' ? `${title} EngagementScore >= 60` : title;
      expect(parseIntent(typed, language).kind, `${language}: ${typed}`).toBe(id);
    }));
  });
});

describe('validateLocalizations', () => {
  const broken = (change: (file: Record<string, string>) => void) => {
    const files = new Map([...localized.localizations].map(([name, file]) => [name, { ...file }]));
    change(files.get('sv-se.json')!);
    return validateLocalizations(localized.manifest, files);
  };

  it('names a missing string, an unknown key, an overlong title and a file the manifest does not declare', async () => {
    expect(await broken((file) => delete file['bots[0].commandLists[0].commands[3].description'])).toEqual(['sv-se.json: bots[0].commandLists[0].commands[3].description is missing']);
    expect(await broken((file) => (file['bots[0].commandLists[0].commands[3].title'] = 'x'.repeat(33)))).toEqual([
      `sv-se.json: bots[0].commandLists[0].commands[3].title: "${'x'.repeat(33)}" is longer than 32 characters`,
    ]);
    expect((await broken((file) => (file['staticTabs[0].name'] = 'Flik'))).some((problem) => problem.includes('staticTabs[0].name is not a string of the manifest'))).toBe(true);
    expect((await broken((file) => (file['description.short'] = 'x'.repeat(81)))).some((problem) => problem.startsWith('sv-se.json: schema:'))).toBe(true);
    const extra = new Map([...localized.localizations, ['de-de.json', fileOf('sv')]]);
    expect(await validateLocalizations(localized.manifest, extra)).toEqual(['de-de.json: not declared in localizationInfo.additionalLanguages']);
  });
});

function englishValue(key: string): string | undefined {
  const manifest = localized.manifest;
  const command = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/.exec(key);
  if (command) return manifest.bots![0]!.commandLists![Number(command[1])]!.commands[Number(command[2])]![command[3] as 'title' | 'description'];
  const [field, part] = key.split('.') as ['name' | 'description', 'short' | 'full'];
  return manifest[field][part];
}
