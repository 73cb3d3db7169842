/**
 * Indonesian strings of the cards themselves, beyond their content: what a client that cannot
 * show a card shows instead.
 */
import type { Translation } from '../languages.js';
import type { cardMessages as english } from '../en/cards.js';

export const cardMessages = {
  'card.fact': '{title}: {value}',
} as const satisfies Translation<typeof english>;
