/** Қазақша: Rapport пошта жәшіктеріне қалай қол жеткізеді және расталуды күтіп тұрған келісім. */
import type { consentAccessMessages as english } from '../en/consentAccess.js';
import type { Translation } from '../languages.js';

export const consentAccessMessages = {
  'consentAccess.mode': 'Пошта жәшіктеріне қол жеткізу',
  'consentAccess.modeTenantWide': 'Бүкіл жалға алушы бойынша (Microsoft Entra ID)',
  'consentAccess.modeRbacScoped': 'Exchange RBAC арқылы шектелген',
  'consentAccess.modeBoth': 'Exchange RBAC аясы және бүкіл жалға алушыға берілген рұқсат',
  'consentAccess.modeNone': 'Берілмеген',
  'consentAccess.readable': 'Оқуға болатын пошта жәшіктері',
  'consentAccess.readableCount': '{configured} ішінен {readable}',
  'consentAccess.outsideScope': 'Аядан тыс',
  'consentAccess.moreMailboxes': '{count, plural, one {және тағы #} other {және тағы #}}',
  'consentAccess.outsideScopeText': '{count, plural, one {Бапталған # пошта жәшігі Rapport қолданбасының Exchange RBAC аясынан тыс қалады} other {Бапталған # пошта жәшігі Rapport қолданбасының Exchange RBAC аясынан тыс қалады}}: іске қосулар оларды өткізіп жібереді және мәселелер тізіміне шығарады. Оларды басқару аясына қосыңыз немесе «өзара әрекеттестікті баптау» арқылы алып тастаңыз.',
  'consentAccess.widened': 'Exchange RBAC Rapport қолданбасын бір басқару аясымен шектейді, бірақ Microsoft Entra ID жүйесінде бүкіл жалға алушыға берілген рұқсат ({roles}) оған барлық пошта жәшіктерін оқуға мүмкіндік береді. Rapport қолданбасы аяның ішінде қалуы үшін сол рұқсатты алып тастаңыз.',
  'consentAccess.pendingTitle': 'Келісім расталуды күтуде',
  'consentAccess.pending': 'Жалға алушы әкімшісі келісім берді ({date}), бірақ Rapport оны қолданба таңбалауышымен әлі растай алмайды: жаңа рұқсаттардың күшіне енуіне бірнеше минут кетуі мүмкін. Rapport бірнеше минут сайын қайта тексереді және келісім расталған бойда бірінші іске қосуды бастайды.',
  'consentAccess.pendingPage': 'Microsoft Entra ID келісім берілгенін хабарлады, бірақ Rapport оны қолданба таңбалауышымен әлі растай алмайды: жаңа рұқсаттардың күшіне енуіне бірнеше минут кетуі мүмкін. Rapport бірнеше минут сайын қайта тексереді және бірінші іске қосу басталғанда Teams арқылы хабарлайды; жағдайды көру үшін «келісім күйі» деп жазыңыз. Бұл қойындыны жаба аласыз.',
} as const satisfies Translation<typeof english>;
