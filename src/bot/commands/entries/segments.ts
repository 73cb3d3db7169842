/**
 * Segments: a filter typed as an expression over the output table's columns, saved under a
 * name, listed and run again. The expression is passed on as typed (rawPhrases).
 */
import { z } from 'zod';
import { ENGAGEMENT_COLUMNS } from '../../../engagement/columns.js';
import { straightenQuotes, stripTrailingPunctuationOutsideQuotes } from '../../intents/cleanText.js';
import { command, type ReadContext, type Reading, type Slots } from '../command.js';

/** A saved segment's name: letters, digits, `_` and `-`. */
export const SEGMENT_NAME = /^[\p{L}\p{Nd}_-]+$/u;
export const EXAMPLE_EXPRESSION = 'DaysSinceLastEmail > 60';

/** Only trailing `?`, `!`, `.` outside quotes are dropped, and smart quotes made plain when no plain one is used. */
export function segmentExpression(text: string): string {
  return straightenQuotes(stripTrailingPunctuationOutsideQuotes(text.trim()));
}

const COLUMN_NAMES = ['AccountId', 'AccountName', ...ENGAGEMENT_COLUMNS.map((column) => column.name)].map((name) => name.toLowerCase());

/** Whether a mistyped segment command's argument looks like an expression (a comparison, a column name). */
function looksLikeExpression(text: string): boolean {
  return /[<>=]|\bis (?:not )?null\b/i.test(text) || text.toLowerCase().split(/[^a-z_]+/).some((word) => COLUMN_NAMES.includes(word));
}

/** A single name-like word names a saved segment ("segment cold"); anything else is an expression. */
function readSegment(emptySuggestion: (context: ReadContext) => string) {
  return (slots: Slots, context: ReadContext): Reading => {
    const rest = segmentExpression(slots.expression ?? '');
    if (rest === '') return { suggest: emptySuggestion(context) };
    if (SEGMENT_NAME.test(rest)) return { kind: 'runSegment', name: rest };
    return { kind: 'segment', expression: rest };
  };
}

export const listSegments = command({
  id: 'listSegments',
  audience: 'seller',
  rawPhrases: {
    en: ['segments', '[(list|show|view|see)] [me] [(my|all|the|our)] [saved] segments'],
    sv: ['mina segment', 'segment', 'segmenten', '[(visa|lista)] [(mina|alla)] [sparade] (segment|segmenten)'],
    ca: ['els meus segments', 'segments', '[(mostra|llista|mostra’m)] [(els meus|tots els|els)] segments [(desats|guardats)]', 'llista de segments'],
    id: ['segmen saya', 'daftar segmen', '[(tampilkan|lihat)] [semua] segmen (saya|tersimpan)', 'semua segmen'],
    kk: ['менің сегменттерім', 'сегменттер', '[(барлық|сақталған)] сегменттер', 'сегменттер тізімі', 'сегменттерді көрсет'],
  },
  answer: async (_intent, turn) => turn.send(turn.services.lists.listSegments(turn.asker, turn.catalog)),
});

const NAMED: Readonly<Record<string, string>> = {
  en: '(named|called|as)', sv: '(som heter|med namnet|kallat|som)', ca: '(anomenat|amb el nom|com)', id: '(bernama|dengan nama|sebagai)', kk: '(атты|деген|ретінде)',
};
/** The word between a segment's name and its expression, beside ":". */
const AS: Readonly<Record<string, string>> = { en: 'as', sv: 'som', ca: 'com', id: 'sebagai', kk: 'ретінде' };

