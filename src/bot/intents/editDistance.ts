/**
 * Damerau-Levenshtein distance in its "optimal string alignment" form: insertions, deletions,
 * substitutions and transpositions of two adjacent characters each cost 1, and no substring
 * is edited twice (so "ca" → "abc" is 3, not 2). That is the usual meaning of the name in
 * spelling correction, and it is what typo tolerance needs.
 *
 * Strings are compared by code point, so a character outside the BMP counts as one.
 */

/** Scratch rows, reused between calls (lookups run thousands of comparisons). */
let rows = new Int32Array(3 * 64);
let codes = new Int32Array(2 * 64);

/**
 * The distance between `a` and `b`, or `maxDistance + 1` as soon as it is certain to exceed
 * `maxDistance` (the bound lets callers scan many candidates cheaply).
 */
export function damerauLevenshtein(a: string, b: string, maxDistance: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const sourceLength = codePointsInto(a, 0);
  const targetLength = codePointsInto(b, sourceLength);
  const over = maxDistance + 1;
  if (Math.abs(sourceLength - targetLength) > maxDistance) return over;
  if (sourceLength === 0 || targetLength === 0) return Math.min(Math.max(sourceLength, targetLength), over);

  const width = targetLength + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // Rows rotate through three slices of `rows`: the one before the previous, the previous, the current.
  let beforePrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let column = 0; column < width; column++) rows[previous + column] = column;

  let previousRowMinimum = 0;
  for (let row = 1; row <= sourceLength; row++) {
    const sourceCode = codes[row - 1]!;
    const sourceCodeBefore = row > 1 ? codes[row - 2]! : -1;
    rows[current] = row;
    let rowMinimum = row;
    for (let column = 1; column < width; column++) {
      const targetCode = codes[sourceLength + column - 1]!;
      const cost = sourceCode === targetCode ? 0 : 1;
      let best = Math.min(rows[previous + column]! + 1, rows[current + column - 1]! + 1, rows[previous + column - 1]! + cost);
      if (column > 1 && sourceCode === codes[sourceLength + column - 2] && sourceCodeBefore === targetCode) {
        best = Math.min(best, rows[beforePrevious + column - 2]! + 1);
      }
      rows[current + column] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    // Every later cell is at least this row's minimum, or the previous row's minimum plus one
    // (a transposition reaches back two rows), so once both are over the bound it stays over.
    if (rowMinimum > maxDistance && previousRowMinimum >= maxDistance) return over;
    previousRowMinimum = rowMinimum;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(rows[previous + targetLength]!, over);
}

/** Writes the code points of `text` into `codes` from `offset`; returns how many. */
function codePointsInto(text: string, offset: number): number {
  if (codes.length < offset + text.length) {
    const grown = new Int32Array(2 * (offset + text.length));
    grown.set(codes.subarray(0, offset));
    codes = grown;
  }
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    codes[offset + count++] = code;
    if (code > 0xffff) index++;
  }
  return count;
}
