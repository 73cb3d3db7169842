/**
 * The forgiving form of typed text that commands are matched on, in every language alike:
 * lower case, accents and other marks dropped ("hjalp" meets "hjälp", "cancel·la" meets
 * "cancella"), the Kazakh letters a Russian keyboard lacks read as the letters typed instead
 * (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и), and curly apostrophes made straight.
 *
 * Folding keeps, for every character it produces, where that character came from in the
 * original, so that what a pattern captures on the folded text (an account name, a segment
 * expression) is handed on exactly as the person typed it.
 */

const KAZAKH_LETTERS: Readonly<Record<string, string>> = {
  'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
};
const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/g;
/** The Catalan middle dot of "l·l" (and the characters it is typed as) is left out. */
const MIDDLE_DOTS = /[\u00B7\u2027\u22C5\u0140]/;
const MARKS = /\p{M}/gu;

export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** For each position of `text` (and one past its end), the position in the original it came from. */
  readonly origins: readonly number[];
}

/** The folded form of one character (a code point): possibly empty (a combining mark) or longer ("ﬁ"). */
function foldCharacter(character: string): string {
  if (MIDDLE_DOTS.test(character)) return character === '\u0140' ? 'l' : '';
  const lower = character.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'");
  let folded = '';
  for (const letter of lower) folded += KAZAKH_LETTERS[letter] ?? letter;
  return folded;
}

const cache = new Map<string, string>();

function foldedCharacter(character: string): string {
  let folded = cache.get(character);
  if (folded === undefined) {
    folded = foldCharacter(character);
    if (cache.size < 4096) cache.set(character, folded);
  }
  return folded;
}

export function foldWithOrigins(original: string): FoldedText {
  let text = '';
  const origins: number[] = [];
  let position = 0;
  for (const character of original) {
    const folded = foldedCharacter(character);
    for (let index = 0; index < folded.length; index++) origins.push(position);
    text += folded;
    position += character.length;
  }
  origins.push(original.length);
  return { text, origins };
}

/** The folded text alone. */
export function fold(text: string): string {
  let folded = '';
  for (const character of text) folded += foldedCharacter(character);
  return folded;
}

/** The original text behind folded positions `[start, end)`. */
export function originalSlice(original: string, folded: FoldedText, start: number, end: number): string {
  return original.slice(folded.origins[start], folded.origins[end]);
}

/** The folded form with white space collapsed: the key whole phrases are looked up by. */
export function phraseKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}
