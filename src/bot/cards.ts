/**
 * Template + data → Adaptive Card. The templates are the JSON files in the top-level
 * `cards/` folder; the data comes from the builders in `cardData/`, which escape untrusted
 * text before it gets here.
 */
import { readFileSync } from 'node:fs';
// The package root's typings pull adaptivecards' TypeScript sources into the compilation
// (they do not type-check under this project's settings); the engine module's do not.
import { Template } from 'adaptivecards-templating/lib/template-engine.js';

export const CARD_NAMES = [
  'customer', 'introductions', 'introRequest', 'introAnswer', 'relationship',
  'accountList', 'segments', 'help', 'didYouMean', 'message', 'staleAlert', 'staleDigest', 'wizardStep', 'relationshipStatus',
  'runProgress', 'consentStatus', 'results', 'resultsRows', 'whatsNew',
] as const;
export type CardName = (typeof CARD_NAMES)[number];

/** Teams refuses a message over about 28 KB. */
export const TEAMS_CARD_LIMIT_BYTES = 28 * 1024;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  /** What a client that cannot show the card (or this version of it) shows instead: every rendered card has it. */
  fallbackText?: string;
  body: object[];
  actions?: object[];
  [property: string]: unknown;
}

const templates = new Map<CardName, Template>();

function templateFor(name: CardName): Template {
  let template = templates.get(name);
  if (!template) {
    const json: unknown = JSON.parse(readFileSync(new URL(`../../cards/${name}.json`, import.meta.url), 'utf8'));
    templates.set(name, (template = new Template(json)));
  }
  return template;
}

/**
 * Data may legitimately contain `${` (a name, a note); the engine never evaluates it. It is
 * swapped for this marker during expansion so that any `${` left afterwards came from the
 * template, i.e. names a field the data did not supply.
 */
const DATA_DOLLAR_BRACE = '\uFDD0';

/** Copies JSON-like data with its strings mapped; a null is refused like a missing field. */
function mapStrings(value: unknown, map: (text: string) => string, path: string): unknown {
  if (value === null) throw new Error(`${path} is null; cards need a value for every field`);
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item, i) => mapStrings(item, map, `${path}[${i}]`));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map, `${path}.${key}`)]));
  }
  return value;
}

export function renderCard(name: CardName, data: object): AdaptiveCard {
  const shielded = mapStrings(data, (text) => text.replaceAll('${', DATA_DOLLAR_BRACE), `Card "${name}": data`);
  const expanded: unknown = templateFor(name).expand({ $root: shielded });
  const unbound = [...new Set(JSON.stringify(expanded).match(/\$\{[^}]*\}?/g) ?? [])];
  if (unbound.length > 0) throw new Error(`Card "${name}": the data supplies no value for ${unbound.join(', ')}`);
  const card = mapStrings(expanded, (text) => text.replaceAll(DATA_DOLLAR_BRACE, '${'), `Card "${name}"`) as AdaptiveCard;
  if (card?.type !== 'AdaptiveCard') throw new Error(`Card "${name}": the template did not expand to an AdaptiveCard`);
  if (typeof card.fallbackText !== 'string' || card.fallbackText.trim() === '') {
    throw new Error(`Card "${name}" has no fallbackText`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > TEAMS_CARD_LIMIT_BYTES) throw new Error(`Card "${name}" is ${bytes} bytes; Teams accepts at most ${TEAMS_CARD_LIMIT_BYTES}`);
  return card;
}

const MARKDOWN_SIGNIFICANT = /[\\*_[\]()#+\-.!|><~`]/g;

/** Untrusted text (names, domains, notes) as TextBlock markdown that shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SIGNIFICANT, (character) => `\\${character}`);
}
