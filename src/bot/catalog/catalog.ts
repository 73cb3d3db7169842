/**
 * The message catalog: every user-facing string, chosen by a locale, as ICU messages
 * (intl-messageformat) with that locale's CLDR plural rules, and number, date and list
 * formatting for it. `catalogFor('sv-SE')` is Swedish with Swedish formats.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { dateFormats, type DateFormats } from './dateFormats.js';
import { FALLBACK_LOCALE, languageOf, messagesOf, supportedLocale, type Language, type MessageKey, type Messages } from './languages.js';
import type { MessageParameters } from './messageArguments.js';
import { messageShape, parseMessage, type MessageShape } from './messageShape.js';
import type { en } from './en/index.js';

export type { Language, MessageKey, Messages, Translation } from './languages.js';
export { availableLanguages, LANGUAGES } from './languages.js';

export type MessageParams<K extends MessageKey> = MessageParameters<(typeof en)[K]>;
/** No argument for a message without placeholders, exactly its placeholders otherwise. */
export type MessageArgs<K extends MessageKey> = keyof MessageParams<K> extends never ? [] : [params: MessageParams<K>];

export interface Catalog extends DateFormats {
  /** The locale used for numbers and dates, e.g. `sv-SE`. */
  readonly locale: string;
  readonly language: Language;
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;
  formatNumber(value: number, maximumFractionDigits?: number): string;
  /** Whole days ago: "today", "yesterday", "5 days ago"; null is "never". */
  formatRelativeDays(days: number | null): string;
  /** "a, b and c", by the locale's rules. */
  formatList(items: readonly string[]): string;
}

const catalogs = new Map<string, Catalog>();

/**
 * The catalog for a client's locale, else for `fallbackLocale` (the organisation's default),
 * else English.
 */
export function catalogFor(locale: string | undefined | null, fallbackLocale?: string | null): Catalog {
  const resolved = supportedLocale(locale) ?? supportedLocale(fallbackLocale) ?? FALLBACK_LOCALE;
  let catalog = catalogs.get(resolved);
  if (!catalog) catalogs.set(resolved, (catalog = createCatalog(resolved)));
  return catalog;
}

interface CompiledMessage {
  format: IntlMessageFormat;
  shape: MessageShape;
}

function createCatalog(locale: string): Catalog {
  const language = languageOf(locale) as Language;
  const messages: Messages = messagesOf(language)!;
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return format;
  };
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const formatNumber = (value: number, maximumFractionDigits = 0) => numberFormat(maximumFractionDigits).format(value);
  const compiled = new Map<MessageKey, CompiledMessage>();
  const compile = (key: MessageKey): CompiledMessage => {
    let message = compiled.get(key);
    if (!message) {
      const text = messages[key];
      if (text === undefined) throw new Error(`No message "${key}" for ${locale}`);
      const elements = parseMessage(text);
      compiled.set(key, (message = { format: new IntlMessageFormat(elements, locale), shape: messageShape(elements) }));
    }
    return message;
  };

  const catalog: Catalog = {
    locale,
    language,
    t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
      const { format, shape } = compile(key);
      const params: Readonly<Record<string, string | number>> = args[0] ?? {};
      const missing = [...shape.arguments].filter((name) => !Object.hasOwn(params, name));
      if (missing.length > 0) throw new Error(`Message "${key}" needs the parameter {${missing[0]}}`);
      const unexpected = Object.keys(params).filter((name) => !shape.arguments.has(name));
      if (unexpected.length > 0) throw new Error(`Message "${key}" has no placeholder for ${unexpected.map((name) => `{${name}}`).join(', ')}`);
      const notCounted = [...shape.pluralOptions.keys()].find((name) => typeof params[name] !== 'number');
      if (notCounted !== undefined) throw new Error(`Message "${key}" counts with {${notCounted}}, which must be a number`);
      // A plain `{days}` gets the locale's digits; plural and number arguments keep the number itself.
      const values = Object.fromEntries(Object.entries(params).map(([name, value]) =>
        [name, typeof value === 'number' && shape.plainArguments.has(name) ? formatNumber(value, 1) : value]));
      return String(format.format(values));
    },
    formatNumber,
    ...dateFormats(locale),
    formatRelativeDays(days) {
      return days === null ? catalog.t('relative.never') : relative.format(-days, 'day');
    },
    formatList: (items) => list.format(items),
  };
  return catalog;
}
