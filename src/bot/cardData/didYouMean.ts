/** Data for `cards/didYouMean.json`: an unknown account name, with the closest accounts as buttons. */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { ECHO_MAX_LENGTH } from './help.js';
import { clipText, fallbackText } from './shared.js';

export const CANDIDATES_SHOWN = 5;

export interface DidYouMeanCardData {
  fallbackText: string;
  notFoundText: string;
  question: string;
  /** `label` is a button title: plain text, never rendered as markdown, so it is not escaped. */
  candidates: { label: string; accountId: string }[];
}

export function didYouMeanCardData(input: { asked: string; candidates: readonly { id: string; name: string }[] }, catalog: Catalog): DidYouMeanCardData {
  const notFoundText = catalog.t('didYouMean.notFound', { name: escapeMarkdown(clipText(input.asked, ECHO_MAX_LENGTH)) });
  const candidates = input.candidates.slice(0, CANDIDATES_SHOWN);
  return {
    fallbackText: fallbackText(
      notFoundText, catalog.formatList(candidates.map((candidate) => escapeMarkdown(candidate.name))),
    ),
    notFoundText,
    question: catalog.t('didYouMean.question'),
    candidates: candidates.map((candidate) => ({ label: candidate.name, accountId: candidate.id })),
  };
}
