/**
 * Turning the text Teams delivers into the text a person typed. In channels and group chats
 * the bot's @mention arrives as `<at>Rapport</at>`, formatting as a few HTML tags, a typed
 * e-mail address as `<a href="mailto:…">…</a>`, and `<`, `>`, `&` as entities.
 */

const NON_BREAKING_SPACE_ENTITIES = /&(?:nbsp|#160|#x0*a0);/gi;
const MENTIONS = /(?:\s*<at\b[^>]*>[\s\S]*?<\/at\s*>)+\s*/gi;
const LINKS = /<a\b[^>]*>([\s\S]*?)<\/a\s*>/gi;
const MARKDOWN_MAILTO_LINKS = /\[([^\]]*)\]\(mailto:[^)]*\)/gi;
/** Tags that separate words: replaced by a space. Only these names count as tags, so a typed `x < 60 and y > 3` survives. */
const BLOCK_TAGS = /<(?:br|p|div|li|ul|ol|blockquote|h[1-6])\b[^<>]*>|<\/(?:p|div|li|ul|ol|blockquote|h[1-6])\s*>/gi;
/** Inline formatting tags: dropped, their text kept. */
const INLINE_TAGS = /<\/?(?:span|b|i|u|s|em|strong|strike|del|ins|code|pre|font|sup|sub|small|big|mark)\b[^<>]*>/gi;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const UNUSUAL_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201C', rdquo: '\u201D', hellip: '\u2026',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;

/** Decodes HTML character references in one pass (`&amp;lt;` becomes `&lt;`, not `<`); unknown names stay as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}

/**
 * The message as typed: mentions removed (with the white space around them, so no double
 * space is left), links reduced to their text, formatting tags dropped, entities decoded,
 * zero-width characters removed, unusual spaces made plain, and trimmed. Inner white space
 * is otherwise kept, so a quoted segment literal is not altered.
 */
export function cleanMessageText(text: string): string {
  const withoutMarkup = text
    .replace(NON_BREAKING_SPACE_ENTITIES, ' ')
    .replace(UNUSUAL_SPACES, ' ')
    .replace(MENTIONS, ' ')
    .replace(LINKS, '$1')
    .replace(MARKDOWN_MAILTO_LINKS, '$1')
    .replace(BLOCK_TAGS, ' ')
    .replace(INLINE_TAGS, '');
  return decodeHtmlEntities(withoutMarkup).replace(ZERO_WIDTH, '').replace(UNUSUAL_SPACES, ' ').trim();
}

/** Sentence punctuation a question or command may end with; never part of what is asked about. */
const TRAILING_PUNCTUATION = /[\s?!.,;:\u2026\u3002\uFF1F\uFF01]+$/u;

export function stripTrailingPunctuation(text: string): string {
  return text.replace(TRAILING_PUNCTUATION, '');
}

/**
 * The same for a segment expression, where a `?`, `!`, `.`, ... can only end the text
 * legitimately inside a quoted string: outside one the grammar rejects it anyway, so it is
 * removed there and kept inside (`AccountName = 'Yahoo!'` is left alone).
 */
export function stripTrailingPunctuationOutsideQuotes(expression: string): string {
  const stripped = stripTrailingPunctuation(expression);
  if (stripped === expression) return expression;
  return endsInsideQuotes(stripped) ? expression.trimEnd() : stripped;
}

/** Whether the end of `text` lies inside an unterminated '…' or "…" string (quotes inside are doubled). */
function endsInsideQuotes(text: string): boolean {
  let openQuote: string | null = null;
  for (const char of text) {
    if (openQuote === null) {
      if (char === "'" || char === '"') openQuote = char;
    } else if (char === openQuote) {
      openQuote = null; // a doubled quote closes and reopens, which leaves the state right
    }
  }
  return openQuote !== null;
}

const TYPOGRAPHIC_DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const TYPOGRAPHIC_SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;

/**
 * Phones and Teams turn typed quotes into “smart” ones, which the segment grammar does not
 * know. When the expression has no plain quote at all, the smart ones are made plain; when it
 * has one, the writer chose plain quotes deliberately and a smart one is literal text.
 */
export function straightenQuotes(expression: string): string {
  if (/['"]/.test(expression)) return expression;
  return expression.replace(TYPOGRAPHIC_DOUBLE_QUOTES, '"').replace(TYPOGRAPHIC_SINGLE_QUOTES, "'");
}
