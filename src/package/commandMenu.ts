/**
 * What the Teams app package says in each language: the app's name and descriptions, and the
 * command menus Teams offers above the compose box, built from the command registry (each
 * title is the registry's phrase, as a person types it before the account name) and the
 * catalog's commands section.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { COMMAND_SECTIONS, type CommandMessages } from '../bot/catalog/commandSections.js';
import type { Language } from '../bot/catalog/languages.js';
import { canonicalPhrase, commandTitle, examplePhrase } from '../bot/commands/canonical.js';
import type { CommandId, Slots } from '../bot/commands/command.js';
import { grammarOf } from '../bot/commands/grammar.js';

export interface MenuCommand {
  readonly title: string;
  readonly description: string;
}

export interface AppStrings {
  readonly name: { short: string; full: string };
  readonly description: { short: string; full: string };
  /** One list per scope group, in the order of COMMAND_MENUS. */
  readonly commandLists: readonly (readonly MenuCommand[])[];
}

/** The commands the catalog describes for the menu: `manifest.command.<id>`. */
type MenuId = { [K in keyof CommandMessages]: K extends `manifest.command.${infer Id}` ? Id : never }[keyof CommandMessages] & CommandId;
type MenuEntry = { readonly id: MenuId; readonly example?: (language: Language) => Slots };

const account = (language: Language): Slots => ({ account: grammarOf(language).examples.account });
const ENGAGEMENT: MenuEntry = { id: 'engagement', example: account };
const WHO_KNOWS: MenuEntry = { id: 'whoKnows', example: account };
const RELATIONSHIP: MenuEntry = { id: 'relationship', example: account };
const TOP: MenuEntry = { id: 'topAccounts', example: (language) => ({ count: String(grammarOf(language).examples.count) }) };
const SEGMENT: MenuEntry = { id: 'segment', example: () => ({ expression: 'EngagementScore >= 60' }) };
const WATCH: MenuEntry = { id: 'watch', example: account };

/** Teams shows at most ten commands per list; what changed is personal, setting up is for the admin's own chat. */
export const COMMAND_MENUS: readonly { readonly scopes: readonly ('personal' | 'team' | 'groupChat')[]; readonly commands: readonly MenuEntry[] }[] = [
  {
    scopes: ['personal'],
    commands: [ENGAGEMENT, WHO_KNOWS, RELATIONSHIP, { id: 'whatsNew' }, { id: 'staleAccounts' }, TOP, SEGMENT, WATCH, { id: 'help' }, { id: 'configureEngagement' }],
  },
  {
    scopes: ['team', 'groupChat'],
    commands: [ENGAGEMENT, WHO_KNOWS, RELATIONSHIP, { id: 'needsAttention' }, { id: 'staleAccounts' }, TOP, SEGMENT, WATCH, { id: 'help' }],
  },
];

/** Teams' language tag for each of Rapport's languages (lower case, as its manifests write them). */
export const TEAMS_LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en-us', sv: 'sv-se', ca: 'ca-es', id: 'id-id', kk: 'kk-kz' };

function formatter(language: Language) {
  const messages = COMMAND_SECTIONS[language];
  return (key: keyof CommandMessages, values: Record<string, string> = {}) => String(new IntlMessageFormat(messages[key], language).format(values));
}

export function appStrings(language: Language): AppStrings {
  const t = formatter(language);
  const quoted = (id: CommandId, args?: Slots) => t('commands.quoted', { phrase: canonicalPhrase(id, language, args) });
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const examples = list.format([quoted('engagement', account(language)), quoted('whoKnows', account(language)), quoted('relationship', account(language)), quoted('staleAccounts'), quoted('topAccounts'), quoted('whatsNew')]);
  const adminExamples = list.format([quoted('configureEngagement'), quoted('runNow'), quoted('consentStatus')]);
  return {
    name: { short: t('manifest.name.short'), full: t('manifest.name.full') },
    description: { short: t('manifest.description.short'), full: t('manifest.description.full', { examples, adminExamples }) },
    commandLists: COMMAND_MENUS.map((menu) => menu.commands.map(({ id, example }) => ({
      title: commandTitle(id, language),
      description: t(`manifest.command.${id}`, example ? { example: t('commands.quoted', { phrase: examplePhrase(id, language, example(language)) }) } : {}),
    }))),
  };
}
