/** Account lists: going cold, most engaged, needing attention, what changed, and the accounts one watches. */
import { command, type Slots } from '../command.js';

const count = (slots: Slots) => (slots.count === undefined ? {} : { count: Number(slots.count) });

export const staleAccounts = command({
  id: 'staleAccounts',
  audience: 'seller',
  phrases: {
    en: [
      'stale accounts', 'stale', 'stale customers', 'which accounts are stale', 'accounts going cold', 'cold accounts',
      '[the] {count} (stalest|coldest|stale) (accounts|customers)', 'stale (accounts|customers) {count}', '[the] top {count} stale (accounts|customers)',
    ],
    sv: [
      'inaktiva konton', 'inaktiva', 'inaktiva kunder', 'kalla konton', 'konton som kallnar', 'konton som har kallnat', 'avsvalnade konton',
      'tysta konton', 'vilande konton', 'vilka konton är inaktiva', 'vilka konton har kallnat', 'vilka konton kallnar',
      '[de] {count} (inaktiva|kalla|tysta) (konton|kontona|kunder)', '(inaktiva|kalla|tysta) (konton|kunder) {count}',
    ],
    ca: [
      'comptes inactius', 'inactius', 'clients inactius', 'comptes freds', 'comptes que es refreden', 'comptes sense activitat',
      'quins comptes estan inactius', 'quins comptes es refreden', 'quins comptes estan freds',
      '[els] {count} (comptes|clients) (inactius|freds)', '(comptes|clients) (inactius|freds) {count}',
    ],
    id: [
      'akun tidak aktif', 'tidak aktif', 'akun pasif', 'akun dingin', 'akun yang mendingin', 'akun yang tidak aktif', 'pelanggan tidak aktif',
      'akun mana yang tidak aktif', 'akun mana yang mendingin',
      '{count} (akun|pelanggan) (tidak aktif|pasif|dingin)', '(akun|pelanggan) (tidak aktif|pasif|dingin) {count}',
    ],
    kk: [
      'белсенді емес тіркелгілер', 'белсенді емес', '(белсенді емес|суыған|суып бара жатқан|салқындаған|үнсіз) <accounts>',
      'қай тіркелгілер белсенді емес', '(белсенді емес|суып бара жатқан) (тіркелгілерді|аккаунттарды) көрсет',
      '{count} (белсенді емес|суыған) <accounts>', '(белсенді емес|суыған) <accounts> {count}',
    ],
  },
  read: (slots) => ({ kind: 'staleAccounts', ...count(slots) }),
  answer: async (intent, turn) => turn.send(turn.services.lists.staleList(intent.count, turn.catalog)),
});

export const topAccounts = command({
  id: 'topAccounts',
  audience: 'seller',
  phrases: {
    en: [
      'top accounts', 'top', 'top customers', 'most engaged accounts', 'most engaged', 'best accounts', 'which accounts are most engaged',
      '[the] top {count} [(accounts|customers)]', '[the] {count} (best|most engaged) [(accounts|customers)]',
    ],
    sv: [
      'toppkonton', 'topp', 'toppkunder', 'mest engagerade konton', 'mest engagerade', 'bästa kontona', 'bästa konton', 'mest aktiva konton',
      'vilka konton är mest engagerade', 'vilka konton är mest aktiva',
      'topp {count} [(konton|kunder)]', '[de] {count} (bästa|mest engagerade|mest aktiva) [(konton|kontona|kunder|kunderna)]',
    ],
    ca: [
      'comptes principals', 'millors comptes', 'els millors comptes', 'comptes més actius', 'comptes amb més interacció', 'top comptes', 'top',
      'quins comptes tenen més interacció', 'quins comptes són més actius',
      'top {count} [(comptes|clients)]', '[els] {count} (millors|principals) [(comptes|clients)]', '[els] {count} (comptes|clients) (principals|més actius)',
    ],
    id: [
      'akun teratas', 'akun terbaik', 'top akun', 'akun paling aktif', 'akun paling terlibat', 'teratas', 'top', 'pelanggan teratas',
      'akun mana yang paling aktif', 'akun mana yang paling terlibat',
      'top {count} [(akun|pelanggan)]', '{count} (akun|pelanggan) (teratas|terbaik|paling aktif)', '(akun|pelanggan) (teratas|terbaik) {count}',
    ],
    kk: [
      'үздік тіркелгілер', '(үздік|ең белсенді|топ) <accounts>', 'топ', 'өзара әрекеттестігі ең жоғары тіркелгілер', 'қай тіркелгілер ең белсенді',
      'топ {count} [<accounts>]', 'үздік {count} [<accounts>]', '{count} (үздік|ең белсенді) <accounts>',
    ],
  },
  examples: { en: ['top {count}'], sv: ['topp {count}'], ca: ['top {count}'], id: ['top {count}'], kk: ['топ {count}'] },
  read: (slots) => ({ kind: 'topAccounts', ...count(slots) }),
  answer: async (intent, turn) => turn.send(turn.services.lists.topList(intent.count, turn.catalog)),
});

