/**
 * The Teams app manifest: the committed template (manifest/manifest.template.json) with its
 * `${{NAME}}` placeholders filled from the package configuration. Pure: no I/O.
 */
import type { TeamsManifestV1D25 } from '@microsoft/app-manifest';

export type RapportManifest = TeamsManifestV1D25.TeamsManifestV1D25;

/** The values the template leaves open, by placeholder name. */
export type ManifestValues = {
  /** `APP_ID`: the bot's Microsoft App ID, used as the Teams app id and the bot id. */
  readonly appId: string;
  /** `VERSION`: the app version (package.json's). */
  readonly version: string;
  /** `BOT_DOMAIN`: the bot's public host, listed in validDomains. */
  readonly botDomain: string;
  /** `WEBSITE_URL`: base of the developer website, privacy and terms pages, without a trailing slash. */
  readonly websiteUrl: string;
};

/** The template uses a placeholder it does not know, or is not a JSON object. */
export class ManifestTemplateError extends Error {
  override readonly name = 'ManifestTemplateError';
}

const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]*)\}\}/g;

/** The template with every placeholder replaced, inside string values only (never in keys or JSON syntax). */
export function fillManifestTemplate(template: unknown, values: ManifestValues): RapportManifest {
  if (!isPlainObject(template)) throw new ManifestTemplateError('the manifest template is not a JSON object');
  const byName: Record<string, string> = {
    APP_ID: values.appId,
    VERSION: values.version,
    BOT_DOMAIN: values.botDomain,
    WEBSITE_URL: values.websiteUrl,
  };
  return fillValue(template, byName, '') as RapportManifest;
}

/** The placeholder names a template uses, sorted, for checks and documentation. */
export function listPlaceholders(template: unknown): string[] {
  const names = new Set<string>();
  visitStrings(template, (text) => {
    for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
  });
  return [...names].sort();
}

function fillValue(value: unknown, byName: Record<string, string>, path: string): unknown {
  if (typeof value === 'string') return fillString(value, byName, path);
  if (Array.isArray(value)) return value.map((item, index) => fillValue(item, byName, `${path}[${index}]`));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillValue(item, byName, path === '' ? key : `${path}.${key}`)]),
    );
  }
  return value;
}

function fillString(text: string, byName: Record<string, string>, path: string): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    const replacement = Object.hasOwn(byName, name) ? byName[name] : undefined;
    if (replacement === undefined) {
      throw new ManifestTemplateError(
        `${path}: unknown placeholder \${{${name}}} (known: ${Object.keys(byName).join(', ')})`,
      );
    }
    return replacement;
  });
}

function visitStrings(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((item) => visitStrings(item, visit));
  else if (isPlainObject(value)) Object.values(value).forEach((item) => visitStrings(item, visit));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
