/**
 * Syntax of the segment filter language: a lazy lexer and a recursive-descent parser that
 * turn an expression into a tree. Column names and literal types are checked later, by
 * segments.ts; this file only knows the shape of the language.
 *
 *   expression := or
 *   or         := and ('or' and)*
 *   and        := not ('and' not)*
 *   not        := 'not' not | primary
 *   primary    := '(' or ')' | condition
 *   condition  := column (operator value | 'is' ['not'] 'null')
 *   operator   := '<' | '<=' | '=' | '!=' | '>=' | '>'
 *   value      := number | string
 */

export type ComparisonOperator = '<' | '<=' | '=' | '!=' | '>=' | '>';

export type ColumnReference = { readonly name: string; readonly position: number };

export type Literal =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly position: number }
  | { readonly kind: 'string'; readonly value: string; readonly text: string; readonly position: number };

export type SegmentNode =
  | { readonly kind: 'and' | 'or'; readonly left: SegmentNode; readonly right: SegmentNode }
  | { readonly kind: 'not'; readonly operand: SegmentNode }
  | { readonly kind: 'compare'; readonly column: ColumnReference; readonly operator: ComparisonOperator; readonly value: Literal }
  | { readonly kind: 'isNull'; readonly column: ColumnReference; readonly negated: boolean };

/** A mistake in a segment expression; the message points at it with a caret line. */
export class SegmentSyntaxError extends Error {
  override readonly name = 'SegmentSyntaxError';

  /**
   * @param reason the one-line reason, without the position
   * @param position 0-based character offset of the offending token in `expression`
   */
  constructor(readonly reason: string, readonly expression: string, readonly position: number) {
    super(formatSegmentError(reason, expression, position));
  }
}

function formatSegmentError(reason: string, expression: string, position: number): string {
  // Tabs and newlines would shift the caret, so the echoed expression shows them as spaces.
  const echoed = expression.replace(/\s/g, ' ');
  return `${reason} at position ${position}:\n  ${echoed}\n  ${' '.repeat(position)}^`;
}

/** Literals are tokens as they are; `text` is the token as written (strings keep their quotes). */
type Token = { readonly kind: 'word' | 'operator' | '(' | ')' | 'end'; readonly text: string; readonly position: number } | Literal;

const OPERATORS: readonly ComparisonOperator[] = ['<', '<=', '=', '!=', '>=', '>'];
const isComparisonOperator = (text: string): text is ComparisonOperator => (OPERATORS as readonly string[]).includes(text);

const OPERATOR_SUGGESTIONS: Readonly<Record<string, string>> = {
  '==': "'='", '===': "'='", '<>': "'!='", '!==': "'!='", '=>': "'>='", '=<': "'<='",
  '!': "'not' or '!='", '&': "'and'", '&&': "'and'", '|': "'or'", '||': "'or'",
};

const isWhitespace = (char: string): boolean => /\s/.test(char);
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isWordStart = (char: string): boolean => /[A-Za-z_]/.test(char);
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9_]/.test(char);
const isOperatorChar = (char: string | undefined): boolean => char !== undefined && '<>=!&|'.includes(char);

/** Reads one token at a time, so a mistake late in the expression never hides an earlier one. */
class Lexer {
  private offset = 0;
  private lastTokenEnd = 0;

  constructor(private readonly source: string) {}

  next(): Token {
    while (this.offset < this.source.length && isWhitespace(this.source.charAt(this.offset))) this.offset++;
    const token = this.readToken();
    this.lastTokenEnd = this.offset;
    return token;
  }

  private readToken(): Token {
    const start = this.offset;
    const char = this.source.charAt(start);
    // The end sits right after the last token, so trailing spaces do not push the caret away.
    if (start >= this.source.length) return { kind: 'end', text: '', position: this.lastTokenEnd };
    if (char === '(' || char === ')') return this.take(char, start + 1);
    if (char === "'" || char === '"') return this.readString(char);
    if (isDigit(char) || (char === '-' && isDigit(this.source[start + 1]))) return this.readNumber();
    if (isWordStart(char)) return this.take('word', this.endOfRun(start, isWordChar));
    if (isOperatorChar(char)) return this.readOperator();
    throw this.error(`Unexpected character '${char}'`, start);
  }

  private take(kind: 'word' | 'operator' | '(' | ')', end: number): Token {
    const token: Token = { kind, text: this.source.slice(this.offset, end), position: this.offset };
    this.offset = end;
    return token;
  }

  private takeLiteral(literal: Literal): Literal {
    this.offset = literal.position + literal.text.length;
    return literal;
  }

  private endOfRun(from: number, belongs: (char: string | undefined) => boolean): number {
    let end = from;
    while (end < this.source.length && belongs(this.source[end])) end++;
    return end;
  }

  private readNumber(): Token {
    const start = this.offset;
    const match = /-?\d+(?:\.\d+)?/y;
    match.lastIndex = start;
    const end = start + (match.exec(this.source)?.[0].length ?? 0);
    const following = this.source[end];
    if (isWordChar(following) || following === '.') {
      const wordEnd = this.endOfRun(end, (c) => isWordChar(c) || c === '.');
      throw this.error(`Malformed number '${this.source.slice(start, wordEnd)}'`, start);
    }
    const text = this.source.slice(start, end);
    return this.takeLiteral({ kind: 'number', value: Number(text), text, position: start });
  }

