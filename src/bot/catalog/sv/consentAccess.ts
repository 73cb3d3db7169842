/** Swedish: hur Rapport når postlådorna, och medgivande som väntar på bekräftelse. */
import type { consentAccessMessages as english } from '../en/consentAccess.js';
import type { Translation } from '../languages.js';

export const consentAccessMessages = {
  'consentAccess.mode': 'Åtkomst till postlådor',
  'consentAccess.modeTenantWide': 'Hela klientorganisationen (Microsoft Entra ID)',
  'consentAccess.modeRbacScoped': 'Begränsad med Exchange RBAC',
  'consentAccess.modeBoth': 'Exchange RBAC-omfång och en behörighet för hela klientorganisationen',
  'consentAccess.modeNone': 'Inte beviljad',
  'consentAccess.readable': 'Läsbara postlådor',
  'consentAccess.readableCount': '{readable} av {configured}',
  'consentAccess.outsideScope': 'Utanför omfånget',
  'consentAccess.moreMailboxes': '{count, plural, one {och # till} other {och # till}}',
  'consentAccess.outsideScopeText': '{count, plural, one {# konfigurerad postlåda ligger utanför Rapports Exchange RBAC-omfång} other {# konfigurerade postlådor ligger utanför Rapports Exchange RBAC-omfång}}: körningarna hoppar över dem och listar dem som problem. Lägg till dem i hanteringsomfånget, eller ta bort dem med ”konfigurera engagemang”.',
  'consentAccess.widened': 'Exchange RBAC begränsar Rapport till ett hanteringsomfång, men en behörighet för hela klientorganisationen ({roles}) i Microsoft Entra ID låter Rapport läsa alla postlådor. Ta bort den behörigheten så att Rapport håller sig inom omfånget.',
  'consentAccess.pendingTitle': 'Medgivandet väntar på bekräftelse',
  'consentAccess.pending': 'En klientorganisationsadministratör gav medgivande {date}, men Rapport kan inte bekräfta det med sin apptoken än: det kan ta några minuter innan nya behörigheter börjar gälla. Rapport kontrollerar igen med några minuters mellanrum och startar den första körningen så snart medgivandet är bekräftat.',
  'consentAccess.pendingPage': 'Microsoft Entra ID meddelade att medgivande har getts, men Rapport kan inte bekräfta det med sin apptoken än: det kan ta några minuter innan nya behörigheter börjar gälla. Rapport kontrollerar igen med några minuters mellanrum och meddelar dig i Teams när den första körningen startar. ”Medgivandestatus” visar hur det ligger till. Du kan stänga den här fliken.',
} as const satisfies Translation<typeof english>;
