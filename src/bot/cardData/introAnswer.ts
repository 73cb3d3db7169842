/** Data for `cards/introAnswer.json`: what the requester hears back. */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { clippedNote } from './notes.js';
import { fallbackText } from './shared.js';

export interface IntroAnswerCardData {
  fallbackText: string;
  style: 'good' | 'attention';
  title: string;
  text: string;
  hasNote: boolean;
  noteLabel: string;
  note: string;
}

export interface IntroAnswerInput {
  accepted: boolean;
  /** The colleague who answered: a display name or an address. */
  introducer: string;
  accountName: string;
  person?: string;
  note?: string;
}

export function introAnswerCardData(input: IntroAnswerInput, catalog: Catalog): IntroAnswerCardData {
  const introducer = escapeMarkdown(input.introducer);
  const account = escapeMarkdown(input.accountName);
  const note = clippedNote(input.note);
  const person = input.person === undefined ? undefined : escapeMarkdown(input.person);
  const title = catalog.t(input.accepted ? 'introAnswer.acceptedTitle' : 'introAnswer.declinedTitle');
  const text = person === undefined
    ? catalog.t(input.accepted ? 'introAnswer.acceptedAccount' : 'introAnswer.declinedAccount', { introducer, account })
    : catalog.t(input.accepted ? 'introAnswer.acceptedPerson' : 'introAnswer.declinedPerson', { introducer, account, person });
  return {
    fallbackText: fallbackText(title, text),
    style: input.accepted ? 'good' : 'attention',
    title,
    text,
    hasNote: note !== '',
    noteLabel: catalog.t('introAnswer.note'),
    note: escapeMarkdown(note),
  };
}
