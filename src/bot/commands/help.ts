/**
 * What help lists: topics, each with examples that are the registry's own phrases in the
 * reader's language (so every example is one the parser understands), quoted the language's way.
 */
import type { Catalog, MessageArgs, MessageKey } from '../catalog/catalog.js';
import { canonicalPhrase, examplePhrase } from './canonical.js';
import type { CommandId, Slots } from './command.js';
import { fold } from './fold.js';
import { grammarOf, type LanguageGrammar } from './grammar.js';

type Example =
  | { readonly id: CommandId; readonly args?: (grammar: LanguageGrammar) => Slots; /** The command's `examples` phrase rather than its first. */ readonly extra?: true }
  | { readonly bareAccount: true };

/** A message without placeholders. */
type TitleKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];

export interface HelpTopic {
  readonly title: TitleKey;
  readonly examples: readonly Example[];
}

const account = (grammar: LanguageGrammar): Slots => ({ account: grammar.examples.account });
const EXPRESSION = 'DaysSinceLastEmail > 60 and EngagementScore >= 50';

export const SELLER_TOPICS: readonly HelpTopic[] = [
  { title: 'help.engagement.title', examples: [{ id: 'engagement', args: account }, { bareAccount: true }] },
  { title: 'help.whoKnows.title', examples: [{ id: 'whoKnows', args: account }, { id: 'whoKnowsPerson', args: (grammar) => ({ account: grammar.examples.email }) }] },
  { title: 'help.relationship.title', examples: [{ id: 'relationship', args: account }] },
  { title: 'help.stale.title', examples: [{ id: 'staleAccounts' }, { id: 'needsAttention' }] },
  { title: 'help.top.title', examples: [{ id: 'topAccounts' }, { id: 'topAccounts', extra: true, args: (grammar) => ({ count: String(grammar.examples.count) }) }] },
  { title: 'commands.help.whatsNew', examples: [{ id: 'whatsNew' }] },
  { title: 'help.segment.title', examples: [{ id: 'segment', args: () => ({ expression: EXPRESSION }) }, { id: 'saveSegment', args: (grammar) => ({ name: grammar.examples.segmentName, expression: 'DaysSinceLastEmail > 60' }) }] },
  { title: 'help.segments.title', examples: [{ id: 'listSegments' }, { id: 'runSegment', args: (grammar) => ({ name: grammar.examples.segmentName }) }] },
  { title: 'help.watch.title', examples: [{ id: 'watch', args: account }, { id: 'listWatches' }, { id: 'unwatch', args: account }] },
  { title: 'commands.help.alerts', examples: [{ id: 'snooze', args: account }, { id: 'mute', args: account }] },
  { title: 'commands.help.introductions', examples: [{ id: 'optOut' }, { id: 'optIn' }] },
];

export const ADMIN_TOPIC: HelpTopic = {
  title: 'help.admin.title',
  examples: (['configureEngagement', 'consentStatus', 'runNow', 'schedule', 'results', 'enableRelationshipIntelligence', 'deliveryStatus'] as const).map((id) => ({ id })),
};

/** An example as a person would type it; a question gets its question mark. */
export function helpExample(example: Example, catalog: Catalog): string {
  const grammar = grammarOf(catalog.language);
  if ('bareAccount' in example) return grammar.examples.account;
  const phrase = (example.extra ? examplePhrase : canonicalPhrase)(example.id, catalog.language, example.args?.(grammar));
  const first = fold(phrase.split(' ')[0] ?? '');
  return grammar.sentenceStarts.some((start) => fold(start) === first) ? `${phrase}?` : phrase;
}

/** A topic's examples, each quoted the language's way, one after another. */
export function topicExamples(topic: HelpTopic, catalog: Catalog): string {
  return topic.examples.map((example) => catalog.t('commands.quoted', { phrase: helpExample(example, catalog) })).join(' · ');
}
