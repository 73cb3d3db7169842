/** Reading the committed manifest template and the version it gets from package.json. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** manifest/manifest.template.json at the root of the checkout. */
export const MANIFEST_TEMPLATE_PATH = fileURLToPath(new URL('../../manifest/manifest.template.json', import.meta.url));

const PACKAGE_JSON_PATH = fileURLToPath(new URL('../../package.json', import.meta.url));

/** The template as parsed JSON; its shape is checked when the filled manifest is validated. */
export async function readManifestTemplate(path: string = MANIFEST_TEMPLATE_PATH): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/** The `version` field of the project's package.json, which the app package carries. */
export async function readProjectVersion(path: string = PACKAGE_JSON_PATH): Promise<string> {
  const { version } = JSON.parse(await readFile(path, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${path} has no "version" string`);
  return version;
}
