/**
 * Rules Teams applies to an app package beyond the JSON schema (which, for instance, accepts
 * any string in validDomains, 12 commands of 128 characters, http URLs and "1.0" versions).
 * Each problem names the manifest field it is about.
 */
import { describeDomainProblem } from './domainName.js';
import { listPlaceholders, type RapportManifest } from './manifest.js';

export const MAX_COMMANDS_PER_LIST = 10;
export const MAX_COMMAND_TITLE_LENGTH = 32;
export const MAX_COMMAND_DESCRIPTION_LENGTH = 128;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Teams wants major.minor.patch, numbers only, without leading zeros. */
const TEAMS_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function checkTeamsRules(manifest: RapportManifest): string[] {
  return [
    ...checkNoPlaceholdersLeft(manifest),
    ...checkAppId('id', manifest.id),
    ...(manifest.bots ?? []).flatMap((bot, index) => checkAppId(`bots[${index}].botId`, bot.botId)),
    ...checkVersion(manifest.version),
    ...checkDeveloperUrls(manifest),
    ...checkIconFileNames(manifest),
    ...(manifest.validDomains ?? []).flatMap((domain, index) => checkDomain(`validDomains[${index}]`, domain)),
    ...(manifest.bots ?? []).flatMap((bot, botIndex) =>
      (bot.commandLists ?? []).flatMap((list, listIndex) =>
        checkCommandList(`bots[${botIndex}].commandLists[${listIndex}]`, list.commands ?? []),
      ),
    ),
  ];
}

function checkNoPlaceholdersLeft(manifest: RapportManifest): string[] {
  return listPlaceholders(manifest).map((name) => `manifest: placeholder \${{${name}}} was not filled`);
}

function checkAppId(field: string, value: string | undefined): string[] {
  if (typeof value !== 'string' || !GUID.test(value)) {
    return [`${field}: ${JSON.stringify(value)} is not a GUID (the bot's Microsoft App ID)`];
  }
  const digits = value.replaceAll('-', '').toLowerCase();
  if (new Set(digits).size === 1) {
    return [`${field}: ${value} is a placeholder, not a real app registration; give the bot's Microsoft App ID`];
  }
  return [];
}

function checkVersion(version: string | undefined): string[] {
  return typeof version === 'string' && TEAMS_VERSION.test(version)
    ? []
    : [`version: ${JSON.stringify(version)} is not major.minor.patch with numbers only (e.g. 1.0.0)`];
}

function checkDeveloperUrls(manifest: RapportManifest): string[] {
  const fields = ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'] as const;
  return fields.flatMap((field) => {
    const value = manifest.developer?.[field];
    return isHttpsUrl(value) ? [] : [`developer.${field}: ${JSON.stringify(value)} is not an https:// URL`];
  });
}

function isHttpsUrl(value: string | undefined): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The icons sit at the root of the zip, next to manifest.json. */
function checkIconFileNames(manifest: RapportManifest): string[] {
  const fields = ['color', 'outline'] as const;
  const problems = fields.flatMap((field) => {
    const value = manifest.icons?.[field];
    return typeof value === 'string' && /^[\w.-]+\.png$/i.test(value)
      ? []
      : [`icons.${field}: ${JSON.stringify(value)} is not a .png file name at the package root`];
  });
  if (problems.length === 0 && manifest.icons.color === manifest.icons.outline) {
    problems.push('icons.outline: must be a different file from icons.color');
  }
  return problems;
}

function checkDomain(field: string, value: string): string[] {
  const problem = describeDomainProblem(value);
  return problem === undefined ? [] : [`${field}: ${JSON.stringify(value)} ${problem}`];
}

export function checkCommandList(field: string, commands: readonly { title?: string; description?: string }[]): string[] {
  const problems: string[] = [];
  if (commands.length > MAX_COMMANDS_PER_LIST) {
    problems.push(`${field}.commands: ${commands.length} commands, Teams shows at most ${MAX_COMMANDS_PER_LIST}`);
  }
  const seen = new Set<string>();
  commands.forEach(({ title = '', description = '' }, index) => {
    const where = `${field}.commands[${index}]`;
    if (title.length > MAX_COMMAND_TITLE_LENGTH) {
      problems.push(`${where}.title: "${title}" is longer than ${MAX_COMMAND_TITLE_LENGTH} characters`);
    }
    if (description.length > MAX_COMMAND_DESCRIPTION_LENGTH) {
      problems.push(`${where}.description: longer than ${MAX_COMMAND_DESCRIPTION_LENGTH} characters`);
    }
    const key = title.trim().toLowerCase();
    if (seen.has(key)) problems.push(`${where}.title: "${title}" appears twice in the list`);
    seen.add(key);
  });
  return problems;
}
