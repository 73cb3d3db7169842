/** Help, leaving a wizard when none is under way, and opting out of or back into introductions. */
import { message } from '../../turn.js';
import { command, type CommandTurn, type ReadContext, type Reading, type Slots } from '../command.js';
import { compileTemplate } from '../template.js';
import { fold } from '../fold.js';

export const help = command({
  id: 'help',
  audience: 'seller',
  phrases: {
    en: ['help', 'commands', 'menu', 'options', 'what can you do', 'what can i ask', 'what can i ask you', 'what do you do', 'how does this work', 'how do i use this', 'who are you', 'get started', 'usage'],
    sv: ['hjälp', 'kommandon', 'meny', 'menyn', 'alternativ', 'vad kan du', 'vad kan du göra', 'vad kan jag fråga', 'vad kan jag fråga om', 'vad gör du', 'hur fungerar det', 'hur funkar det', 'hur använder jag dig', 'vem är du', 'kom igång'],
    ca: ['ajuda', 'ordres', 'comandes', 'menú', 'opcions', 'què pots fer', 'què saps fer', 'què et puc preguntar', 'què et puc demanar', 'què fas', 'com funciona', 'com et faig servir', 'qui ets', 'per començar'],
    id: ['bantuan', 'bantu', 'tolong', 'perintah', 'menu', 'opsi', 'apa yang bisa kamu lakukan', 'kamu bisa apa', 'apa saja', 'apa saja yang bisa kamu lakukan', 'apa yang bisa saya tanyakan', 'cara pakai', 'bagaimana cara kerjanya', 'siapa kamu', 'mulai'],
    kk: ['көмек', 'анықтама', 'командалар', 'мәзір', 'не істей аласың', 'не істей аласыз', 'не сұрауға болады', 'қалай жұмыс істейді', 'қалай қолданамын', 'сен кімсің', 'бастау'],
  },
  answer: async (_intent, turn) => turn.send(turn.services.answers.help(turn.catalog, { admin: turn.isAdmin })),
});

/** "cancel" or "back" with no wizard under way: there is nothing to leave. */
async function nothingToLeave(_intent: unknown, turn: CommandTurn): Promise<void> {
  await turn.send(message(turn.catalog.t('commands.noSetupTitle'), turn.catalog.t('commands.noSetup'), 'neutral'));
}

export const cancel = command({
  id: 'cancel',
  audience: 'seller',
  answer: nothingToLeave,
  phrases: {
    en: ['cancel', 'stop', 'never mind', 'nevermind', 'abort', 'quit', 'exit', 'forget it'],
    sv: ['avbryt', 'stopp', 'sluta', 'glöm det', 'strunta i det', 'avsluta'],
    ca: ['cancel·la', 'cancela', 'cancel·lar', 'atura', 'para', 'deixa-ho', 'oblida-ho', 'surt', 'prou'],
    id: ['batal', 'batalkan', 'berhenti', 'stop', 'tidak jadi', 'gak jadi', 'nggak jadi', 'lupakan', 'keluar'],
    kk: ['бас тарту', 'болдырмау', 'тоқтат', 'тоқта', 'тоқтату', 'шығу', 'қажет емес'],
  },
});

export const back = command({
  id: 'back',
  audience: 'seller',
  phrases: {
    en: ['back', 'go back', 'previous'],
    sv: ['tillbaka', 'bakåt', 'gå tillbaka', 'föregående'],
    ca: ['enrere', 'endarrere', 'torna enrere', 'tornar', 'anterior'],
    id: ['kembali', 'balik', 'sebelumnya', 'mundur'],
    kk: ['артқа', 'кері', 'қайту', 'алдыңғы'],
  },
  answer: nothingToLeave,
});

/**
 * The English "opt out"/"opt in" take an optional "of introductions"; anything else after
 * them ("opt out of emails") is answered with the right command.
 */
function readOpt(kind: 'optOut' | 'optIn') {
  const argument = new Map<string, RegExp>();
  return (slots: Slots, context: ReadContext): Reading => {
    const rest = slots.rest;
    if (rest === undefined) return { kind };
    let pattern = argument.get(context.language);
    if (!pattern) argument.set(context.language, (pattern = compileTemplate('[(of|from|to|for|into)] [(all|the)] <intro>', context.grammar.lists)));
    return pattern.test(fold(rest).trim()) ? { kind } : { suggest: context.canonical(kind) };
  };
}

export const optOut = command({
  id: 'optOut',
  audience: 'seller',
  phrases: {
    en: ['opt out of introductions', 'opt out', 'opt-out', 'optout', '(opt out|opt-out|optout) {rest}'],
    sv: ['avstå från introduktioner', '(avstå från|avregistrera mig från|stäng av|pausa) <intro>', 'inga fler <intro>', 'jag vill inte göra introduktioner'],
    ca: ['desactiva les presentacions', '(desactiva|atura|deixa) [les] <intro>', 'no vull fer presentacions', 'no em proposis per a presentacions', 'surt de les presentacions'],
    id: ['nonaktifkan perkenalan', '(nonaktifkan|matikan|hentikan|berhenti dari|keluar dari) <intro>', 'jangan libatkan saya dalam perkenalan', 'saya tidak mau memperkenalkan'],
    kk: ['таныстырудан бас тарту', '<intro> (бас тарту|бас тартамын|өшіру|өшір)', 'таныстыру жасамаймын'],
  },
  read: readOpt('optOut'),
  answer: async (_intent, turn) => turn.send(await turn.services.answers.optOut(true, turn.asker, turn.catalog)),
});

export const optIn = command({
  id: 'optIn',
  audience: 'seller',
  phrases: {
    en: ['opt in to introductions', 'opt in', 'opt-in', 'optin', '(opt in|opt-in|optin) {rest}'],
    sv: ['tillåt introduktioner', '(tillåt|slå på|aktivera|återuppta) <intro> [igen]', 'jag vill göra introduktioner igen'],
    ca: ['activa les presentacions', '(activa|reactiva|torna a activar) [les] <intro>', 'vull tornar a fer presentacions'],
    id: ['aktifkan perkenalan', '(aktifkan|nyalakan|ikut) <intro> [lagi]', '(ikut|ikut serta|bergabung) [kembali] [(ke|dalam)] <intro>'],
    kk: ['таныстыруды қосу', '<intro> (қосу|қос|қайта қосу|қосылу|қайта қосылу)'],
  },
  read: readOpt('optIn'),
  answer: async (_intent, turn) => turn.send(await turn.services.answers.optOut(false, turn.asker, turn.catalog)),
});
