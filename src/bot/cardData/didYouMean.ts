/** Data for `cards/didYouMean.json`: an unknown account name, with the closest accounts as buttons. */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { ECHO_MAX_LENGTH } from './help.js';
import { clipText } from './shared.js';

export const CANDIDATES_SHOWN = 5;

export interface DidYouMeanCardData {
  notFoundText: string;
  question: string;
  /** `label` is a button title: plain text, never rendered as markdown, so it is not escaped. */
  candidates: { label: string; accountId: string }[];
}

export function didYouMeanCardData(input: { asked: string; candidates: readonly { id: string; name: string }[] }, catalog: Catalog): DidYouMeanCardData {
  return {
    notFoundText: catalog.t('didYouMean.notFound', { name: escapeMarkdown(clipText(input.asked, ECHO_MAX_LENGTH)) }),
    question: catalog.t('didYouMean.question'),
    candidates: input.candidates.slice(0, CANDIDATES_SHOWN).map((candidate) => ({ label: candidate.name, accountId: candidate.id })),
  };
}
