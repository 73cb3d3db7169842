/** Data for `cards/help.json`: what Rapport understands, with examples. */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { clipText, fallbackText } from './shared.js';

/** How much of a message Rapport did not understand is quoted back. */
export const ECHO_MAX_LENGTH = 200;

export const HELP_TOPICS = ['engagement', 'whoKnows', 'relationship', 'stale', 'top', 'segment', 'segments', 'watch'] as const;
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
    topics: [...HELP_TOPICS, ...(input.admin ? ['admin' as const] : [])].map((topic) => ({
      title: catalog.t(`help.${topic}.title`),
      examples: catalog.t(`help.${topic}.examples`),
    })),
  };
}
