/**
 * English strings of the cards themselves, beyond their content: what a client that cannot
 * show a card shows instead.
 */
export const cardMessages = {
  // One fact of a card as a line of its fallback text: "Accounts: 55"
  'card.fact': '{title}: {value}',
} as const;
