/**
 * One app package from configuration: fill the manifest template, give it its words in every
 * language (localization.ts), validate it and its localization files, draw and check the icons, zip. Nothing is written here: an invalid package is returned as its list
 * of problems, so no caller can write it by mistake.
 */
import { checkColorIcon, checkOutlineIcon } from './iconRules.js';
import { drawColorIcon, drawOutlineIcon } from './icons.js';
import { fillManifestTemplate, type RapportManifest } from './manifest.js';
import type { PackageConfig } from './packageConfig.js';
import { localizeManifest, type LocalizationFile } from './localization.js';
import { validateLocalizations, validateManifest } from './validate.js';
import { zipAppPackage } from './zip.js';

export type BuiltPackage =
  | { readonly valid: true; readonly manifest: RapportManifest; readonly localizations: ReadonlyMap<string, LocalizationFile>; readonly zip: Buffer }
  | { readonly valid: false; readonly manifest: RapportManifest; readonly problems: readonly string[] };

export async function buildAppPackage(config: PackageConfig, template: unknown, version: string): Promise<BuiltPackage> {
  const { manifest, localizations } = localizeManifest(fillManifestTemplate(template, {
    appId: config.appId,
    version,
    botDomain: config.botDomain,
    websiteUrl: config.websiteUrl,
  }));
  const manifestProblems = [...await validateManifest(manifest), ...await validateLocalizations(manifest, localizations)];
  if (manifestProblems.length > 0) return { valid: false, manifest, problems: manifestProblems };

  const colorIcon = drawColorIcon(manifest.accentColor);
  const outlineIcon = drawOutlineIcon();
  const iconProblems = [
    ...checkColorIcon(manifest.icons.color, colorIcon),
    ...checkOutlineIcon(manifest.icons.outline, outlineIcon),
  ];
  if (iconProblems.length > 0) return { valid: false, manifest, problems: iconProblems };

  return { valid: true, manifest, localizations, zip: await zipAppPackage({ manifest, localizations, colorIcon, outlineIcon }) };
}
