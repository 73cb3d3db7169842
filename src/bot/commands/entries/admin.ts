/** The admin commands: setting Rapport up, running it, its schedule, consent, results and delivery. */
import { formatSchedule, parseScheduleArguments } from '../../intents/schedule.js';
import type { AdminIntent } from '../../admin/adminCommands.js';
import { message } from '../../turn.js';
import { command, type CommandTurn } from '../command.js';

/** Admin commands are answered by the admin side; an admin of a Rapport without it hears that it is not available. */
async function answerAdmin(intent: AdminIntent, turn: CommandTurn): Promise<void> {
  const admin = turn.services.admin;
  if (admin) return admin.answer(intent, turn.context, turn.asker, turn.catalog);
  await turn.send(message(turn.catalog.t('commands.notAvailableTitle'), turn.catalog.t('admin.notAvailable'), 'neutral'));
}

export const configureEngagement = command({
  id: 'configureEngagement',
  audience: 'admin',
  phrases: {
    en: ['configure engagement', 'configure', 'setup', 'set up', 'set up engagement', 'setup engagement', 'engagement settings', 'configure account engagement', 'settings'],
    sv: ['konfigurera engagemang', 'konfigurera kontoengagemang', 'konfigurera', 'ställ in', 'inställningar', 'konfigurera berikning', 'konfigurera berikningen', 'ställ in engagemang', 'ställ in kontoengagemang'],
    ca: ['configura la interacció', 'configura la interacció amb el compte', 'configura', 'configuració', "configura l'enriquiment", 'configurar la interacció', 'ajustos'],
    id: ['konfigurasi keterlibatan', 'konfigurasikan keterlibatan', 'konfigurasi keterlibatan akun', 'konfigurasi', 'pengaturan', 'atur keterlibatan', 'konfigurasi pengayaan', 'siapkan keterlibatan'],
    kk: ['өзара әрекеттестікті баптау', 'белсенділікті баптау', 'баптау', 'баптаулар', 'байытуды баптау', 'өзара әрекеттестікті конфигурациялау', 'конфигурациялау'],
  },
  answer: answerAdmin,
});

export const enableRelationshipIntelligence = command({
  id: 'enableRelationshipIntelligence',
  audience: 'admin',
  phrases: {
    en: ['enable relationship intelligence', 'turn on relationship intelligence', 'set up relationship intelligence', 'configure relationship intelligence', 'relationship intelligence'],
    sv: ['aktivera relationsintelligens', 'slå på relationsintelligens', 'konfigurera relationsintelligens', 'ställ in relationsintelligens', 'relationsintelligens'],
    ca: ['activa la intel·ligència relacional', 'intel·ligència relacional', 'configura la intel·ligència relacional', 'activa la intel·ligència de relacions', 'intel·ligència de relacions'],
    id: ['aktifkan kecerdasan hubungan', 'kecerdasan hubungan', 'konfigurasi kecerdasan hubungan', 'nyalakan kecerdasan hubungan', 'aktifkan kecerdasan relasi'],
    kk: ['қарым-қатынас аналитикасын қосу', 'қарым-қатынас аналитикасы', 'қарым-қатынас зияткерлігін қосу', 'қарым-қатынас зияткерлігі', 'қарым-қатынас интеллектісін қосу', 'қарым қатынас аналитикасын қосу'],
  },
  answer: answerAdmin,
});

export const runNow = command({
  id: 'runNow',
  audience: 'admin',
  phrases: {
    en: ['run now', 'run it now', 'run engagement now', 'run the aggregation now', 'refresh', 'refresh now'],
    sv: ['kör nu', 'kör berikningen nu', 'starta en körning', 'starta körning', 'uppdatera', 'uppdatera nu'],
    ca: ['executa ara', 'executa-ho ara', "executa l'enriquiment ara", 'actualitza', 'actualitza ara', 'inicia una execució'],
    id: ['jalankan sekarang', 'jalankan pengayaan sekarang', 'mulai sekarang', 'perbarui', 'perbarui sekarang', 'segarkan'],
    kk: ['қазір іске қосу', 'қазір іске қос', 'іске қосу', 'байытуды іске қосу', 'жаңарту', 'жаңарт'],
  },
  incomplete: { en: ['run'], sv: ['kör'], ca: ['executa'], id: ['jalankan'] },
  answer: answerAdmin,
});

