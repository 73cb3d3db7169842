/** The app package: a zip with manifest.json, its localization files and the two icons at its root, byte-for-byte reproducible. */
import JSZip from 'jszip';
import type { LocalizationFile } from './localization.js';
import type { RapportManifest } from './manifest.js';

export const MANIFEST_FILE = 'manifest.json';

export type AppPackageFiles = {
  readonly manifest: RapportManifest;
  /** By file name, e.g. `sv-se.json`. */
  readonly localizations?: ReadonlyMap<string, LocalizationFile>;
  /** PNG bytes, stored under the name `manifest.icons.color` gives. */
  readonly colorIcon: Buffer;
  /** PNG bytes, stored under the name `manifest.icons.outline` gives. */
  readonly outlineIcon: Buffer;
};

/** A fixed timestamp for every entry, so the same inputs give the same zip. */
const ENTRY_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

export async function zipAppPackage({ manifest, localizations = new Map(), colorIcon, outlineIcon }: AppPackageFiles): Promise<Buffer> {
  const zip = new JSZip();
  const options = { date: ENTRY_DATE, createFolders: false };
  zip.file(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`, options);
  for (const [name, file] of localizations) zip.file(name, `${JSON.stringify(file, null, 2)}\n`, options);
  zip.file(manifest.icons.color, colorIcon, options);
  zip.file(manifest.icons.outline, outlineIcon, options);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
