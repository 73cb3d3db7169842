/**
 * Concrete phrases a registry template stands for, to parse back: every phrase when there are
 * few, else a fixed sample (the first, the last and a spread between) of a template whose
 * alternatives multiply into thousands.
 */
import type { Language } from '../../../src/bot/catalog/catalog.js';
import type { AnyCommand } from '../../../src/bot/commands/command.js';
import { grammarOf } from '../../../src/bot/commands/grammar.js';
import { expandTemplate, parseTemplate, TemplateError, type Sequence, type SlotName, type WordLists } from '../../../src/bot/commands/template.js';
import { formatSchedule } from '../../../src/bot/intents/schedule.js';

const SAMPLE = 60;

/** A simple, seeded pseudo-random walk through the template's choices. */
function walk(sequence: Sequence, lists: WordLists, slots: Partial<Record<SlotName, string>>, next: () => number): string {
  const words: string[] = [];
  for (const { element, glued } of sequence) {
    let text = '';
    if (element.kind === 'word') text = element.text;
    else if (element.kind === 'slot') text = slots[element.name] ?? '';
    else if (element.kind === 'list') text = lists[element.name]![Math.floor(next() * lists[element.name]!.length)]!;
    else if (element.kind === 'choice') text = walk(element.options[Math.floor(next() * element.options.length)]!, lists, slots, next);
    else text = next() < 0.5 ? '' : walk(element.sequence, lists, slots, next);
    if (text === '') continue;
    if (glued && words.length > 0) words[words.length - 1] += text;
    else words.push(text);
  }
  return words.join(' ');
}

export function samplePhrases(template: string, lists: WordLists, slots: Partial<Record<SlotName, string>>): string[] {
  try {
    return expandTemplate(template, lists, slots);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    return [...new Set(Array.from({ length: SAMPLE }, () => walk(parseTemplate(template), lists, slots, next)))];
  }
}

/** Values for a command's slots in a language: what a person would type there. */
export function sampleSlots(entry: AnyCommand, language: Language): Partial<Record<SlotName, string>> {
  const grammar = grammarOf(language);
  const schedule = formatSchedule({ cadence: 'weekly', day: 'Friday', time: '07:30' }, language).split(' ').slice(1).join(' ');
  const rest = entry.id === 'schedule' ? schedule : entry.id === 'saveSegment' ? `${grammar.examples.segmentName} DaysSinceLastEmail > 60` : 'of introductions';
  return { account: 'Contoso', count: '7', days: '14', weeks: '2', name: grammar.examples.segmentName, expression: 'DaysSinceLastEmail > 60', rest };
}
