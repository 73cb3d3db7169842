/**
 * Phrase templates: how a command is said, written the way a person reads it.
 *
 *   how engaged (is|are) [we (with|at|by)] {account}
 *
 * - words match as typed, folded (fold.ts): case, accents and Kazakh letters do not matter;
 * - `(a|b c)` is one of the alternatives, `[x y]` is optional;
 * - `{slot}` captures an argument (slots.ts says what each slot accepts);
 * - `<list>` is one of the words of a named list of the language (`<people>`: someone, anyone, ...);
 * - elements are separated by white space; written without a space they are glued together:
 *   `segment[et]`, `{account}[-да]`, `schedule[:]`.
 *
 * A template without slots expands to the finite list of phrases it stands for (used for
 * whole-message lookups and typo suggestions); every template compiles to one anchored
 * regular expression over folded text.
 */
import { fold } from './fold.js';

export type SlotName = 'account' | 'count' | 'days' | 'weeks' | 'name' | 'expression' | 'rest';

export type Element =
  | { kind: 'word'; text: string }
  | { kind: 'choice'; options: Sequence[] }
  | { kind: 'optional'; sequence: Sequence }
  | { kind: 'slot'; name: SlotName }
  | { kind: 'list'; name: string };

export interface Item {
  element: Element;
  /** Written right after the previous element, without a space. */
  glued: boolean;
}

export type Sequence = Item[];

export type WordLists = Readonly<Record<string, readonly string[]>>;

const SLOT_NAMES: ReadonlySet<string> = new Set<SlotName>(['account', 'count', 'days', 'weeks', 'name', 'expression', 'rest']);

/** What each slot matches on folded text. */
const SLOT_PATTERNS: Readonly<Record<SlotName, string>> = {
  account: '.+?',
  count: '\\d{1,6}',
  days: '\\d{1,4}',
  weeks: '\\d{1,3}',
  name: '[\\p{L}\\p{Nd}_-]+',
  expression: '[\\s\\S]+?',
  rest: '.+?',
};

const SEPARATOR = '\\s+';

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

