/** What a wizard step understands when typed rather than chosen on its card (wizardWords.ts reads them). */
import { command } from '../command.js';

export const agree = command({
  id: 'agree',
  audience: 'wizard',
  phrases: {
    en: ['i agree', 'agree', 'yes', 'true', 'i accept', 'accept'],
    sv: ['jag godkänner', 'godkänner', 'jag håller med', 'jag accepterar', 'ja'],
    ca: ["estic d'acord", "d'acord", 'accepto', 'sí', 'si'],
    id: ['saya setuju', 'setuju', 'saya terima', 'ya'],
    kk: ['келісемін', 'келісім беремін', 'қабылдаймын', 'иә', 'ия'],
  },
});

export const yes = command({
  id: 'yes',
  audience: 'wizard',
  phrases: {
    en: ['yes', 'on', 'true'],
    sv: ['ja', 'på', 'på med'],
    ca: ['sí', 'si', 'activat', 'activa'],
    id: ['ya', 'aktif', 'nyala', 'hidup'],
    kk: ['иә', 'ия', 'қосулы', 'қосу'],
  },
});

export const no = command({
  id: 'no',
  audience: 'wizard',
  phrases: {
    en: ['no', 'off', 'false'],
    sv: ['nej', 'av'],
    ca: ['no', 'desactivat', 'desactiva'],
    id: ['tidak', 'mati', 'nonaktif'],
    kk: ['жоқ', 'өшірулі', 'өшіру'],
  },
});

/** Typed into an optional field to leave it empty. */
export const none = command({
  id: 'none',
  audience: 'wizard',
  phrases: {
    en: ['none', 'no column', 'nothing', '-'],
    sv: ['ingen', 'inget', 'inga', 'ingen kolumn'],
    ca: ['cap', 'cap columna', 'res'],
    id: ['tidak ada', 'kosong', 'tanpa kolom'],
    kk: ['жоқ', 'ешқайсысы', 'ештеңе'],
  },
});

export const save = command({
  id: 'save',
  audience: 'wizard',
  phrases: {
    en: ['save', 'yes', 'save it'],
    sv: ['spara', 'ja'],
    ca: ['desa', 'guarda', 'desa-ho', 'sí', 'si'],
    id: ['simpan', 'ya'],
    kk: ['сақтау', 'сақта', 'иә', 'ия'],
  },
});
