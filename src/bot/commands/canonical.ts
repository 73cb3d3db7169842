/**
 * How a command is said back to a person: the first phrase of their language, its slots filled
 * with what they gave or shown as placeholders ("who knows someone at <account>"). Help, did-you-
 * mean, messages that quote a command and the Teams command menu use it.
 */
import type { Language } from '../catalog/catalog.js';
import { formatSchedule, type Schedule } from '../intents/schedule.js';
import type { CommandId, Slots } from './command.js';
import { grammarOf } from './grammar.js';
import { commandOf } from './registry.js';

const EXAMPLE_SCHEDULE: Schedule = { cadence: 'weekly', day: 'Monday', time: '06:00' };

/** The first phrase of a command in a language (of its raw phrases when it has no others). */
export function canonicalTemplate(id: CommandId, language: Language): string | undefined {
  const entry = commandOf(id);
  return (entry.phrases ?? entry.rawPhrases)?.[language]?.[0];
}

export function canonicalPhrase(id: CommandId, language: Language, args: Slots = {}): string {
  if (id === 'schedule') return formatSchedule(EXAMPLE_SCHEDULE, language);
  const template = canonicalTemplate(id, language);
  if (template === undefined) throw new Error(`the command ${id} has no phrase in ${language}`);
  return filled(template, language, args);
}

/** A command's extra example phrase (`examples`), filled in; its canonical phrase when it has none. */
export function examplePhrase(id: CommandId, language: Language, args: Slots = {}): string {
  const template = commandOf(id).examples?.[language]?.[0];
  return template === undefined ? canonicalPhrase(id, language, args) : filled(template, language, args);
}

function filled(template: string, language: Language, args: Slots): string {
  const { placeholders } = grammarOf(language);
  return template.replace(/\{(\w+)\}/g, (_whole, slot: keyof Slots) => args[slot] ?? (slot === 'name' ? placeholders.name : placeholders.account));
}

/** The words of a command before its argument: what the Teams command menu shows ("how engaged is"). */
export function commandTitle(id: CommandId, language: Language): string {
  const template = canonicalTemplate(id, language) ?? '';
  const slot = template.indexOf('{');
  return (slot < 0 ? template : template.slice(0, slot)).trim();
}
