/**
 * The registry's phrases of one language, compiled once for the parser: whole phrases by their
 * folded key, the templates with arguments as regular expressions, the starts of commands,
 * the typo candidates, and the words around a request.
 */
import type { Language } from '../catalog/catalog.js';
import type { AnyCommand, CommandId, Slots } from './command.js';
import { fold, foldWithOrigins, originalSlice, phraseKey } from './fold.js';
import { grammarOf, type LanguageGrammar } from './grammar.js';
import { REGISTRY } from './registry.js';
import { compileTemplate, expandTemplate, slotsOf, specificity, type SlotName } from './template.js';

export interface CompiledTemplate {
  readonly command: AnyCommand;
  readonly template: string;
  readonly pattern: RegExp;
}

export interface Phrase {
  readonly command: CommandId;
  /** As written in the registry, accents kept: what a suggestion shows. */
  readonly display: string;
  /** The template it came from. */
  readonly template: string;
  readonly key: string;
}

export interface Phrasebook {
  readonly language: Language;
  readonly grammar: LanguageGrammar;
  /** Whole messages: every phrase without arguments, then small talk (help). */
  readonly whole: ReadonlyMap<string, Phrase>;
  /** Templates with arguments, by command, most specific first. */
  readonly templates: ReadonlyMap<CommandId, readonly CompiledTemplate[]>;
  /** The segment commands' templates, matched on the request as typed. */
  readonly raw: readonly CompiledTemplate[];
  readonly incomplete: ReadonlyMap<string, CommandId>;
  /** Phrases a typo is corrected to, in registry order. */
  readonly correctable: readonly Phrase[];
  readonly keywords: readonly Phrase[];
  readonly leadingCourtesy: RegExp;
  readonly trailingCourtesy: RegExp;
  /** "show {rest}", "{rest} көрсет": a request that asks to show what it names. */
  readonly lookups: readonly Pick<CompiledTemplate, 'template' | 'pattern'>[];
  readonly sentenceStarts: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
}

const books = new Map<Language, Phrasebook>();

export function phrasebookOf(language: Language): Phrasebook {
  let book = books.get(language);
  if (!book) books.set(language, (book = compilePhrasebook(language)));
  return book;
}

const hasSlots = (template: string) => template.includes('{');

function compilePhrasebook(language: Language): Phrasebook {
  const grammar = grammarOf(language);
  const lists = grammar.lists;
  const spoken = REGISTRY.filter((entry) => entry.audience !== 'wizard');
  const expand = (id: CommandId, template: string): Phrase[] =>
    expandTemplate(template, lists).map((display) => ({ command: id, display, template, key: phraseKey(display) }));
  const compile = (entry: AnyCommand, templates: readonly string[]): CompiledTemplate[] =>
    [...templates].sort((a, b) => specificity(b) - specificity(a)).map((template) => ({ command: entry, template, pattern: compileTemplate(template, lists) }));

  const whole = new Map<string, Phrase>();
  const correctable: Phrase[] = [];
  const templates = new Map<CommandId, CompiledTemplate[]>();
  const raw: CompiledTemplate[] = [];
  const incomplete = new Map<string, CommandId>();
  const keywords: Phrase[] = [];
  for (const entry of spoken) {
    const phrases = entry.phrases?.[language] ?? [];
    for (const template of phrases.filter((phrase) => !hasSlots(phrase))) {
      for (const phrase of expand(entry.id, template)) {
        if (!whole.has(phrase.key)) whole.set(phrase.key, phrase);
        correctable.push(phrase);
      }
    }
    const slotted = phrases.filter(hasSlots);
    if (slotted.length > 0) templates.set(entry.id, compile(entry, slotted));
    const rawPhrases = entry.rawPhrases?.[language] ?? [];
    raw.push(...compile(entry, rawPhrases));
    for (const template of rawPhrases.filter((phrase) => !hasSlots(phrase))) correctable.push(...expand(entry.id, template));
    for (const template of entry.incomplete?.[language] ?? []) {
      for (const phrase of expand(entry.id, template)) if (!incomplete.has(phrase.key)) incomplete.set(phrase.key, entry.id);
    }
    for (const template of entry.keywords?.[language] ?? []) keywords.push(...expand(entry.id, template));
  }
  for (const template of grammar.smallTalk) {
    for (const phrase of expand('help', template)) if (!whole.has(phrase.key)) whole.set(phrase.key, phrase);
  }
  const alternatives = (templates: readonly string[]) => templates.flatMap((template) => expandTemplate(template, lists)).map((phrase) => fold(phrase).split(/\s+/).map(escape).join('\\s+'));
  return {
    language, grammar, whole, templates, raw, incomplete, correctable, keywords,
    // "Hi-Tech Corp" keeps its "Hi": a courtesy is a whole word, followed by a space, a punctuation mark or the end.
    leadingCourtesy: new RegExp(`^(?:/|(?:@?rapport|${alternatives(grammar.leadingCourtesies).join('|')})(?=[\\s,;:!.]|$))[\\s,;:!.]*`, 'u'),
    trailingCourtesy: new RegExp(`[\\s,;]+(?:${alternatives(grammar.trailingCourtesies).join('|')})$`, 'u'),
    lookups: [...grammar.lookupPrefixes.map((prefix) => `${prefix} {rest}`), ...grammar.lookupSuffixes.map((suffix) => `{rest} ${suffix}`)]
      .map((template) => ({ template, pattern: compileTemplate(template, lists) })),
    sentenceStarts: new Set(grammar.sentenceStarts.map(fold)),
    pronouns: new Set(grammar.pronouns.map(fold)),
  };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The slots a template's match captured, as the person typed them (taken from the original text). */
export function matchTemplate(compiled: Pick<CompiledTemplate, 'template' | 'pattern'>, original: string): Slots | null {
  const folded = foldWithOrigins(original);
  const match = compiled.pattern.exec(folded.text);
  if (!match) return null;
  const slots: Slots = {};
  for (const name of slotsOf(compiled.template)) {
    const range = match.indices?.groups?.[name];
    if (range) slots[name as SlotName] = originalSlice(original, folded, range[0], range[1]).trim();
  }
  return slots;
}
