/** Being told when an account goes quiet: watching it, and snoozing or muting its alerts (typed, or from the alert card). */
import { z } from 'zod';
import { accountName } from '../../intents/accountTarget.js';
import { command } from '../command.js';
import { aboutOneAccount, accountActionData, question, readAccount } from './accountData.js';

export const watch = command({
  id: 'watch',
  audience: 'seller',
  phrases: {
    en: ['watch {account}', '(watch|follow|start watching|keep an eye on|alert me about) [the account] {account}'],
    sv: ['bevaka {account}', '(bevaka|följ|börja bevaka|håll koll på|håll ett öga på|varna mig om|meddela mig om) [kontot] {account}'],
    ca: ['vigila {account}', "(vigila|segueix|comença a vigilar|avisa'm de|avisa'm sobre|no perdis de vista) [el compte] {account}"],
    id: ['pantau {account}', '(pantau|ikuti|awasi|mulai pantau|mulai memantau|beri tahu saya tentang|kabari saya tentang) [akun] {account}'],
    kk: ['бақылау {account}', '(бақыла|бақылау|қадағала|ескерт) {account}', '{account} [(тіркелгісін|аккаунтын|компаниясын)] (бақыла|бақылау|бақылауға ал|қадағала)', '{account} туралы (ескерту|ескерт)'],
  },
  incomplete: {
    en: ['watch', 'follow', 'start watching'], sv: ['bevaka', 'börja bevaka'], ca: ['vigila', 'segueix'], id: ['pantau', 'ikuti'], kk: ['бақылау', 'бақыла'],
  },
  read: readAccount('watch'),
  ...aboutOneAccount('watch', (turn, _view, insight) => turn.services.answers.watch(true, insight, turn.asker, turn.catalog)),
});

export const unwatch = command({
  id: 'unwatch',
  audience: 'seller',
  phrases: {
    en: ['unwatch {account}', '(unwatch|unfollow|stop watching|stop following|stop alerts for|stop alerts about) [the account] {account}'],
    sv: ['sluta bevaka {account}', '(sluta bevaka|sluta följa|avfölj|ta bort bevakningen av|ta bort bevakning av) [kontot] {account}'],
    ca: ['deixa de vigilar {account}', '(deixa de vigilar|deixa de seguir|no vigilis) [el compte] {account}'],
    id: ['berhenti pantau {account}', '(berhenti pantau|berhenti memantau|berhenti mengikuti|jangan pantau|hapus pantauan) [akun] {account}'],
    kk: ['бақылауды тоқтату {account}', '(бақылауды тоқтат|бақылауды тоқтату|бақыламау) {account}', '{account} бақылауды (тоқтат|тоқтату)'],
  },
  incomplete: {
    en: ['unwatch', 'unfollow', 'stop watching'], sv: ['sluta bevaka'], ca: ['deixa de vigilar'], id: ['berhenti pantau'], kk: ['бақылауды тоқтату'],
  },
  keywords: { en: ['unwatch'], sv: ['sluta bevaka'], ca: ['deixa de vigilar'], id: ['berhenti pantau'], kk: ['бақылауды тоқтату'] },
  read: readAccount('unwatch'),
  ...aboutOneAccount('unwatch', (turn, _view, insight) => turn.services.answers.watch(false, insight, turn.asker, turn.catalog)),
});

/** The days of a typed snooze: "for 14 days", "for 2 weeks"; none given is the alert card's 30. */
function snoozeDays(slots: { days?: string; weeks?: string }): { days?: number } {
  if (slots.days !== undefined) return { days: Number(slots.days) };
  if (slots.weeks !== undefined) return { days: 7 * Number(slots.weeks) };
  return {};
}

