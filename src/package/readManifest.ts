/** The manifest of an app package (.zip, as `npm run package` writes it) or of a manifest.json, for checks. */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { MANIFEST_FILE } from './zip.js';

export class ManifestReadError extends Error {
  override readonly name = 'ManifestReadError';
}

export async function readAppManifest(path: string): Promise<Record<string, unknown>> {
  const bytes = await readFile(path);
  let text: string;
  if (path.toLowerCase().endsWith('.zip')) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw new ManifestReadError(`${path} is not a zip file (${(error as Error).message})`);
    }
    const entry = zip.file(MANIFEST_FILE);
    if (!entry) throw new ManifestReadError(`${path} holds no ${MANIFEST_FILE} at its root`);
    text = await entry.async('string');
  } else {
    text = bytes.toString('utf8');
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new ManifestReadError(`the manifest in ${path} is not valid JSON (${(error as Error).message})`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new ManifestReadError(`the manifest in ${path} is not a JSON object`);
  return manifest as Record<string, unknown>;
}
