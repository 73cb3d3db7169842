/**
 * The manifest's words in every language: the English ones in manifest.json, and one
 * localization file per other language (Teams shows the app and its command menu in the
 * user's language), all generated from the catalog and the command registry.
 */
import { LANGUAGES, type Language } from '../bot/catalog/languages.js';
import { appStrings, COMMAND_MENUS, TEAMS_LANGUAGE_TAGS, type AppStrings } from './commandMenu.js';
import type { RapportManifest } from './manifest.js';

/** A localization file: its `$schema` and Teams' dotted keys ("bots[0].commandLists[1].commands[2].title"). */
export type LocalizationFile = Readonly<Record<string, string>>;

export interface LocalizedPackage {
  readonly manifest: RapportManifest;
  /** By file name at the package root, e.g. `sv-se.json`. */
  readonly localizations: ReadonlyMap<string, LocalizationFile>;
}

/** The localization schema beside the manifest's own (same version). */
export function localizationSchemaUrl(manifestSchema: string): string {
  return manifestSchema.replace(/MicrosoftTeams\.schema\.json$/, 'MicrosoftTeams.Localization.schema.json');
}

export const localizationFileName = (language: Language): string => `${TEAMS_LANGUAGE_TAGS[language]}.json`;

/**
 * The manifest with its English name, descriptions and command menus and its `localizationInfo`,
 * and the other languages' files (the template leaves all of these to this function).
 */
export function localizeManifest(manifest: RapportManifest): LocalizedPackage {
  const english = appStrings('en');
  const bot = manifest.bots?.[0];
  if (!bot) throw new Error('the manifest has no bot to give command lists to');
  const others = LANGUAGES.filter((language) => language !== 'en');
  const localized: RapportManifest = {
    ...manifest,
    name: english.name,
    description: english.description,
    localizationInfo: {
      defaultLanguageTag: TEAMS_LANGUAGE_TAGS.en,
      additionalLanguages: others.map((language) => ({ languageTag: TEAMS_LANGUAGE_TAGS[language], file: localizationFileName(language) })),
    },
    bots: [{ ...bot, commandLists: COMMAND_MENUS.map((menu, index) => ({ scopes: [...menu.scopes], commands: [...english.commandLists[index]!] })) }, ...manifest.bots!.slice(1)],
  };
  const schema = manifest.$schema;
  if (!schema) throw new Error('the manifest has no $schema to find its localization schema by');
  return {
    manifest: localized,
    localizations: new Map(others.map((language) => [localizationFileName(language), localizationFile(appStrings(language), schema)])),
  };
}

function localizationFile(strings: AppStrings, manifestSchema: string): LocalizationFile {
  const file: Record<string, string> = {
    $schema: localizationSchemaUrl(manifestSchema),
    'name.short': strings.name.short,
    'name.full': strings.name.full,
    'description.short': strings.description.short,
    'description.full': strings.description.full,
  };
  strings.commandLists.forEach((commands, list) => commands.forEach((command, index) => {
    file[`bots[0].commandLists[${list}].commands[${index}].title`] = command.title;
    file[`bots[0].commandLists[${list}].commands[${index}].description`] = command.description;
  }));
  return file;
}
