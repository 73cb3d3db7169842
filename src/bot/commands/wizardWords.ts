/**
 * The words a wizard step understands when typed rather than chosen on its card — "back",
 * "cancel", "I agree", yes/no, "(none)", "save" — in the asker's language or English, with the
 * same forgiveness as commands (case, accents, a trailing "!" or parentheses around "(none)").
 */
import type { Language } from '../catalog/catalog.js';
import { stripTrailingPunctuation } from '../intents/cleanText.js';
import type { CommandId, WizardWordId } from './command.js';
import { phraseKey } from './fold.js';
import { grammarOf } from './grammar.js';
import { commandOf } from './registry.js';
import { expandTemplate } from './template.js';

export type TypedWord = WizardWordId | Extract<CommandId, 'cancel' | 'back'>;

const keys = new Map<string, ReadonlySet<string>>();

function keysOf(word: TypedWord, language: Language): ReadonlySet<string> {
  const cacheKey = `${word}:${language}`;
  let found = keys.get(cacheKey);
  if (!found) {
    const lists = grammarOf(language).lists;
    const phrases = (commandOf(word).phrases?.[language] ?? []).flatMap((template) => expandTemplate(template, lists));
    keys.set(cacheKey, (found = new Set(phrases.map(phraseKey))));
  }
  return found;
}

/** A typed answer as compared: trimmed, without trailing ".", "!", "?", nor parentheses around it. */
export function typedKey(text: string): string {
  return phraseKey(stripTrailingPunctuation(text.trim()).replace(/^\((.*)\)$/u, '$1'));
}

/** Whether typed text is this word, in `language` or English; `alsoAccepted` adds what the card itself shows (a button's title). */
export function isTypedWord(word: TypedWord, text: string, language: Language, alsoAccepted: readonly string[] = []): boolean {
  const key = typedKey(text);
  if (key === '') return false;
  return keysOf(word, language).has(key) || keysOf(word, 'en').has(key) || alsoAccepted.some((accepted) => typedKey(accepted) === key);
}
