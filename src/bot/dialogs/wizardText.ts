/** Small text helpers shared by the admin wizards' steps. */
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