export const consentStatus = command({
  id: 'consentStatus',
  audience: 'admin',
  phrases: {
    en: ['consent status', 'consent', 'check consent', 'admin consent', 'admin consent status', 'permissions'],
    sv: ['samtyckesstatus', 'medgivandestatus', 'status för samtycke', 'samtycke', 'medgivande', 'status för medgivande', 'kontrollera samtycke', 'behörigheter'],
    ca: ['estat del consentiment', 'consentiment', 'comprova el consentiment', "consentiment de l'administrador", 'permisos'],
    id: ['status persetujuan', 'persetujuan', 'cek persetujuan', 'persetujuan admin', 'izin'],
    kk: ['келісім күйі', 'келісім', 'келісімді тексеру', 'әкімші келісімі', 'рұқсаттар'],
  },
  answer: answerAdmin,
});

export const results = command({
  id: 'results',
  audience: 'admin',
  phrases: {
    en: ['results', 'show results', 'latest results', 'engagement results', 'view results', 'last results', 'my enrichments', 'my enrichment', 'enrichments', 'show enrichments'],
    sv: ['resultat', 'visa resultat', 'senaste resultat', 'resultaten', 'mina berikningar', 'min berikning', 'berikningar'],
    ca: ['resultats', 'mostra els resultats', 'últims resultats', 'els meus enriquiments', 'enriquiments'],
    id: ['hasil', 'tampilkan hasil', 'hasil terbaru', 'pengayaan saya', 'pengayaan'],
    kk: ['нәтижелер', 'нәтижелерді көрсет', 'соңғы нәтижелер', 'менің байытуларым', 'байытулар'],
  },
  answer: answerAdmin,
});

export const deliveryStatus = command({
  id: 'deliveryStatus',
  audience: 'admin',
  phrases: {
    en: ['delivery status', 'delivery', 'deliveries', 'delivery report', 'report delivery status'],
    sv: ['leveransstatus', 'leverans', 'leveranser', 'leveransrapport'],
    ca: ['estat del lliurament', 'lliurament', 'lliuraments', "estat de l'enviament", 'estat dels enviaments', 'enviaments'],
    id: ['status pengiriman', 'pengiriman', 'laporan pengiriman'],
    kk: ['жеткізу күйі', 'жеткізу', 'жеткізу есебі'],
  },
  answer: answerAdmin,
});

export const schedule = command({
  id: 'schedule',
  audience: 'admin',
  phrases: {
    en: ['schedule {rest}', 'schedule[:] [{rest}]'],
    sv: ['schemalägg {rest}', '(schemalägg|schema|schemat|schemaläggning)[:] [{rest}]', 'stäng av (schemat|schemaläggningen|schemalagda körningar)'],
    ca: ['programa {rest}', '(programa|programació|planifica|planificació)[:] [{rest}]', '(desactiva|atura) la programació'],
    id: ['jadwalkan {rest}', '(jadwalkan|jadwal)[:] [{rest}]', '(matikan|nonaktifkan|hentikan) jadwal'],
    kk: ['кесте {rest}', '(кесте|кестені)[:] [{rest}]', 'кестені (өшіру|өшір|тоқтату)'],
  },
  keywords: { en: ['schedule'], sv: ['schemalägg'], ca: ['programa'], id: ['jadwalkan'] },
  fitsArgument: (argument, context) => {
    const parsed = parseScheduleArguments(argument, context.language);
    return parsed.ok ? formatSchedule(parsed.schedule, context.language) : null;
  },
  read: (slots, context, template) => {
    // The phrases without an argument ("stäng av schemat") turn the schedule off.
    if (!template.includes('{rest}')) return { kind: 'schedule', schedule: { cadence: 'off' } };
    const parsed = parseScheduleArguments(slots.rest ?? '', context.language);
    return parsed.ok ? { kind: 'schedule', schedule: parsed.schedule } : { suggest: parsed.suggestion };
  },
  answer: answerAdmin,
});
