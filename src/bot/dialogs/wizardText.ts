/** Small text helpers shared by the admin wizards' steps. */
import { validEmailOrNull } from '../../sources/contacts/emailValidation.js';
import type { Catalog } from '../catalog/catalog.js';
import type { WizardInputValues } from './wizardDialog.js';

/** How many names a card lists before "and N more" (keeps cards well under Teams' size limit). */
export const LISTED_NAMES = 10;

/** "a, b, c" or "a, b, c and 7 more". */
export function listNames(names: readonly string[], catalog: Catalog, total = names.length): string {
  const shown = names.slice(0, LISTED_NAMES).join(', ');
  const more = total - Math.min(names.length, LISTED_NAMES);
  return more > 0 ? catalog.t('wizard.list', { items: shown, count: more }) : shown;
}

/** A card input's value, or the typed text when the card was not used. */
export function inputText(input: WizardInputValues, id: string): string {
  const value = input[id] ?? input.text;
  return typeof value === 'string' ? value.trim() : '';
}

/** Entries as typed: split on commas, semicolons and new lines; addresses normalized; distinct. */
export function parseEntries(text: string): { entries: string[]; invalid: string[] } {
  const entries: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[,;\r\n]+/)) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    // Anything with an @ is meant as an address; the rest are group (or user) names.
    const entry = trimmed.includes('@') ? validEmailOrNull(trimmed) : trimmed;
    if (entry === null) {
      if (!invalid.includes(trimmed)) invalid.push(trimmed);
      continue;
    }
    const key = entry.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  return { entries, invalid };
}

/**
 * Entries longer than this are not put back into the box (a card must stay under Teams' 28 KB):
 * the card says they are kept, and an empty box keeps them.
 */
export const MAX_PREFILL_CHARS = 12_000;

/** The entries one per line for the box, or undefined when they are too long to put back. */
export function prefillOf(entries: readonly string[]): string | undefined {
  const text = entries.join('\n');
  return text.length <= MAX_PREFILL_CHARS ? text : undefined;
}
