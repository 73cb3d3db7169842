/**
 * Data for `cards/didYouMean.json`: an account name that matched several accounts, or none
 * (said in a neutral tone: nothing failed), with the closest accounts as buttons that ask the
 * same question again about the one chosen.
 */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { ECHO_MAX_LENGTH } from './help.js';
import { clipText, fallbackText } from './shared.js';

export const CANDIDATES_SHOWN = 5;

export interface DidYouMeanInput {
  asked: string;
  candidates: readonly { id: string; name: string }[];
  /** The card verb that answers about the chosen account: the question that was asked. */
  verb: string;
  /** Several accounts matched the name, or none did and these are the closest. */
  found: 'several' | 'none';
}

export interface DidYouMeanCardData {
  fallbackText: string;
  notFoundText: string;
  question: string;
  verb: string;
  /** `label` is a button title: plain text, never rendered as markdown, so it is not escaped. */
  candidates: { label: string; accountId: string }[];
}

export function didYouMeanCardData(input: DidYouMeanInput, catalog: Catalog): DidYouMeanCardData {
  const notFoundText = catalog.t(input.found === 'several' ? 'commands.severalAccounts' : 'error.accountNotFound', {
    name: escapeMarkdown(clipText(input.asked, ECHO_MAX_LENGTH)),
  });
  const candidates = input.candidates.slice(0, CANDIDATES_SHOWN);
  return {
    fallbackText: fallbackText(notFoundText, catalog.formatList(candidates.map((candidate) => escapeMarkdown(candidate.name)))),
    notFoundText,
    question: catalog.t('didYouMean.question'),
    verb: input.verb,
    candidates: candidates.map((candidate) => ({ label: candidate.name, accountId: candidate.id })),
  };
}
