/** The words a wizard step understands when typed, in every language, as forgiving as commands. */
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/bot/catalog/catalog.js';
import { isTypedWord, type TypedWord } from '../../../src/bot/commands/wizardWords.js';
import { WizardDialog, type WizardStep } from '../../../src/bot/dialogs/wizardDialog.js';

const WORDS: Readonly<Record<Language, Readonly<Record<TypedWord, readonly string[]>>>> = {
  en: { cancel: ['cancel', 'Never mind!'], back: ['back', 'Go back.'], agree: ['I agree', 'agree'], yes: ['yes', 'On'], no: ['no', 'OFF'], none: ['(none)', 'none'], save: ['save', 'Yes!'] },
  sv: { cancel: ['avbryt', 'Avbryt!'], back: ['tillbaka', 'gå tillbaka', 'ga tillbaka'], agree: ['Jag godkänner', 'jag godkanner', 'ja'], yes: ['ja', 'på', 'pa'], no: ['nej', 'av'], none: ['(ingen)', 'ingen'], save: ['spara', 'Ja!'] },
  ca: { cancel: ['cancel·la', 'cancella', 'atura'], back: ['enrere', 'torna enrere'], agree: ["Estic d'acord", "estic d’acord", "d'acord"], yes: ['sí', 'si'], no: ['no', 'desactivat'], none: ['(cap)', 'cap'], save: ['desa', 'guarda'] },
  id: { cancel: ['batal', 'Batalkan'], back: ['kembali', 'sebelumnya'], agree: ['Saya setuju', 'setuju'], yes: ['ya', 'aktif'], no: ['tidak', 'nonaktif'], none: ['(tidak ada)', 'kosong'], save: ['simpan', 'Ya'] },
  kk: { cancel: ['бас тарту', 'тоқтату', 'токтату'], back: ['артқа', 'артка'], agree: ['Келісемін', 'келисемин'], yes: ['иә', 'ия'], no: ['жоқ', 'жок'], none: ['(жоқ)', 'ештеңе'], save: ['сақтау', 'сактау'] },
};

describe.each(Object.keys(WORDS) as Language[])('typed words in %s', (language) => {
  it.each(Object.entries(WORDS[language]) as [TypedWord, readonly string[]][])('%s', (word, typed) => {
    for (const text of typed) expect(isTypedWord(word, text, language), text).toBe(true);
    // English works in every language.
    expect(isTypedWord(word, WORDS.en[word][0]!, language)).toBe(true);
  });
});

describe('typed words', () => {
  it('are only their own words: an answer meant for another step is not "save", a name is not "cancel"', () => {
    expect(isTypedWord('save', 'Contoso', 'sv')).toBe(false);
    expect(isTypedWord('cancel', 'avbrytare', 'sv')).toBe(false);
    expect(isTypedWord('agree', 'nej', 'sv')).toBe(false);
    expect(isTypedWord('yes', 'nej', 'sv')).toBe(false);
    expect(isTypedWord('none', '', 'en')).toBe(false);
  });

  it('accept what the card itself shows, e.g. a toggle’s title', () => {
    expect(isTypedWord('agree', 'Jag har läst och godkänner', 'sv', ['Jag har läst och godkänner'])).toBe(true);
  });
});

describe('a wizard read in the asker’s language', () => {
  type Answers = { name?: string };
  const steps: WizardStep<Answers>[] = ['first', 'second'].map((id) => ({
    id, render: () => ({ title: id }), submit: async (input, answers) => ({ answers: { ...answers, name: String(input.text ?? '') } }),
  }));
  const client = () => new DialogTestClient('msteams', new WizardDialog<Answers>({ id: 'w', steps, finish: async () => [{ text: 'saved' }] }));
  const titles = (reply: unknown) => JSON.stringify((reply as { attachments?: unknown[] }).attachments ?? reply);

  it.each([['sv-SE', 'tillbaka', 'avbryt'], ['ca-ES', 'enrere', 'cancel·la'], ['id-ID', 'kembali', 'batal'], ['kk-KZ', 'артқа', 'бас тарту']] as const)(
    '%s: goes back and cancels with typed words', async (locale, back, cancel) => {
      const test = client();
      const typed = (text: string) => test.sendActivity({ type: 'message', text, locale });
      await typed('start');
      expect(titles(await typed('Contoso'))).toContain('second');
      expect(titles(await typed(back))).toContain('first');
      await typed(cancel);
      expect(test.dialogTurnResult.status).toBe('complete');
    },
  );
});
