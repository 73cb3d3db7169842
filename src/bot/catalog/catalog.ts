/**
 * The message catalog: every user-facing string, chosen by the activity's locale, with
 * number and date formatting for that locale. A language without its own file falls back
 * to English (messages and formats alike), so adding one needs no change elsewhere.
 */
import type { Timestamp } from '../../engagement/activity.js';
import { en } from './en.js';

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

/** The placeholder names of a message: `'Hi {name}, {count}'` gives `'name' | 'count'`. */
export type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
export type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;
/** No argument for a message without placeholders, exactly its placeholders otherwise. */
export type MessageArgs<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never] ? [] : [params: MessageParams<K>];
/** Keys `X` for which both `X.one` and `X.other` exist. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never }[MessageKey];

export interface Catalog {
  /** The locale used for numbers and dates, e.g. `en-GB`. */
  readonly locale: string;
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;
  /** `X.one` or `X.other` by the count, with `{count}` formatted. */
  plural(key: PluralKey, count: number): string;
  formatNumber(value: number, maximumFractionDigits?: number): string;
  /** A UTC calendar date: a timestamp or `YYYY-MM-DD`; "3 Nov 2026" in en-GB. */
  formatDate(date: Timestamp | string): string;
  /** "Nov 2026". */
  formatMonth(date: Timestamp | string): string;
  /** "3 Nov". */
  formatDayMonth(date: Timestamp | string): string;
  /** Whole days ago: "today", "yesterday", "5 days ago"; null is "never". */
  formatRelativeDays(days: number | null): string;
}

const MESSAGES_BY_LANGUAGE: Readonly<Record<string, Messages>> = { en };
const FALLBACK_LOCALE = 'en';
const PLACEHOLDER = /\{([^{}]+)\}/g;

const catalogs = new Map<string, Catalog>();

export function catalogFor(locale: string | undefined): Catalog {
  const resolved = supportedLocale(locale);
  let catalog = catalogs.get(resolved);
  if (!catalog) catalogs.set(resolved, (catalog = createCatalog(resolved)));
  return catalog;
}

/** The canonical locale when its language has messages, else the fallback (never mix languages and formats). */
function supportedLocale(locale: string | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'));
    if (canonical && languageOf(canonical) in MESSAGES_BY_LANGUAGE) return canonical;
  } catch {
    // Not a BCP 47 tag (Teams sends well-formed ones; anything else gets the fallback).
  }
  return FALLBACK_LOCALE;
}

function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/** Substitutes `{name}` placeholders; a missing or unexpected parameter is a programming error. */
function formatMessage(key: string, text: string, params: Readonly<Record<string, string | number>>, formatNumber: (value: number) => string): string {
  const used = new Set<string>();
  const result = text.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`Message "${key}" needs the parameter {${name}}`);
    used.add(name);
    const value = params[name]!;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
  const unexpected = Object.keys(params).filter((name) => !used.has(name));
  if (unexpected.length > 0) throw new Error(`Message "${key}" has no placeholder for ${unexpected.map((name) => `{${name}}`).join(', ')}`);
  return result;
}

function createCatalog(locale: string): Catalog {
  const messages = MESSAGES_BY_LANGUAGE[languageOf(locale)]!;
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return format;
  };
  const dateFormat = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return (date: Timestamp | string) => format.format(typeof date === 'string' ? Date.parse(`${date}T00:00:00Z`) : date);
  };
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const pluralRules = new Intl.PluralRules(locale);
  const formatNumber = (value: number, maximumFractionDigits = 0) => numberFormat(maximumFractionDigits).format(value);

  const catalog: Catalog = {
    locale,
    t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
      const text = messages[key];
      if (text === undefined) throw new Error(`No message "${key}" for ${locale}`);
      const params: Readonly<Record<string, string | number>> = args[0] ?? {};
      return formatMessage(key, text, params, (value) => formatNumber(value, 1));
    },
    plural(key, count) {
      const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
      const pluralKey = `${key}.${form}` as const;
      return formatMessage(pluralKey, messages[pluralKey], { count }, (value) => formatNumber(value));
    },
    formatNumber,
    formatDate: dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }),
    formatMonth: dateFormat({ month: 'short', year: 'numeric' }),
    formatDayMonth: dateFormat({ day: 'numeric', month: 'short' }),
    formatRelativeDays(days) {
      return days === null ? catalog.t('relative.never') : relative.format(-days, 'day');
    },
  };
  return catalog;
}