export const saveSegment = command({
  id: 'saveSegment',
  audience: 'seller',
  rawPhrases: {
    en: ['save segment {name} {expression}', 'save [(a|the|this|new|my)] segment [(named|called)] [{rest}]'],
    sv: ['spara segment {name} {expression}', 'spara [(ett|det|mitt|nytt)] (segment|segmentet) [(som heter|med namnet|kallat)] [{rest}]'],
    ca: ['desa el segment {name} {expression}', '(desa|guarda|desar|guardar) [(el|un|el meu|nou)] segment [(anomenat|amb el nom)] [{rest}]'],
    id: ['simpan segmen {name} {expression}', 'simpan [(sebuah|baru)] segmen [(bernama|dengan nama)] [{rest}]'],
    kk: ['сегментті сақта {name} {expression}', '(сегмент|сегментті) (сақта|сақтау) [(атты|деген)] [{rest}]', 'сақта сегмент [{rest}]'],
  },
  keywords: { en: ['save segment'], sv: ['spara segment'], ca: ['desa el segment'], id: ['simpan segmen'], kk: ['сегментті сақта'] },
  fitsArgument: (argument, context) => {
    const [name = '', ...expression] = argument.split(' ');
    return looksLikeExpression(argument) ? context.canonical('saveSegment', { name, expression: expression.join(' ') }) : null;
  },
  read: (slots, context) => {
    const named = new RegExp(`^${NAMED[context.language]}\\s+`, 'iu');
    const typed = slots.rest ?? `${slots.name ?? ''} ${slots.expression ?? ''}`;
    const rest = typed.trim().replace(named, '');
    const as = AS[context.language];
    const match = new RegExp(`^(?<name>[^\\s:]*)\\s*(?::|\\s+${as}\\s+|\\s|$)(?<expression>[\\s\\S]*)$`, 'iu').exec(rest);
    const name = match?.groups?.['name'] ?? '';
    const expression = segmentExpression(match?.groups?.['expression'] ?? '');
    if (SEGMENT_NAME.test(name) && expression !== '') return { kind: 'saveSegment', name, expression };
    const suggestedName = name.replace(/[^\p{L}\p{Nd}_-]+/gu, '-').replace(/^-+|-+$/g, '') || context.grammar.examples.segmentName;
    return { suggest: context.canonical('saveSegment', { name: suggestedName, expression: expression || EXAMPLE_EXPRESSION }) };
  },
  answer: async (intent, turn) => turn.send(await turn.services.lists.saveSegment(intent.name, intent.expression, turn.asker, turn.catalog)),
});

export const segment = command({
  id: 'segment',
  audience: 'seller',
  rawPhrases: {
    en: ['segment {expression}', 'segment[:] [{expression}]', 'segment:{expression}'],
    sv: ['segment {expression}', 'segment[:] [{expression}]', 'segment:{expression}'],
    ca: ['segment {expression}', 'segment[:] [{expression}]', 'segment:{expression}'],
    id: ['segmen {expression}', 'segmen[:] [{expression}]', 'segmen:{expression}'],
    kk: ['сегмент {expression}', '(сегмент|сегментті)[:] [{expression}]', 'сегмент:{expression}'],
  },
  keywords: { en: ['segment'], sv: ['segment'], ca: ['segment'], id: ['segmen'], kk: ['сегмент'] },
  fitsArgument: (argument, context) => (looksLikeExpression(argument) ? context.canonical('segment', { expression: argument }) : null),
  read: readSegment((context) => context.canonical('segment', { expression: EXAMPLE_EXPRESSION })),
  answer: async (intent, turn) => turn.send(await turn.services.lists.segment(intent.expression, turn.catalog)),
});

export const runSegment = command({
  id: 'runSegment',
  audience: 'seller',
  rawPhrases: {
    en: ['run segment {expression}', '(show|run|apply|open|execute) [me] [(the|a|my|our)] [saved] segment[:] [{expression}]'],
    sv: ['kör segment {expression}', '(visa|kör|tillämpa|öppna) [mig] [(mitt|det|ett)] [sparade] (segment|segmentet)[:] [{expression}]'],
    ca: ['executa el segment {expression}', "(mostra|mostra'm|executa|aplica|obre) [(el|un|el meu)] segment [desat][:] [{expression}]"],
    id: ['jalankan segmen {expression}', '(tampilkan|jalankan|terapkan|buka) [segmen] [(saya|tersimpan)] segmen[:] [{expression}]', '(tampilkan|jalankan|terapkan|buka) segmen[:] [{expression}]'],
    kk: ['сегментті іске қос {expression}', '(сегмент|сегментті) (көрсет|іске қос|орында|қолдан)[:] [{expression}]'],
  },
  phrases: {
    en: ['run segment {name}', 'run {name}'],
    sv: ['kör segment {name}', 'kör {name}'],
    ca: ['executa el segment {name}', 'executa {name}'],
    id: ['jalankan segmen {name}', 'jalankan {name}'],
    kk: ['сегментті іске қос {name}', '{name} (сегментін|сегментті) (іске қос|іске қосу|көрсет)'],
  },
  keywords: { en: ['run segment'], sv: ['kör segment'], ca: ['executa el segment'], id: ['jalankan segmen'], kk: ['сегментті іске қос'] },
  fitsArgument: (argument, context) => (SEGMENT_NAME.test(argument) ? context.canonical('runSegment', { name: argument }) : null),
  read: (slots, context) => (slots.name !== undefined
    ? { kind: 'runSegment', name: slots.name }
    : readSegment((ctx) => ctx.canonical('runSegment'))(slots, context)),
  answer: async (intent, turn) => turn.send(await turn.services.lists.runSegment(intent.name, turn.asker, turn.catalog)),
  card: {
    verb: 'segment',
    data: z.object({ name: z.string().regex(SEGMENT_NAME).max(200) }),
    act: async (data, turn) => ({ send: await turn.services.lists.runSegment(data.name, turn.asker, turn.catalog), notice: data.name }),
  },
});