  /** A quote inside a string is written twice: 'O''Brien'. */
  private readString(quote: string): Token {
    const start = this.offset;
    let content = '';
    let index = start + 1;
    while (index < this.source.length) {
      const char = this.source.charAt(index);
      if (char === quote && this.source[index + 1] === quote) {
        content += quote;
        index += 2;
      } else if (char === quote) {
        return this.takeLiteral({ kind: 'string', value: content, text: this.source.slice(start, index + 1), position: start });
      } else {
        content += char;
        index++;
      }
    }
    throw this.error('Unterminated string starting', start);
  }

  private readOperator(): Token {
    const start = this.offset;
    const text = this.source.slice(start, this.endOfRun(start, isOperatorChar));
    if (isComparisonOperator(text)) return this.take('operator', start + text.length);
    const suggestion = OPERATOR_SUGGESTIONS[text];
    const hint = suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
    throw this.error(`Unknown operator '${text}'${hint}`, start);
  }

  private error(reason: string, position: number): SegmentSyntaxError {
    return new SegmentSyntaxError(reason, this.source, position);
  }
}

const KEYWORDS = ['and', 'or', 'not', 'is', 'null'] as const;
type Keyword = (typeof KEYWORDS)[number];

const describe = (token: Token): string => (token.kind === 'string' ? token.text : `'${token.text}'`);

class Parser {
  private readonly lexer: Lexer;
  private current: Token;
  private previous: Token | undefined;

  constructor(private readonly expression: string) {
    this.lexer = new Lexer(expression);
    this.current = this.lexer.next();
  }

  parse(): SegmentNode {
    if (this.current.kind === 'end') {
      throw this.error('Empty expression (write a condition such as DaysSinceLastEmail > 60)', 0);
    }
    const node = this.parseOr();
    this.expectEnd(this.current);
    return node;
  }

  private expectEnd(token: Token): void {
    if (token.kind === ')') throw this.error("Unmatched ')'", token.position);
    if (token.kind !== 'end') throw this.error(`Unexpected ${describe(token)} (join conditions with 'and' or 'or')`, token.position);
  }

  private parseOr(): SegmentNode {
    return this.parseChain('or', () => this.parseAnd());
  }

  private parseAnd(): SegmentNode {
    return this.parseChain('and', () => this.parseNot());
  }

  /** `operand (keyword operand)*`, grouped from the left. */
  private parseChain(keyword: 'and' | 'or', parseOperand: () => SegmentNode): SegmentNode {
    let left = parseOperand();
    while (this.atKeyword(keyword)) {
      this.advance();
      left = { kind: keyword, left, right: parseOperand() };
    }
    return left;
  }

  private parseNot(): SegmentNode {
    if (!this.atKeyword('not')) return this.parsePrimary();
    this.advance();
    return { kind: 'not', operand: this.parseNot() };
  }

  private parsePrimary(): SegmentNode {
    if (this.current.kind === '(') return this.parseGroup();
    if (this.current.kind === 'word' && !this.atAnyKeyword()) return this.parseCondition();
    const after = this.previous === undefined ? '' : ` after '${this.previous.text}'`;
    return this.fail(`a column name${after}`);
  }

  private parseGroup(): SegmentNode {
    const open = this.advance();
    const inner = this.parseOr();
    if (this.current.kind === ')') {
      this.advance();
      return inner;
    }
    if (this.current.kind === 'end') throw this.error("Unclosed '('", open.position);
    return this.fail("'and', 'or' or ')'");
  }

  private parseCondition(): SegmentNode {
    const columnToken = this.advance();
    const column = { name: columnToken.text, position: columnToken.position };
    const operator = this.current.text;
    if (this.current.kind === 'operator' && isComparisonOperator(operator)) {
      this.advance();
      return { kind: 'compare', column, operator, value: this.parseValue(operator) };
    }
    if (this.atKeyword('is')) return { kind: 'isNull', column, negated: this.parseIsNull() };
    return this.fail(`a comparison such as '>' or 'is null' after ${columnToken.text}`);
  }

  /** Consumes `is [not] null`; true when `not` was written. */
  private parseIsNull(): boolean {
    this.advance();
    const negated = this.atKeyword('not');
    if (negated) this.advance();
    if (!this.atKeyword('null')) this.fail(`'null' after '${negated ? 'is not' : 'is'}'`);
    this.advance();
    return negated;
  }

  private parseValue(operator: ComparisonOperator): Literal {
    const token = this.current;
    if (token.kind !== 'number' && token.kind !== 'string') return this.fail(`a value after '${operator}'`);
    this.advance();
    return token;
  }

  private fail(expected: string): never {
    const found = this.current;
    const reason = found.kind === 'end' ? `Unexpected end of expression: expected ${expected}` : `Expected ${expected}`;
    throw this.error(reason, found.position);
  }

  private advance(): Token {
    const consumed = this.current;
    this.previous = consumed;
    this.current = this.lexer.next();
    return consumed;
  }

  private atKeyword(keyword: Keyword): boolean {
    return this.current.kind === 'word' && this.current.text.toLowerCase() === keyword;
  }

  private atAnyKeyword(): boolean {
    return this.current.kind === 'word' && (KEYWORDS as readonly string[]).includes(this.current.text.toLowerCase());
  }

  private error(reason: string, position: number): SegmentSyntaxError {
    return new SegmentSyntaxError(reason, this.expression, position);
  }
}

/** Parses a segment expression into its tree; throws SegmentSyntaxError at the first mistake. */
export function parseSegment(expression: string): SegmentNode {
  return new Parser(expression).parse();
}
