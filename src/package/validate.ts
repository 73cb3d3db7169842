/**
 * Validating a filled manifest offline: the JSON schema its `$schema` names, loaded from the
 * copy bundled in @microsoft/app-manifest (never fetched), plus the Teams rules the schema
 * does not express (packageRules.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import type { RapportManifest } from './manifest.js';
import type { LocalizationFile } from './localization.js';
import { checkCommandList, checkTeamsRules } from './packageRules.js';

type ManifestSchema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

const SCHEMA_HOST = 'https://developer.microsoft.com/';
/** `https://developer.microsoft.com/[locale/]json-schemas/teams/vX.Y/File.json` → `json-schemas/teams/vX.Y/File.json`. */
const TEAMS_SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/v[\w.]+\/[\w.]+\.json)$/i;

/** The schema URL cannot be served from the bundled copies; validation never goes to the network. */
export class SchemaUnavailableError extends Error {
  override readonly name = 'SchemaUnavailableError';
}

/** Every problem with the manifest, schema errors first; empty when Teams would accept it. */
export async function validateManifest(manifest: RapportManifest): Promise<string[]> {
  return [...(await validateAgainstBundledSchema(manifest)), ...checkTeamsRules(manifest)];
}

/**
 * Every problem with the localization files: their schema, and what Teams expects beyond it —
 * each file translates every string of the manifest (and nothing else), and its command menus
 * keep Teams' limits. Each problem is prefixed with the file's name.
 */
export async function validateLocalizations(manifest: RapportManifest, files: ReadonlyMap<string, LocalizationFile>): Promise<string[]> {
  const expected = localizableKeys(manifest);
  const problems: string[] = [];
  const declared = new Set((manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file));
  for (const name of declared) if (!files.has(name)) problems.push(`localizationInfo: ${name} is not in the package`);
  for (const [name, file] of files) {
    if (!declared.has(name)) problems.push(`${name}: not declared in localizationInfo.additionalLanguages`);
    const schema = withUnicodePatterns(await loadBundledSchema(file.$schema));
    const errors = await AppManifestUtils.validateAgainstSchema(file as unknown as AppManifest, schema);
    problems.push(...errors.map((error) => `${name}: schema: ${describeSchemaError(error)}`));
    const keys = Object.keys(file).filter((key) => key !== '$schema');
    problems.push(...expected.filter((key) => !keys.includes(key)).map((key) => `${name}: ${key} is missing`));
    problems.push(...keys.filter((key) => !expected.includes(key)).map((key) => `${name}: ${key} is not a string of the manifest`));
    problems.push(...keys.filter((key) => (file[key] ?? '').trim() === '').map((key) => `${name}: ${key} is empty`));
    (manifest.bots?.[0]?.commandLists ?? []).forEach((list, listIndex) => {
      const commands = list.commands.map((_command, index) => ({
        title: file[`bots[0].commandLists[${listIndex}].commands[${index}].title`] ?? '',
        description: file[`bots[0].commandLists[${listIndex}].commands[${index}].description`] ?? '',
      }));
      problems.push(...checkCommandList(`${name}: bots[0].commandLists[${listIndex}]`, commands));
    });
  }
  return problems;
}

/**
 * The bundled localization schema has key patterns that are not valid unicode regular
 * expressions (an unescaped "]" after "\\b", for activity types), which the validator compiles
 * with the `u` flag. They concern strings Rapport does not localize, so they are left out: a
 * key of that kind would then be reported as not allowed, which is right for this package.
 */
function withUnicodePatterns(schema: ManifestSchema): ManifestSchema {
  const patterns = (schema as { patternProperties?: Record<string, unknown> }).patternProperties;
  if (!patterns) return schema;
  const valid = Object.entries(patterns).filter(([pattern]) => {
    try {
      return new RegExp(pattern, 'u') instanceof RegExp;
    } catch {
      return false;
    }
  });
  return { ...schema, patternProperties: Object.fromEntries(valid) } as ManifestSchema;
}

/** The manifest's strings a localization file translates, as Teams' dotted keys. */
export function localizableKeys(manifest: RapportManifest): string[] {
  const commands = (manifest.bots?.[0]?.commandLists ?? []).flatMap((list, listIndex) => list.commands.flatMap((_command, index) =>
    ['title', 'description'].map((field) => `bots[0].commandLists[${listIndex}].commands[${index}].${field}`)));
  return ['name.short', 'name.full', 'description.short', 'description.full', ...commands];
}

/** The schema's errors, each as `schema: /json/pointer message`. */
export async function validateAgainstBundledSchema(manifest: RapportManifest): Promise<string[]> {
  const schema = await loadBundledSchema(manifest.$schema);
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema);
  return errors.map((error) => `schema: ${describeSchemaError(error)}`);
}

/** The bundled schema for a Teams `$schema` URL. */
export async function loadBundledSchema(schemaUrl: string | undefined): Promise<ManifestSchema> {
  const relativePath = schemaUrl === undefined ? undefined : TEAMS_SCHEMA_URL.exec(schemaUrl)?.[1];
  if (relativePath === undefined) {
    throw new SchemaUnavailableError(
      `$schema: ${JSON.stringify(schemaUrl)} is not a Teams manifest schema URL (${SCHEMA_HOST}json-schemas/teams/vX.Y/MicrosoftTeams.schema.json)`,
    );
  }
  const schemaFile = path.join(bundledSchemasRoot(), relativePath);
  let text: string;
  try {
    text = await readFile(schemaFile, 'utf8');
  } catch {
    throw new SchemaUnavailableError(`$schema: ${schemaUrl} has no copy bundled in @microsoft/app-manifest (looked for ${schemaFile})`);
  }
  return JSON.parse(text) as ManifestSchema;
}

/** The folder holding @microsoft/app-manifest's `json-schemas/` (its entry point sits next to it). */
function bundledSchemasRoot(): string {
  return path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
}

/** AJV reports the root as an empty pointer: say so. */
function describeSchemaError(error: string): string {
  return error.startsWith(' ') ? `(manifest root)${error}` : error;
}
