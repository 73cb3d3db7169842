/** Català: com arriba Rapport a les bústies, i el consentiment pendent de confirmació. */
import type { consentAccessMessages as english } from '../en/consentAccess.js';
import type { Translation } from '../languages.js';

export const consentAccessMessages = {
  'consentAccess.mode': 'Accés a les bústies',
  'consentAccess.modeTenantWide': 'Tot l’inquilí (Microsoft Entra ID)',
  'consentAccess.modeRbacScoped': 'Limitat amb l’RBAC d’Exchange',
  'consentAccess.modeBoth': 'Àmbit de l’RBAC d’Exchange i un permís per a tot l’inquilí',
  'consentAccess.modeNone': 'No concedit',
  'consentAccess.readable': 'Bústies que es poden llegir',
  'consentAccess.readableCount': '{readable} de {configured}',
  'consentAccess.outsideScope': 'Fora de l’àmbit',
  'consentAccess.moreMailboxes': '{count, plural, one {i # més} many {i # més} other {i # més}}',
  'consentAccess.outsideScopeText': '{count, plural, one {# bústia configurada queda fora de l’àmbit de l’RBAC d’Exchange de Rapport} many {# de bústies configurades queden fora de l’àmbit de l’RBAC d’Exchange de Rapport} other {# bústies configurades queden fora de l’àmbit de l’RBAC d’Exchange de Rapport}}: les execucions se les salten i les mostren com a problemes. Afegeix-les a l’àmbit de gestió o treu-les amb «configura la interacció».',
  'consentAccess.widened': 'L’RBAC d’Exchange limita Rapport a un àmbit de gestió, però un permís per a tot l’inquilí ({roles}) a Microsoft Entra ID li permet llegir totes les bústies. Retira aquest permís perquè Rapport es mantingui dins de l’àmbit.',
  'consentAccess.pendingTitle': 'Consentiment pendent de confirmació',
  'consentAccess.pending': 'Un administrador de l’inquilí va donar el consentiment el {date}, però Rapport encara no el pot confirmar amb el testimoni de l’aplicació: els permisos nous poden trigar uns minuts a aplicar-se. Rapport ho torna a comprovar cada pocs minuts i comença la primera execució tan bon punt es confirma el consentiment.',
  'consentAccess.pendingPage': 'Microsoft Entra ID ha indicat que s’ha donat el consentiment, però Rapport encara no el pot confirmar amb el testimoni de l’aplicació: els permisos nous poden trigar uns minuts a aplicar-se. Rapport ho torna a comprovar cada pocs minuts i t’avisarà al Teams quan comenci la primera execució; «estat del consentiment» mostra com està. Ja pots tancar aquesta pestanya.',
} as const satisfies Translation<typeof english>;