export const snooze = command({
  id: 'snooze',
  audience: 'seller',
  phrases: {
    en: [
      'snooze {account}', 'snooze [alerts (for|about)] {account} for {days} (days|day)', 'snooze [alerts (for|about)] {account} for {weeks} (weeks|week)',
      'snooze [alerts (for|about)] {account}',
    ],
    sv: [
      'snooza {account}', '(snooza|pausa|vänta med) [(påminnelser om|larm för|aviseringar för)] {account} [i] {days} (dagar|dag)',
      '(snooza|pausa|vänta med) [(påminnelser om|larm för|aviseringar för)] {account} [i] {weeks} (veckor|vecka)',
      '(snooza|pausa|vänta med) [(påminnelser om|larm för|aviseringar för)] {account}',
    ],
    ca: [
      'posposa {account}', '(posposa|ajorna) [els avisos (de|sobre)] {account} [(durant|per)] {days} (dies|dia)',
      '(posposa|ajorna) [els avisos (de|sobre)] {account} [(durant|per)] {weeks} (setmanes|setmana)', '(posposa|ajorna) [els avisos (de|sobre)] {account}',
    ],
    id: [
      'tunda {account}', '(tunda|tangguhkan) [(pengingat|peringatan) [untuk]] {account} [selama] {days} hari',
      '(tunda|tangguhkan) [(pengingat|peringatan) [untuk]] {account} [selama] {weeks} minggu', '(tunda|tangguhkan) [(pengingat|peringatan) [untuk]] {account}',
    ],
    kk: [
      'кейінге қалдыру {account}', '(кейінге қалдыр|кейінге қалдыру) {account} {days} (күнге|күн)', '(кейінге қалдыр|кейінге қалдыру) {account} {weeks} (аптаға|апта)',
      '(кейінге қалдыр|кейінге қалдыру) {account}', '{account} [ескертулерін] кейінге (қалдыр|қалдыру)',
    ],
  },
  incomplete: { en: ['snooze'], sv: ['snooza'], ca: ['posposa'], id: ['tunda'], kk: ['кейінге қалдыру'] },
  read: (slots, context) => {
    const account = accountName(slots.account ?? '', context.grammar);
    return account === null ? { suggest: null } : { kind: 'snooze', account, ...snoozeDays(slots) };
  },
  answer: async (intent, turn) => turn.send(await turn.services.alerts.typed({ kind: 'snooze', ...(intent.days ? { days: intent.days } : {}) }, question(turn, intent.account, 'snoozeAccount'), turn.asker, turn.catalog)),
  card: {
    verb: 'snoozeAccount',
    data: accountActionData.extend({ days: z.coerce.number().int().positive().optional() }),
    act: (data, turn) => turn.services.alerts.fromCard({ kind: 'snooze', ...(data.days ? { days: data.days } : {}) }, data.accountId, turn.asker, turn.catalog),
  },
});

export const mute = command({
  id: 'mute',
  audience: 'seller',
  phrases: {
    en: ['mute {account}', '(mute|silence|mute alerts for|mute alerts about) [the account] {account}'],
    sv: ['tysta {account}', '(tysta|stäng av larm för|stäng av aviseringar för|stäng av påminnelser om|inga fler larm om) [kontot] {account}'],
    ca: ['silencia {account}', "(silencia|desactiva els avisos de|no m'avisis més de) [el compte] {account}"],
    id: ['bisukan {account}', '(bisukan|senyapkan|matikan notifikasi untuk|matikan peringatan untuk) [akun] {account}'],
    kk: ['дыбысын өшіру {account}', '(дыбысын өшір|дыбысын өшіру|ескертулерді өшір) {account}', '{account} [ескертулерін] (дыбысын өшір|өшір)', '{account} [тіркелгісі] туралы хабарламау'],
  },
  incomplete: { en: ['mute'], sv: ['tysta'], ca: ['silencia'], id: ['bisukan'], kk: ['дыбысын өшіру'] },
  read: readAccount('mute'),
  answer: async (intent, turn) => turn.send(await turn.services.alerts.typed({ kind: 'mute' }, question(turn, intent.account, 'muteAccount'), turn.asker, turn.catalog)),
  card: { verb: 'muteAccount', data: accountActionData, act: (data, turn) => turn.services.alerts.fromCard({ kind: 'mute' }, data.accountId, turn.asker, turn.catalog) },
});

export const unmute = command({
  id: 'unmute',
  audience: 'seller',
  phrases: {
    en: ['unmute {account}', '(unmute|unsilence|unmute alerts for) [the account] {account}'],
    sv: ['slå på larm för {account}', '(slå på larm för|slå på aviseringar för|sluta tysta|avtysta) [kontot] {account}'],
    ca: ['torna a activar els avisos de {account}', "(reactiva els avisos de|deixa de silenciar|torna a avisar-me de) [el compte] {account}"],
    id: ['aktifkan lagi {account}', '(aktifkan lagi|bunyikan|nyalakan notifikasi untuk|nyalakan peringatan untuk) [akun] {account}'],
    kk: ['дыбысын қосу {account}', '(дыбысын қос|дыбысын қосу|ескертулерді қос) {account}', '{account} (дыбысын қос|ескертулерін қос)'],
  },
  read: readAccount('unmute'),
  answer: async (intent, turn) => turn.send(await turn.services.alerts.typed({ kind: 'unmute' }, question(turn, intent.account, 'unmuteAccount'), turn.asker, turn.catalog)),
  card: { verb: 'unmuteAccount', data: accountActionData, act: (data, turn) => turn.services.alerts.fromCard({ kind: 'unmute' }, data.accountId, turn.asker, turn.catalog) },
});
