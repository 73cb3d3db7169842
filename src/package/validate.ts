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
import { checkTeamsRules } from './packageRules.js';

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