export const needsAttention = command({
  id: 'needsAttention',
  audience: 'seller',
  phrases: {
    en: [
      'which accounts need attention', 'accounts that need attention', 'accounts needing attention', 'what needs attention', 'needs attention',
      'what needs my attention', 'which accounts need my attention', 'what should i focus on', 'where should i focus', 'which accounts should i look at',
    ],
    sv: [
      'konton som behöver uppmärksamhet', 'vilka konton behöver uppmärksamhet', 'vad behöver uppmärksamhet', 'behöver uppmärksamhet',
      'vilka konton behöver uppmärksammas', 'vilka kunder behöver uppmärksammas', 'vad ska jag fokusera på', 'vilka konton ska jag titta på',
    ],
    ca: [
      'quins comptes necessiten atenció', 'comptes que necessiten atenció', 'què necessita atenció', 'necessiten atenció',
      "on m'he de centrar", 'en què em centro', 'quins comptes he de mirar',
    ],
    id: [
      'akun mana yang perlu perhatian', 'akun yang perlu perhatian', 'apa yang perlu perhatian', 'perlu perhatian',
      'saya harus fokus ke mana', 'akun mana yang harus saya lihat',
    ],
    kk: [
      'назарды қажет ететін тіркелгілер', 'назарды қажет ететін <accounts>', 'қай (тіркелгілер|аккаунттар) назарды қажет етеді', 'не назарды қажет етеді',
      'назар аудару керек <accounts>',
      'неге назар аудару керек', 'назар қажет',
    ],
  },
  answer: async (_intent, turn) => turn.send(turn.services.lists.attentionList(turn.catalog)),
});

export const whatsNew = command({
  id: 'whatsNew',
  audience: 'seller',
  phrases: {
    en: [
      "what's new", 'whats new', 'what is new', "what's changed", 'what changed', 'what has changed', 'anything new', 'any news', 'news', 'updates',
      'any updates', "what's new since last time", 'what changed since last time',
    ],
    sv: ['vad är nytt', 'vad är nytt sen sist', 'vad är nytt sedan sist', 'vad har hänt', 'vad har hänt sedan sist', 'vad har ändrats', 'något nytt', 'nyheter', 'uppdateringar'],
    ca: ['què hi ha de nou', 'què hi ha de nou des de l’última vegada', 'què ha canviat', 'novetats', 'alguna novetat', 'hi ha res de nou'],
    id: ['apa yang baru', 'ada apa yang baru', 'ada yang baru', 'apa yang berubah', 'apa yang baru sejak terakhir', 'kabar terbaru', 'pembaruan', 'update terbaru'],
    kk: ['не жаңалық', 'қандай жаңалық бар', 'жаңалықтар', 'не өзгерді', 'жаңа не бар', 'соңғы жаңалықтар'],
  },
  answer: async (_intent, turn) => turn.send(await turn.services.whatsNew(turn.asker, turn.catalog)),
});

export const listWatches = command({
  id: 'listWatches',
  audience: 'seller',
  phrases: {
    en: ['my watches', 'watches', 'watchlist', 'my watchlist', 'watch list', 'my watch list', 'list watches', 'what am i watching', 'watching'],
    sv: ['mina bevakningar', 'bevakningar', 'bevakningslista', 'min bevakningslista', 'vad bevakar jag', 'vilka konton bevakar jag', 'bevakade konton'],
    ca: ['les meves vigilàncies', 'vigilàncies', 'llista de vigilància', 'comptes vigilats', 'què estic vigilant', 'quins comptes vigilo'],
    id: ['pantauan saya', 'daftar pantauan', 'akun pantauan', 'akun yang saya pantau', 'apa yang saya pantau'],
    kk: ['менің бақылауларым', 'бақылаулар', 'бақылау тізімі', 'бақылаудағы тіркелгілер', 'бақылаудағы <accounts>', 'не бақылап жүрмін', 'қай тіркелгілерді бақылаймын'],
  },
  answer: async (_intent, turn) => turn.send(turn.services.answers.listWatches(turn.asker, turn.catalog)),
});
