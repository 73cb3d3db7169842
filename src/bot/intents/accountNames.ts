/**
 * Normalized forms of an account name, so that "A. Datum Corp", "a datum corporation" and
 * "ADatum" meet: folded as commands are (fold.ts: case, accents and the Kazakh letters a
 * Russian keyboard lacks do not matter, in every language alike), `&` read as "and", periods
 * and apostrophes removed inside words ("L.L.C." = "llc", "O'Brien" = "obrien"), every other
 * non-alphanumeric a word break, and the words then joined without spaces.
 */

import { fold } from '../commands/fold.js';

const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'gmbh', 'ag', 'sa', 'corp', 'corporation', 'co', 'company',
  'plc', 'bv', 'nv', 'pty', 'sas', 'srl', 'oy', 'ab', 'as', 'kk',
]);

/** The shortest name prefix worth matching on its own: "A" must not find "A. Datum". */
const MINIMUM_PREFIX_LENGTH = 3;

export interface NameKeys {
  /** Lower case, white space collapsed, otherwise as written. */
  readonly exact: string;
  /** All words joined: punctuation and white space ignored. */
  readonly full: string;
  /** The words without a leading "the" and trailing legal suffixes, joined. */
  readonly core: string;
  /** The core's leading whole words, joined, shorter than the core: "woodgrove" for "Woodgrove Bank". */
  readonly prefixes: readonly string[];
}

export function nameKeys(name: string): NameKeys {
  const words = nameWords(name);
  const core = coreWords(words);
  const prefixes: string[] = [];
  for (let count = 1; count < core.length; count++) {
    const prefix = core.slice(0, count).join('');
    if (prefix.length >= MINIMUM_PREFIX_LENGTH) prefixes.push(prefix);
  }
  return { exact: exactKey(name), full: words.join(''), core: core.join(''), prefixes };
}

export function exactKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The same folding as commands (fold.ts), so a name is found however it is typed, in any language. */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/&/g, ' and ')
    .replace(/[.'\u2019\u2018`\u00B4]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Drops trailing legal suffixes (and an "and" they leave dangling, "Smith & Co"), then a leading "the"; one word always stays. */
function coreWords(words: readonly string[]): string[] {
  const core = [...words];
  while (core.length > 1 && (LEGAL_SUFFIXES.has(core.at(-1)!) || core.at(-1) === 'and')) core.pop();
  if (core.length > 1 && core[0] === 'the') core.shift();
  return core;
}

/**
 * The domain a query names, when it is a domain ("contoso.com", "https://www.contoso.com/")
 * or an e-mail address (its domain); otherwise null.
 */
export function queryDomain(query: string): string | null {
  const text = query.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const domain = text.includes('@') ? text.slice(text.lastIndexOf('@') + 1) : text;
  if (text.split('@').length > 2) return null;
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain) ? domain : null;
}
