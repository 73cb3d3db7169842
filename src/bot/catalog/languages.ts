/**
 * The languages Rapport speaks and how a client's locale picks one: by language, so that
 * `sv-FI` is Swedish and `ca-ES-valencia` Catalan. A language without messages falls back to
 * English for messages and formats alike (never a mix of the two).
 */
import { ca } from './ca/index.js';
import { en } from './en/index.js';
import { id } from './id/index.js';
import { kk } from './kk/index.js';
import { sv } from './sv/index.js';

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
/** A translated catalog section: exactly the keys of its English section. */
export type Translation<EnglishSection> = { readonly [K in keyof EnglishSection]: string };

/** Rapport's languages, English first: the source every other language translates. */
export const LANGUAGES = ['en', 'sv', 'ca', 'id', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FALLBACK_LOCALE = 'en';

const MESSAGES: Partial<Record<Language, Messages>> = { en, sv, ca, id, kk };

export function messagesOf(language: Language): Messages | undefined {
  return MESSAGES[language];
}

/** The languages that have their messages (English always). */
export function availableLanguages(): Language[] {
  return LANGUAGES.filter((language) => MESSAGES[language] !== undefined);
}

/** The canonical locale (`sv-FI`) when its language has messages; null otherwise or for a malformed tag. */
export function supportedLocale(locale: string | undefined | null): string | null {
  if (!locale) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'));
    if (canonical && messagesOf(languageOf(canonical) as Language) !== undefined) return canonical;
  } catch {
    // Not a BCP 47 tag (Teams sends well-formed ones; anything else falls back).
  }
  return null;
}

export function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}
