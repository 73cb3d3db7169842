import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '../../../src/bot/intents/editDistance.js';

describe('damerauLevenshtein', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['contoso', 'contoso', 0],
    ['contoso', 'contso', 1], // deletion
    ['contoso', 'conttoso', 1], // insertion
    ['contoso', 'contaso', 1], // substitution
    ['contoso', 'cnotoso', 1], // adjacent transposition
    ['contoso', 'cnotsoo', 2], // two transpositions
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // optimal string alignment: no substring is edited twice
    ['abcdef', 'badcfe', 3],
    ['a\uD83D\uDE00b', 'ab', 1], // a code point outside the BMP is one character
    ['\u00E9t\u00E9', 'ete', 2],
  ])('%j ↔ %j = %i', (a, b, distance) => {
    expect(damerauLevenshtein(a, b)).toBe(distance);
    expect(damerauLevenshtein(b, a)).toBe(distance);
  });

  it('stops at the bound, answering bound + 1', () => {
    expect(damerauLevenshtein('kitten', 'sitting', 1)).toBe(2);
    expect(damerauLevenshtein('kitten', 'sitting', 2)).toBe(3);
    expect(damerauLevenshtein('kitten', 'sitting', 3)).toBe(3);
    expect(damerauLevenshtein('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
    expect(damerauLevenshtein('short', 'much longer text', 2)).toBe(3);
    expect(damerauLevenshtein('ab', 'abcd', 1)).toBe(2);
    expect(damerauLevenshtein('', 'abcd', 1)).toBe(2);
  });

  it('agrees with an unbounded computation whatever the bound', () => {
    const words = ['contoso', 'cnotoso', 'contso', 'fabrikam', 'fabrikan', 'abcd', 'badc', 'a', '', 'woodgrove', 'wodgrove', 'litware'];
    for (const a of words) {
      for (const b of words) {
        const exact = damerauLevenshtein(a, b);
        for (let bound = 0; bound <= 4; bound++) {
          expect(damerauLevenshtein(a, b, bound)).toBe(Math.min(exact, bound + 1));
        }
      }
    }
  });

  it('handles strings longer than its scratch space', () => {
    const long = 'x'.repeat(500);
    expect(damerauLevenshtein(long, `${long}y`)).toBe(1);
    expect(damerauLevenshtein(`a${long}`, `${long}b`, 3)).toBe(2);
  });
});
