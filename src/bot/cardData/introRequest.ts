/** Data for `cards/introRequest.json`: the request as the colleague receives it. */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { clippedNote } from './notes.js';
import { fallbackText } from './shared.js';

export interface IntroRequestCardData {
  fallbackText: string;
  title: string;
  text: string;
  hasRequesterNote: boolean;
  requesterNoteLabel: string;
  requesterNote: string;
  noteLabel: string;
  notePlaceholder: string;
  acceptTitle: string;
  declineTitle: string;
  requestId: string;
}

export interface IntroRequestInput {
  requestId: string;
  /** Who asks: a display name or an address. */
  requester: string;
  accountName: string;
  person?: string;
  note?: string;
}

export function introRequestCardData(input: IntroRequestInput, catalog: Catalog): IntroRequestCardData {
  const requester = escapeMarkdown(input.requester);
  const account = escapeMarkdown(input.accountName);
  const note = clippedNote(input.note);
  const title = catalog.t('introRequest.title');
  const text = input.person === undefined
    ? catalog.t('introRequest.textAccount', { requester, account })
    : catalog.t('introRequest.textPerson', { requester, account, person: escapeMarkdown(input.person) });
  return {
    fallbackText: fallbackText(title, text),
    title,
    text,
    hasRequesterNote: note !== '',
    requesterNoteLabel: catalog.t('introRequest.requesterNote'),
    requesterNote: escapeMarkdown(note),
    noteLabel: catalog.t('introRequest.noteLabel'),
    notePlaceholder: catalog.t('introRequest.notePlaceholder'),
    acceptTitle: catalog.t('introRequest.accept'),
    declineTitle: catalog.t('introRequest.decline'),
    requestId: input.requestId,
  };
}
