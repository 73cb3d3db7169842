/** Readers of what a wizard's cards say, for the dialog tests (every card read is strictly validated). */
import type { AdaptiveCard } from '../../../src/bot/cards.js';
import { expectValidCard } from '../cards/cardTree.js';

export type Json = Record<string, unknown>;
const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/** The card of a sent activity, or of a Reply (`{ card }`). */
export function cardOf(reply: unknown): Json {
  const sent = reply as { attachments?: { content: Json }[]; card?: Json } | undefined;
  const card = sent?.card ?? sent?.attachments?.[0]?.content;
  if (!card) throw new Error(`Expected a card, got ${JSON.stringify(reply)}`);
  expectValidCard(card as unknown as AdaptiveCard);
  return card;
}

function walk(node: unknown, visit: (item: Json) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node && typeof node === 'object') {
    visit(node as Json);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

/** Every TextBlock's text, unescaped, in order. */
export function texts(reply: unknown): string[] {
  const found: string[] = [];
  walk(cardOf(reply).body, (item) => void (item.type === 'TextBlock' && found.push(unescape(String(item.text)))));
  return found;
}

export function facts(reply: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  walk(cardOf(reply).body, (item) => {
    if (item.type === 'FactSet') for (const fact of item.facts as { title: string; value: string }[]) found[unescape(fact.title)] = unescape(fact.value);
  });
  return found;
}

export function inputs(reply: unknown): Json[] {
  const found: Json[] = [];
  walk(cardOf(reply).body, (item) => void (typeof item.type === 'string' && item.type.startsWith('Input.') && found.push(item)));
  return found;
}

export function actions(reply: unknown): Json[] {
  return ((cardOf(reply).actions ?? []) as Json[]);
}

export const stepTitle = (reply: unknown) => texts(reply)[1];
export const errorOf = (reply: unknown) => texts(reply)[2];

/** Everything the card says (texts, then facts as "title: value"), for `toContain` checks. */
export function said(reply: unknown): string {
  return [...texts(reply), ...Object.entries(facts(reply)).map(([title, value]) => `${title}: ${value}`)].join('\n');
}

export function inputOf(reply: unknown, id: string): Json | undefined {
  let found: Json | undefined;
  walk(cardOf(reply).body, (item) => void (item.id === id && typeof item.type === 'string' && item.type.startsWith('Input.') && (found = item)));
  return found;
}
