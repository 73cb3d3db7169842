/** Indonesian: the words around a request, and the schedule's words. */
import type { LanguageGrammar } from '../grammar.js';
import { PLAIN_NAMES } from './plainNames.js';

export const id: LanguageGrammar = {
  language: 'id',
  leadingCourtesies: [
    'hai', 'halo', 'hei', 'selamat (pagi|siang|sore|malam)', 'tolong', 'mohon', 'coba', 'bisa', 'bisakah', 'apakah bisa', 'boleh',
    'terima kasih', 'makasih', 'permisi',
  ],
  trailingCourtesies: ['ya', 'dong', 'terima kasih', 'makasih', 'tolong', 'nih'],
  smallTalk: [
    'hai', 'halo', 'hei', 'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'terima kasih', 'makasih', 'trims',
    'oke', 'ok', 'sip', 'mantap', 'dah', 'sampai jumpa', 'apa kabar', 'tampilkan', 'lihat',
  ],
  lookupPrefixes: ['(tampilkan|lihat|lihatkan|buka|cari|cek|periksa|tunjukkan|ceritakan tentang|bagaimana dengan|gimana dengan) [(saya|ke saya)]'],
  lookupSuffixes: [],
  sentenceStarts: [
    'apa', 'apakah', 'seberapa', 'kenapa', 'mengapa', 'kapan', 'di mana', 'dimana', 'mana', 'siapa', 'bagaimana', 'gimana', 'bisa', 'bisakah',
    'boleh', 'saya', 'aku', 'kita', 'kami', 'berikan', 'beri', 'ada',
  ],
  pronouns: ['saya', 'aku', 'kamu', 'anda', 'kita', 'kami', 'ku', 'mu'],
  people: ['seseorang', 'orang', 'siapa pun', 'siapapun', 'kontak', 'di sana', 'di sini'],
  ...PLAIN_NAMES,
  weekdays: {
    Monday: ['Senin', 'sen', 'senen'],
    Tuesday: ['Selasa', 'sel'],
    Wednesday: ['Rabu', 'rab'],
    Thursday: ['Kamis', 'kam'],
    Friday: ['Jumat', "jum'at", 'jum'],
    Saturday: ['Sabtu', 'sab'],
    // "minggu" is also "week": a schedule says "mingguan" for weekly, so "Minggu" is Sunday.
    Sunday: ['Minggu', 'min', 'ahad'],
  },
  schedule: {
    weekly: ['mingguan'],
    daily: ['harian', 'hari'],
    off: ['mati', 'matikan', 'nonaktif', 'nonaktifkan', 'berhenti', 'hentikan', 'tidak', 'off', 'jeda'],
    fillers: ['pada', 'pukul', 'jam', 'setiap', 'tiap', 'di', '@'],
    format: { weekly: 'jadwalkan setiap {day} pukul {time}', daily: 'jadwalkan setiap hari pukul {time}', off: 'matikan jadwal' },
    dayNoun: 'hari',
    timeSeparator: '.',
  },
  lists: {
    people: ['seseorang', 'orang', 'siapa pun', 'siapapun', 'kontak'],
    at: ['di', 'dari', 'pada', 'dengan'],
    intro: ['perkenalan', 'pengenalan', 'introduksi'],
    accounts: ['akun', 'pelanggan'],
  },
  placeholders: { account: '<akun>', name: '<nama>' },
  examples: { account: 'Contoso', email: 'jane@contoso.com', segmentName: 'dingin', count: 10 },
};