export function parseTemplate(template: string): Sequence {
  let position = 0;
  const fail = (message: string): never => {
    throw new TemplateError(`${message} at ${position} in "${template}"`);
  };
  const parseSequence = (closers: string): Sequence => {
    const items: Sequence = [];
    let glued = false;
    while (position < template.length && !closers.includes(template[position]!)) {
      const char = template[position]!;
      if (char === ' ') {
        position++;
        glued = false;
        continue;
      }
      items.push({ element: parseElement(), glued: glued && items.length > 0 });
      glued = true;
    }
    return items;
  };
  const parseElement = (): Element => {
    const char = template[position]!;
    if (char === '(') {
      position++;
      const options = [parseSequence('|)')];
      while (template[position] === '|') {
        position++;
        options.push(parseSequence('|)'));
      }
      if (template[position++] !== ')') fail('missing )');
      return { kind: 'choice', options };
    }
    if (char === '[') {
      position++;
      const sequence = parseSequence(']');
      if (template[position++] !== ']') fail('missing ]');
      return { kind: 'optional', sequence };
    }
    if (char === '{' || char === '<') {
      const close = char === '{' ? '}' : '>';
      const end = template.indexOf(close, position);
      if (end < 0) fail(`missing ${close}`);
      const name = template.slice(position + 1, end);
      position = end + 1;
      if (char === '<') return { kind: 'list', name };
      if (!SLOT_NAMES.has(name)) fail(`unknown slot {${name}}`);
      return { kind: 'slot', name: name as SlotName };
    }
    const match = /^[^\s()[\]{}<>|]+/.exec(template.slice(position));
    if (!match) return fail(`unexpected "${char}"`);
    position += match[0].length;
    return { kind: 'word', text: match[0] };
  };
  const sequence = parseSequence('');
  if (position < template.length) fail('unbalanced brackets');
  return sequence;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folded literal phrase as a pattern: its spaces match any white space. */
function literal(text: string): string {
  return fold(text).trim().split(/\s+/).map(escapeRegExp).join(SEPARATOR);
}

function compileElement(element: Element, lists: WordLists): string {
  switch (element.kind) {
    case 'word': return literal(element.text);
    case 'slot': return `(?<${element.name}>${SLOT_PATTERNS[element.name]})`;
    case 'choice': return `(?:${element.options.map((option) => compileSequence(option, lists)).join('|')})`;
    case 'optional': return compileSequence(element.sequence, lists);
    case 'list': {
      const words = lists[element.name];
      if (words === undefined || words.length === 0) throw new TemplateError(`unknown word list <${element.name}>`);
      // Longest first, so that "any one" is tried before "any".
      return `(?:${[...words].sort((a, b) => b.length - a.length).map(literal).join('|')})`;
    }
  }
}

/**
 * Optional elements carry their separator with them: those before the first required element
 * are followed by it, the others preceded by it, so that "[the] top {count}" matches "top 5".
 */
function compileSequence(sequence: Sequence, lists: WordLists): string {
  const firstRequired = sequence.findIndex((item) => item.element.kind !== 'optional');
  if (firstRequired < 0) throw new TemplateError('a sequence needs at least one element that is not optional');
  let pattern = '';
  sequence.forEach((item, index) => {
    const body = compileElement(item.element, lists);
    const optional = item.element.kind === 'optional';
    if (index < firstRequired) {
      const next = sequence[index + 1]!;
      pattern += `(?:${body}${next.glued ? '' : SEPARATOR})?`;
    } else if (index === firstRequired) {
      pattern += body;
    } else {
      const separator = item.glued ? '' : SEPARATOR;
      pattern += optional ? `(?:${separator}${body})?` : `${separator}${body}`;
    }
  });
  return pattern;
}

/** The template as one regular expression over folded text, anchored at both ends, with slot indices. */
export function compileTemplate(template: string, lists: WordLists = {}): RegExp {
  return new RegExp(`^${compileSequence(parseTemplate(template), lists)}$`, 'du');
}

export function slotsOf(template: string): SlotName[] {
  const names: SlotName[] = [];
  const visit = (sequence: Sequence) => sequence.forEach(({ element }) => {
    if (element.kind === 'slot') names.push(element.name);
    else if (element.kind === 'choice') element.options.forEach(visit);
    else if (element.kind === 'optional') visit(element.sequence);
  });
  visit(parseTemplate(template));
  return names;
}

/** Most phrases one template may stand for: more means the template should be split. */
export const MAX_EXPANSIONS = 2000;

/**
 * Every phrase a template stands for, as written (accents kept), single-spaced; its slots
 * filled from `slots` (a template with a slot not given cannot be expanded).
 */
export function expandTemplate(template: string, lists: WordLists = {}, slots: Partial<Record<SlotName, string>> = {}): string[] {
  const expanded = expandSequence(parseTemplate(template), lists, slots);
  if (expanded.length > MAX_EXPANSIONS) throw new TemplateError(`"${template}" stands for more than ${MAX_EXPANSIONS} phrases`);
  return [...new Set(expanded.map((phrase) => phrase.trim()))];
}

type SlotValues = Partial<Record<SlotName, string>>;

function expandSequence(sequence: Sequence, lists: WordLists, slots: SlotValues): string[] {
  let phrases = [''];
  for (const item of sequence) {
    const options = expandElement(item.element, lists, slots);
    const next: string[] = [];
    for (const phrase of phrases) {
      for (const option of options) {
        if (option === '') next.push(phrase);
        else if (phrase === '') next.push(option);
        else next.push(item.glued ? `${phrase}${option}` : `${phrase} ${option}`);
      }
    }
    phrases = next;
    if (phrases.length > MAX_EXPANSIONS) return phrases;
  }
  return phrases;
}

function expandElement(element: Element, lists: WordLists, slots: SlotValues): string[] {
  switch (element.kind) {
    case 'word': return [element.text];
    case 'slot': {
      const value = slots[element.name];
      if (value === undefined) throw new TemplateError(`{${element.name}} has no value to expand with`);
      return [value];
    }
    case 'choice': return element.options.flatMap((option) => expandSequence(option, lists, slots));
    case 'optional': return ['', ...expandSequence(element.sequence, lists, slots)];
    case 'list': return [...(lists[element.name] ?? [])];
  }
}

/** Whether a template is plain: words and slots only, so it reads as one phrase (help shows it). */
export function isPlainTemplate(template: string): boolean {
  return parseTemplate(template).every(({ element }) => element.kind === 'word' || element.kind === 'slot');
}

/**
 * How specific a template is: its required words and choices, then its slots, then its optional parts. A
 * command tries its more specific phrases first, so "relationship [with] {account}" reads
 * "relationship with Contoso" before "relationship {account}" could take "with Contoso".
 */
export function specificity(template: string): number {
  const items = parseTemplate(template);
  const required = items.filter(({ element }) => element.kind === 'word' || element.kind === 'choice').length;
  const slots = items.filter(({ element }) => element.kind === 'slot').length;
  return 100 * required + 10 * slots + items.filter(({ element }) => element.kind === 'optional').length;
}
