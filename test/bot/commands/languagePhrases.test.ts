/**
 * People asking in their own words, language by language: natural variants, no diacritics,
 * small typos (suggested in the same language), weekday names in schedules, courtesies and
 * possessives around an account name, and the user's language winning where two languages differ.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/bot/catalog/catalog.js';
import { parseIntent, suggestCommand, type Intent } from '../../../src/bot/intents.js';

type Case = readonly [text: string, expected: Intent];

const engagement = (account: string): Intent => ({ kind: 'engagement', account });
const whoKnows = (account: string): Intent => ({ kind: 'whoKnows', account });
const weekly = (day: 'Monday' | 'Friday' | 'Sunday', time: string): Intent => ({ kind: 'schedule', schedule: { cadence: 'weekly', day, time } });
const daily = (time: string): Intent => ({ kind: 'schedule', schedule: { cadence: 'daily', time } });
const OFF: Intent = { kind: 'schedule', schedule: { cadence: 'off' } };
const unknown = (text: string, suggestion: string | null): Intent => ({ kind: 'unknown', text, suggestion });

function expectCases(language: Language, cases: readonly Case[]): void {
  it.each(cases)(`${language}: %j`, (text, expected) => {
    expect(parseIntent(text, language)).toEqual(expected);
  });
}

describe('Swedish', () => {
  expectCases('sv', [
    ['hjälp', { kind: 'help' }], ['hjalp', { kind: 'help' }], ['Hjälp!', { kind: 'help' }], ['vad kan du göra?', { kind: 'help' }],
    ['hur engagerat är Woodgrove?', engagement('Woodgrove')], ['hur går det med Contoso', engagement('Contoso')],
    ['vem känner någon på Contoso?', whoKnows('Contoso')], ['vem kanner nagon pa Contoso', whoKnows('Contoso')],
    ['relation med Contoso', { kind: 'relationship', account: 'Contoso' }],
    ['inaktiva konton', { kind: 'staleAccounts' }], ['visa inaktiva konton', { kind: 'staleAccounts' }], ['topp 5', { kind: 'topAccounts', count: 5 }],
    ['vilka konton behöver uppmärksamhet?', { kind: 'needsAttention' }], ['vad är nytt?', { kind: 'whatsNew' }],
    ['bevaka Contoso', { kind: 'watch', account: 'Contoso' }], ['sluta bevaka Contoso', { kind: 'unwatch', account: 'Contoso' }],
    ['snooza Contoso i 14 dagar', { kind: 'snooze', account: 'Contoso', days: 14 }], ['tysta Contoso', { kind: 'mute', account: 'Contoso' }],
    ['mina bevakningar', { kind: 'listWatches' }], ['avstå från introduktioner', { kind: 'optOut' }],
    ['schemalägg varje fredag kl 07:30', weekly('Friday', '07:30')], ['schemalägg dagligen 7', daily('07:00')], ['stäng av schemat', OFF],
    ['schemalägg varje fredg 07:30', unknown('schemalägg varje fredg 07:30', 'schemalägg varje fredag 07:30')],
    ['inaktiva kotnon', unknown('inaktiva kotnon', 'inaktiva konton')],
    ['visa Contosos mejl', engagement('Contoso')], ['hej, kan du visa Contoso tack', engagement('Contoso')],
    ['kör nu', { kind: 'runNow' }], ['avbryt', { kind: 'cancel' }], ['tillbaka', { kind: 'back' }],
  ]);
});

describe('Catalan', () => {
  expectCases('ca', [
    ['ajuda', { kind: 'help' }], ['què pots fer?', { kind: 'help' }], ['que pots fer', { kind: 'help' }],
    ['quina interacció tenim amb Contoso?', engagement('Contoso')], ['quina interaccio tenim amb Contoso', engagement('Contoso')],
    ['qui coneix algú a Contoso?', whoKnows('Contoso')], ["qui coneix algu d'Adatum", whoKnows('Adatum')],
    ['comptes inactius', { kind: 'staleAccounts' }], ['top 10', { kind: 'topAccounts', count: 10 }],
    ['quins comptes necessiten atenció?', { kind: 'needsAttention' }], ['què hi ha de nou?', { kind: 'whatsNew' }],
    ['vigila Contoso', { kind: 'watch', account: 'Contoso' }], ['deixa de vigilar Contoso', { kind: 'unwatch', account: 'Contoso' }],
    ['posposa Contoso durant 14 dies', { kind: 'snooze', account: 'Contoso', days: 14 }], ['silencia Contoso', { kind: 'mute', account: 'Contoso' }],
    ['programa cada dilluns a les 6:00', weekly('Monday', '06:00')], ['programa cada dia a les 7:30', daily('07:30')],
    ['desactiva la programació', OFF], ['desactiva la programacio', OFF],
    ['cancel·la', { kind: 'cancel' }], ['cancella', { kind: 'cancel' }], ['cancela', { kind: 'cancel' }],
    ['hola, mostra’m Contoso, si us plau', engagement('Contoso')],
    ['comptes inactuis', unknown('comptes inactuis', 'comptes inactius')],
    ['executa ara', { kind: 'runNow' }], ['activa la intel·ligència relacional', { kind: 'enableRelationshipIntelligence' }],
    ['activa la inteligencia relacional', unknown('activa la inteligencia relacional', 'activa la intel·ligència relacional')],
  ]);
});

describe('Indonesian', () => {
  expectCases('id', [
    ['bantuan', { kind: 'help' }], ['bantaun', unknown('bantaun', 'bantuan')],
    ['seberapa terlibat Contoso?', engagement('Contoso')], ['siapa yang kenal seseorang di Contoso?', whoKnows('Contoso')],
    ['akun tidak aktif', { kind: 'staleAccounts' }], ['top 5 akun', { kind: 'topAccounts', count: 5 }],
    ['akun mana yang perlu perhatian?', { kind: 'needsAttention' }], ['apa yang baru?', { kind: 'whatsNew' }],
    ['pantau Contoso', { kind: 'watch', account: 'Contoso' }], ['berhenti pantau Contoso', { kind: 'unwatch', account: 'Contoso' }],
    ['tunda Contoso selama 14 hari', { kind: 'snooze', account: 'Contoso', days: 14 }], ['bisukan Contoso', { kind: 'mute', account: 'Contoso' }],
    ['jadwalkan setiap Jumat pukul 07.30', weekly('Friday', '07:30')], ['jadwalkan setiap hari pukul 07.30', daily('07:30')],
    ['jadwalkan setiap hari Senin pukul 6', weekly('Monday', '06:00')], ['jadwalkan mingguan Minggu 8', weekly('Sunday', '08:00')],
    ['matikan jadwal', OFF], ['tolong tampilkan Contoso ya', engagement('Contoso')], ['batal', { kind: 'cancel' }],
  ]);
});

describe('Kazakh', () => {
  expectCases('kk', [
    ['көмек', { kind: 'help' }], ['комек', { kind: 'help' }],
    ['белсенділік Contoso', engagement('Contoso')], ['Contoso белсенділігі қандай?', engagement('Contoso')], ['белсендилик Contoso', engagement('Contoso')],
    ['кім таниды Contoso', whoKnows('Contoso')], ['Contoso-да кім таниды', whoKnows('Contoso')],
    ['белсенді емес аккаунттар', { kind: 'staleAccounts' }], ['белсенди емес аккаунттар', { kind: 'staleAccounts' }], ['топ 5', { kind: 'topAccounts', count: 5 }],
    ['назарды қажет ететін аккаунттар', { kind: 'needsAttention' }], ['не жаңалық?', { kind: 'whatsNew' }],
    ['Contoso бақыла', { kind: 'watch', account: 'Contoso' }], ['кейінге қалдыру Contoso 14 күнге', { kind: 'snooze', account: 'Contoso', days: 14 }],
    ['дыбысын өшіру Contoso', { kind: 'mute', account: 'Contoso' }],
    ['кесте әр жұма сағат 07:30', weekly('Friday', '07:30')], ['кесте кун сайын сагат 7:30', daily('07:30')], ['кестені өшіру', OFF],
    ['сәлем, Contoso көрсет', engagement('Contoso')], ['Contosoның хаттары', engagement('Contoso')],
    ['белсенді емес аккаунтар', unknown('белсенді емес аккаунтар', 'белсенді емес аккаунттар')], ['бас тарту', { kind: 'cancel' }],
  ]);
});

describe('English, and English in every locale (issue 18)', () => {
  for (const language of ['en', 'sv', 'ca', 'id', 'kk'] as const) {
    expectCases(language, [
      ['which accounts need attention?', { kind: 'needsAttention' }], ["what's new", { kind: 'whatsNew' }],
      ['snooze Woodgrove', { kind: 'snooze', account: 'Woodgrove' }], ['snooze Woodgrove for 2 weeks', { kind: 'snooze', account: 'Woodgrove', days: 14 }],
      ['mute Woodgrove', { kind: 'mute', account: 'Woodgrove' }], ['unmute Woodgrove', { kind: 'unmute', account: 'Woodgrove' }],
      ["show me contoso's emails", engagement('contoso')], ["Contoso's engagement", engagement('Contoso')], ["Contoso's emails", engagement('Contoso')],
      ['top 500', { kind: 'topAccounts', count: 500 }], ['10 stale accounts', { kind: 'staleAccounts', count: 10 }], ['stale accounts 5', { kind: 'staleAccounts', count: 5 }],
    ]);
  }
});

describe('the user’s language wins where two languages read a message differently', () => {
  it('Swedish "segment" is the plural: the saved segments; in English it is a command without its expression', () => {
    expect(parseIntent('segment', 'sv')).toEqual({ kind: 'listSegments' });
    expect(parseIntent('segment', 'en')).toEqual(unknown('segment', 'segment DaysSinceLastEmail > 60'));
  });

  it('suggests a mistyped command in the language it is closest to, the user’s first', () => {
    expect(suggestCommand('hjlp', 'sv')).toBe('hjälp');
    expect(suggestCommand('hlep', 'sv')).toBe('help');
    expect(suggestCommand('ajdua', 'ca')).toBe('ajuda');
    expect(suggestCommand('көмке', 'kk')).toBe('көмек');
  });
});
