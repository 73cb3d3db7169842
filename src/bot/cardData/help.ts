/** Data for `cards/help.json`: what Rapport understands, with examples from the command registry in the reader's language. */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { ADMIN_TOPIC, SELLER_TOPICS, topicExamples } from '../commands/help.js';
import { clipText, fallbackText } from './shared.js';

/** How much of a message Rapport did not understand is quoted back. */
export const ECHO_MAX_LENGTH = 200;

export interface HelpCardData {
  fallbackText: string;
  hasNotUnderstood: boolean;
  notUnderstoodText: string;
  title: string;
  topics: { title: string; examples: string }[];
}

export interface HelpInput {
  /** What the user wrote, when help answers a message Rapport did not understand. */
  notUnderstood?: string;
  /** A command close to it, if one was found. */
  suggestion?: string;
  /** An admin also sees the admin commands. */
  admin?: boolean;
}

export function helpCardData(input: HelpInput, catalog: Catalog): HelpCardData {
  const text = input.notUnderstood === undefined ? undefined : escapeMarkdown(clipText(input.notUnderstood, ECHO_MAX_LENGTH));
  let notUnderstoodText = '';
  if (text !== undefined) {
    notUnderstoodText = input.suggestion === undefined
      ? catalog.t('help.unknown', { text })
      : catalog.t('help.unknownWithSuggestion', { text, suggestion: escapeMarkdown(clipText(input.suggestion, ECHO_MAX_LENGTH)) });
  }
  const title = catalog.t('help.title');
  return {
    fallbackText: fallbackText(notUnderstoodText, title),
    hasNotUnderstood: text !== undefined,
    notUnderstoodText,
    title,
    topics: [...SELLER_TOPICS, ...(input.admin ? [ADMIN_TOPIC] : [])].map((topic) => ({
      title: catalog.t(topic.title),
      // The registry's own phrases, not user text: shown as they are.
      examples: topicExamples(topic, catalog),
    })),
  };
}
