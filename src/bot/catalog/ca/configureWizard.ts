/** Catalan strings of the admin wizards (shared buttons and notes) and the configure-engagement wizard. */
import type { Translation } from '../languages.js';
import type { configureWizardMessages as english } from '../en/configureWizard.js';

export const configureWizardMessages = {
  'wizard.progress': 'Pas {step} de {total}',
  'wizard.back': 'Enrere',
  'wizard.next': 'Següent',
  'wizard.save': 'Desa',
  'wizard.cancel': 'Cancel·la',
  'wizard.cancelledTitle': 'S’ha cancel·lat',
  'wizard.cancelled': 'No s’ha desat res. Torna a escriure l’ordre quan vulguis començar de nou.',
  'wizard.staleCard': 'Aquesta targeta és d’un pas anterior, així que no s’ha aplicat. Aquí tens el pas on ets ara.',
  'enrichment.profile.none': '(cap)',
  'wizard.list': '{items} i {count} més',
  'wizard.noBack': 'Aquest és el primer pas; no hi ha cap pas anterior.',
  'wizard.renderFailed': 'Rapport no ha pogut mostrar aquest pas: la targeta és massa gran o no és vàlida. Les respostes es conserven: escriu «enrere» per canviar la resposta anterior o «cancel·la» per aturar-ho.',

  // Shared by the configure-engagement steps
  'enrichment.none': '—',
  'enrichment.count.mailboxes': '{count, plural, one {# bústia} many {# de bústies} other {# bústies}}',
  'enrichment.count.rows': '{count, plural, one {# fila} many {# de files} other {# files}}',
  'enrichment.fact.region': 'Regió',
  'enrichment.fact.mailboxes': 'Bústies',
  'enrichment.fact.entries': 'Usuaris i grups',
  'enrichment.fact.leftOut': 'Exclosos (sense bústia)',
  'enrichment.fact.mailboxesLater': 'Es resoldran a la primera execució',
  'enrichment.fact.dataset': 'Conjunt de dades',
  'enrichment.fact.columns': 'Columnes',
  'enrichment.fact.agreed': 'Declaració de privadesa',
  'enrichment.fact.agreedOn': 'Acceptada el {date}',
  'enrichment.column.unknown': 'El conjunt de dades «{dataset}» no té cap columna «{column}». Les seves columnes són: {columns}.',
  'enrichment.column.none': '(cap)',
  'enrichment.column.typeMany': 'El conjunt de dades té {count} columnes, massa per mostrar-les com a opcions: escriu els noms de les columnes.',
  'enrichment.column.typeOne': 'El conjunt de dades té {count} columnes, massa per mostrar-les com a opcions: escriu el nom de la columna.',

  // 1. Overview and region
  'enrichment.overview.title': 'Configura la interacció amb els comptes',
  'enrichment.overview.what': 'Aquest enriquiment mesura la interacció de la teva organització amb cada compte de client: correus enviats i rebuts, reunions, temps de resposta i qui hi està en contacte, per compte i per període. Els resultats s’escriuen en una taula de sortida que anomenaràs al final.',
  'enrichment.overview.reads': 'Què es llegeix: només les metadades dels correus i les reunions (remitents, destinataris, assistents i hores). Què no es llegeix mai: el cos dels missatges, els assumptes ni els fitxers adjunts.',
  'enrichment.overview.window': 'Període de dades: l’últim any d’activitat de correu i reunions, que s’actualitza a cada execució.',
  'enrichment.overview.regionPick': 'La regió de dades del teu inquilí no està configurada. Tria-la a continuació. L’enriquiment està disponible per als inquilins d’aquestes regions: {regions}.',
  'enrichment.overview.regionLabel': 'Regió de l’inquilí',
  'enrichment.overview.regionOther': 'Una altra',
  'enrichment.overview.regionRequired': 'Tria la regió del teu inquilí per continuar.',
  'enrichment.overview.unsupportedTitle': 'Regió no admesa',
  'enrichment.overview.unsupported': 'L’enriquiment d’interacció amb el compte només està disponible per als inquilins d’aquestes regions: {regions}. La regió del teu inquilí ({region}) no és cap d’elles, així que no es pot configurar l’enriquiment. No s’ha desat res.',
  'enrichment.overview.unsupportedOther': 'L’enriquiment d’interacció amb el compte només està disponible per als inquilins d’aquestes regions: {regions}. Un inquilí d’una altra regió no el pot fer servir, així que no es pot configurar l’enriquiment. No s’ha desat res.',

  // 2. Mailboxes
  'enrichment.mailboxes.title': 'Bústies supervisades',
  'enrichment.mailboxes.intro': 'Introdueix els usuaris i grups les bústies dels quals es llegiran: adreces electròniques, noms de grup o adreces de grup, separats per comes, punts i comes o salts de línia. Es poden supervisar entre {min} i {max} bústies diferents.',
  'enrichment.mailboxes.label': 'Usuaris i grups',
  'enrichment.mailboxes.placeholder': 'ann@contoso.com; Gestors de comptes; sales@contoso.com',
  'enrichment.mailboxes.kept': 'Es conserven els usuaris i grups que havies introduït ({count}): deixa el quadre buit per mantenir-los o introdueix-ne d’altres per substituir-los.',
  'enrichment.mailboxes.none': 'Introdueix almenys un usuari o grup.',
  'enrichment.mailboxes.invalid': 'Aquestes adreces electròniques no són vàlides: {entries}.',
  'enrichment.mailboxes.unknown': 'No s’han trobat al directori: {entries}. Comprova com estan escrits o treu-los.',
  'enrichment.mailboxes.tooFew': 'Aquests usuaris i grups corresponen a {mailboxes}; se’n necessiten almenys {min}. Afegeix-hi usuaris o grups.',
  'enrichment.mailboxes.tooMany': 'Aquests usuaris i grups corresponen a {mailboxes}; se’n poden supervisar com a màxim {max}. Treu-ne usuaris o grups.',
  'enrichment.mailboxes.withoutMailbox': 'Aquests membres no tenen bústia i queden exclosos: {names}.',
  'enrichment.mailboxes.resolved': 'Els usuaris i grups corresponen a {mailboxes}.',
  'enrichment.mailboxes.later': 'Encara no es pot llegir el directori ({reason}), així que els usuaris i grups es resoldran a la primera execució.',

  // 3. Privacy statement
  'enrichment.consent.title': 'Declaració de privadesa',
  'enrichment.consent.statement': 'Per mesurar la interacció, Rapport llegeix les metadades dels correus i les reunions de l’últim any de les bústies supervisades: qui ha escrit a qui o s’ha reunit amb qui, i quan. No llegeix mai el cos dels missatges, els assumptes ni els fitxers adjunts. Només es conserven xifres agregades per compte; les metadades en si no s’emmagatzemen.',
  'enrichment.consent.responsibility': 'En acceptar-la, confirmes que la teva organització pot tractar aquestes dades d’acord amb les seves polítiques de privadesa i que les persones les bústies de les quals se supervisen n’estan informades.',
  'enrichment.consent.label': 'Declaració de privadesa',
  'enrichment.consent.agree': 'Estic d’acord',
  'enrichment.consent.required': 'Activa «Estic d’acord» per continuar: l’enriquiment no es pot configurar sense acceptar la declaració de privadesa.',

  // 4. Dataset
  'enrichment.dataset.title': 'Conjunt de dades de clients',
  'enrichment.dataset.intro': 'Tria el conjunt de dades amb els contactes dels teus clients (una fila per contacte, amb el compte al qual pertany).',
  'enrichment.dataset.uploadHere': 'També pots pujar un fitxer CSV amb una fila de capçalera: adjunta’l a un missatge en aquest xat.',
  'enrichment.dataset.uploadPersonal': 'Si prefereixes pujar un fitxer CSV, obre un xat personal amb Rapport: els fitxers només es poden pujar allà.',
  'enrichment.dataset.noneRegistered': 'Encara no hi ha cap conjunt de dades registrat.',
  'enrichment.dataset.label': 'Conjunt de dades',
  'enrichment.dataset.choice': '{name} ({rows})',
  'enrichment.dataset.required': 'Tria un conjunt de dades o puja un fitxer CSV.',
  'enrichment.dataset.unknown': 'No hi ha cap conjunt de dades «{name}». Tria’n un de la llista o puja un fitxer CSV.',
  'enrichment.dataset.notPersonal': 'Els fitxers només es poden pujar en un xat personal amb Rapport. Puja’l allà o tria un conjunt de dades registrat.',
  'enrichment.dataset.notCsv': '«{name}» no és un fitxer CSV. Adjunta un fitxer .csv amb una fila de capçalera.',
  'enrichment.dataset.uploadFailed': 'No s’ha registrat el fitxer: {reason}',

  // 5. Account fields
  'enrichment.profile.title': 'Camps del compte',
  'enrichment.profile.intro': 'Tria les columnes de «{dataset}» que contenen els camps de cada compte. L’identificador del compte és obligatori; els altres són opcionals.',
  'enrichment.profile.accountId': 'Identificador del compte',
  'enrichment.profile.accountName': 'Nom del compte',
  'enrichment.profile.domain': 'Domini del compte',
  'enrichment.profile.owner': 'Propietari del compte',
  'enrichment.profile.accountIdRequired': 'Tria la columna que conté l’identificador del compte.',

  // 6. Email field
  'enrichment.email.title': 'Camp de correu electrònic',
  'enrichment.email.intro': 'Tria la columna de «{dataset}» que conté les adreces electròniques dels contactes: serveix per associar els participants dels correus i les reunions amb els comptes.',
  'enrichment.email.label': 'Columna de correu electrònic',
  'enrichment.email.required': 'Tria la columna que conté les adreces electròniques dels contactes.',
  'enrichment.email.notEmails': 'Només el {percent} % dels valors de «{column}» són adreces electròniques ({emails} de {sampled} revisats). Tria la columna que conté les adreces electròniques dels contactes.',

  // 7. Names
  'enrichment.names.title': 'Noms',
  'enrichment.names.intro': 'Posa nom a l’enriquiment i a la taula de sortida on s’escriuran els resultats: només lletres, xifres i guions baixos.',
  'enrichment.names.name': 'Nom de l’enriquiment',
  'enrichment.names.outputTable': 'Nom de la taula de sortida',
  'enrichment.names.hint': 'Només lletres, xifres i guions baixos.',
  'enrichment.names.empty': 'Escriu el {field}.',
  'enrichment.names.characters': 'El {field} «{value}» només pot contenir lletres, xifres i guions baixos.',
  'enrichment.names.same': 'El nom de l’enriquiment i el de la taula de sortida han de ser diferents.',
  'enrichment.names.dataset': 'El {field} «{value}» ja és el nom del conjunt de dades «{dataset}». Tria’n un altre.',
  'enrichment.names.reserved': 'El {field} «{value}» està reservat: és el nom d’una taula que escriu el mateix Rapport.',

  // 8. Review
  'enrichment.review.title': 'Revisa i desa',
  'enrichment.review.intro': 'Comprova la configuració i desa-la. A partir d’aleshores, l’enriquiment s’executarà segons la programació.',
  'enrichment.review.replaces': 'En desar, se substituirà l’enriquiment «{name}» desat anteriorment.',
  'enrichment.review.typeSave': 'Per desar aquesta configuració, selecciona Desa o escriu «desa».',
  'enrichment.review.incomplete': 'Hi ha un pas incomplet. Torna-hi i completa’l abans de desar.',
  'enrichment.review.datasetGone': 'El conjunt de dades triat ja no està registrat. Torna enrere i tria’n un altre.',
} as const satisfies Translation<typeof english>;
