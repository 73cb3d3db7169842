/** Swedish strings of the admin wizards (shared buttons and notes) and the configure-engagement wizard. */
import type { Translation } from '../languages.js';
import type { configureWizardMessages as english } from '../en/configureWizard.js';

export const configureWizardMessages = {
  'wizard.progress': 'Steg {step} av {total}',
  'wizard.back': 'Tillbaka',
  'wizard.next': 'Nästa',
  'wizard.save': 'Spara',
  'wizard.cancel': 'Avbryt',
  'wizard.cancelledTitle': 'Avbrutet',
  'wizard.cancelled': 'Inget sparades. Skriv kommandot igen när du vill börja om.',
  'wizard.staleCard': 'Kortet kommer från ett tidigare steg och tillämpades därför inte. Här är steget du är på nu.',
  'enrichment.profile.none': '(ingen)',
  'wizard.list': '{items} och {count} till',
  'wizard.noBack': 'Det här är första steget, så det finns inget att gå tillbaka till.',
  'wizard.renderFailed': 'Rapport kunde inte visa det här steget eftersom kortet är för stort eller ogiltigt. Dina svar finns kvar: skriv ”tillbaka” för att ändra föregående svar eller ”avbryt” för att avsluta.',

  // Shared by the configure-engagement steps
  'enrichment.none': '—',
  'enrichment.count.mailboxes': '{count, plural, one {# postlåda} other {# postlådor}}',
  'enrichment.count.rows': '{count, plural, one {# rad} other {# rader}}',
  'enrichment.fact.region': 'Region',
  'enrichment.fact.mailboxes': 'Postlådor',
  'enrichment.fact.entries': 'Användare och grupper',
  'enrichment.fact.leftOut': 'Utelämnade (ingen postlåda)',
  'enrichment.fact.mailboxesLater': 'Slås upp vid första körningen',
  'enrichment.fact.dataset': 'Datauppsättning',
  'enrichment.fact.columns': 'Kolumner',
  'enrichment.fact.agreed': 'Integritetsmeddelande',
  'enrichment.fact.agreedOn': 'Godkänt {date}',
  'enrichment.column.unknown': 'Datauppsättningen ”{dataset}” har ingen kolumn som heter ”{column}”. Den har de här kolumnerna: {columns}.',
  'enrichment.column.none': '(ingen)',
  'enrichment.column.typeMany': 'Datauppsättningen har {count} kolumner, för många för att visa som alternativ. Skriv kolumnnamnen.',
  'enrichment.column.typeOne': 'Datauppsättningen har {count} kolumner, för många för att visa som alternativ. Skriv kolumnnamnet.',

  // 1. Overview and region
  'enrichment.overview.title': 'Konfigurera kontoengagemang',
  'enrichment.overview.what': 'Den här berikningen mäter hur din organisation interagerar med varje kundkonto: skickad och mottagen e-post, möten, svarstider och vilka som har kontakt, per konto och period. Resultaten skrivs till en utdatatabell som du namnger i sista steget.',
  'enrichment.overview.reads': 'Det här läses: bara metadata för e-post och möten (avsändare, mottagare, deltagare och tider). Det här läses aldrig: brödtext, ämnen och bifogade filer.',
  'enrichment.overview.window': 'Tidsfönster: det senaste årets e-post- och mötesaktivitet, som uppdateras vid varje körning.',
  'enrichment.overview.regionPick': 'Klientorganisationens dataregion har inte konfigurerats. Välj den nedan. Berikningen är tillgänglig för klientorganisationer i {regions}.',
  'enrichment.overview.regionLabel': 'Klientorganisationens region',
  'enrichment.overview.regionOther': 'Annan',
  'enrichment.overview.regionRequired': 'Välj klientorganisationens region för att fortsätta.',
  'enrichment.overview.unsupportedTitle': 'Regionen stöds inte',
  'enrichment.overview.unsupported': 'Berikningen för kontoengagemang är bara tillgänglig för klientorganisationer i {regions}. Din klientorganisations region ({region}) är inte en av dem, så berikningen kan inte konfigureras. Inget sparades.',
  'enrichment.overview.unsupportedOther': 'Berikningen för kontoengagemang är bara tillgänglig för klientorganisationer i {regions}. En klientorganisation i en annan region kan inte använda den, så berikningen kan inte konfigureras. Inget sparades.',

  // 2. Mailboxes
  'enrichment.mailboxes.title': 'Postlådor som ska övervakas',
  'enrichment.mailboxes.intro': 'Ange de användare och grupper vars postlådor ska läsas: e-postadresser, gruppnamn eller gruppadresser, avgränsade med kommatecken, semikolon eller radbrytningar. Du kan övervaka mellan {min} och {max} unika postlådor.',
  'enrichment.mailboxes.label': 'Användare och grupper',
  'enrichment.mailboxes.placeholder': 'ann@contoso.com; Kundansvariga; sales@contoso.com',
  'enrichment.mailboxes.kept': '{count, plural, one {Användaren eller gruppen som du angav tidigare behålls. Lämna rutan tom för att behålla den eller ange andra för att ersätta den.} other {De # användare och grupper som du angav tidigare behålls. Lämna rutan tom för att behålla dem eller ange andra för att ersätta dem.}}',
  'enrichment.mailboxes.none': 'Ange minst en användare eller grupp.',
  'enrichment.mailboxes.invalid': 'Det här är inte giltiga e-postadresser: {entries}.',
  'enrichment.mailboxes.unknown': 'Hittades inte i katalogen: {entries}. Kontrollera stavningen eller ta bort dem.',
  'enrichment.mailboxes.tooFew': 'Användarna och grupperna motsvarar {mailboxes}, men minst {min} krävs. Lägg till användare eller grupper.',
  'enrichment.mailboxes.tooMany': 'Användarna och grupperna motsvarar {mailboxes}, men högst {max} kan övervakas. Ta bort användare eller grupper.',
  'enrichment.mailboxes.withoutMailbox': 'De här medlemmarna har ingen postlåda och utelämnas: {names}.',
  'enrichment.mailboxes.resolved': 'Användarna och grupperna motsvarar {mailboxes}.',
  'enrichment.mailboxes.later': 'Katalogen kan inte läsas än ({reason}), så användarna och grupperna slås upp vid första körningen.',

  // 3. Privacy statement
  'enrichment.consent.title': 'Integritetsmeddelande',
  'enrichment.consent.statement': 'För att mäta engagemang läser Rapport metadata för e-post och möten i de övervakade postlådorna för det senaste året: vem som skrev till eller träffade vem, och när. Rapport läser aldrig brödtext, ämnen eller bifogade filer. Bara sammanställningar per konto sparas, aldrig själva metadatan.',
  'enrichment.consent.responsibility': 'Genom att godkänna bekräftar du att din organisation får behandla dessa data enligt sina integritetspolicyer och att de personer vars postlådor övervakas har informerats om det.',
  'enrichment.consent.label': 'Integritetsmeddelande',
  'enrichment.consent.agree': 'Jag godkänner',
  'enrichment.consent.required': 'Markera ”Jag godkänner” för att fortsätta. Berikningen kan inte konfigureras om du inte godkänner integritetsmeddelandet.',

  // 4. Dataset
  'enrichment.dataset.title': 'Kunddatauppsättning',
  'enrichment.dataset.intro': 'Välj datauppsättningen med dina kunders kontakter (en rad per kontakt, med det konto som kontakten tillhör).',
  'enrichment.dataset.uploadHere': 'Du kan också ladda upp en CSV-fil med en rubrikrad: bifoga den i ett meddelande i den här chatten.',
  'enrichment.dataset.uploadPersonal': 'Om du vill ladda upp en CSV-fil i stället öppnar du en personlig chatt med Rapport. Filer kan bara laddas upp där.',
  'enrichment.dataset.noneRegistered': 'Ingen datauppsättning har registrerats än.',
  'enrichment.dataset.label': 'Datauppsättning',
  'enrichment.dataset.choice': '{name} ({rows})',
  'enrichment.dataset.required': 'Välj en datauppsättning eller ladda upp en CSV-fil.',
  'enrichment.dataset.unknown': 'Det finns ingen datauppsättning som heter ”{name}”. Välj en i listan eller ladda upp en CSV-fil.',
  'enrichment.dataset.notPersonal': 'Filer kan bara laddas upp i en personlig chatt med Rapport. Ladda upp filen där eller välj en registrerad datauppsättning.',
  'enrichment.dataset.notCsv': '”{name}” är inte en CSV-fil. Bifoga en .csv-fil med en rubrikrad.',
  'enrichment.dataset.uploadFailed': 'Filen registrerades inte: {reason}',

  // 5. Account fields
  'enrichment.profile.title': 'Kontofält',
  'enrichment.profile.intro': 'Välj de kolumner i ”{dataset}” som innehåller kontots fält. Konto-ID krävs, de övriga är valfria.',
  'enrichment.profile.accountId': 'Konto-ID',
  'enrichment.profile.accountName': 'Kontonamn',
  'enrichment.profile.domain': 'Kontots domän',
  'enrichment.profile.owner': 'Kontoägare',
  'enrichment.profile.accountIdRequired': 'Välj kolumnen som innehåller konto-ID:t.',

  // 6. Email field
  'enrichment.email.title': 'E-postfält',
  'enrichment.email.intro': 'Välj kolumnen i ”{dataset}” som innehåller kontakternas e-postadresser. Deltagare i e-post och möten matchas mot konton med hjälp av den.',
  'enrichment.email.label': 'E-postkolumn',
  'enrichment.email.required': 'Välj kolumnen som innehåller kontakternas e-postadresser.',
  'enrichment.email.notEmails': 'Bara {percent} % av värdena i ”{column}” är e-postadresser ({emails} av {sampled} kontrollerade). Välj kolumnen som innehåller kontakternas e-postadresser.',

  // 7. Names
  'enrichment.names.title': 'Namn',
  'enrichment.names.intro': 'Namnge berikningen och utdatatabellen som resultaten skrivs till. Använd bara bokstäver, siffror och understreck.',
  'enrichment.names.name': 'Berikningens namn',
  'enrichment.names.outputTable': 'Utdatatabellens namn',
  'enrichment.names.hint': 'Bara bokstäver, siffror och understreck.',
  'enrichment.names.empty': 'Fyll i {field}.',
  'enrichment.names.characters': 'Ogiltigt värde för {field}: ”{value}”. Använd bara bokstäver, siffror och understreck.',
  'enrichment.names.same': 'Berikningen och utdatatabellen måste ha olika namn.',
  'enrichment.names.dataset': '”{value}” är redan namnet på datauppsättningen ”{dataset}” och kan inte användas som {field}. Välj ett annat namn.',
  'enrichment.names.reserved': '”{value}” är reserverat och kan inte användas som {field}: det är namnet på en tabell som Rapport själv skriver.',

  // 8. Review
  'enrichment.review.title': 'Granska och spara',
  'enrichment.review.intro': 'Kontrollera inställningarna och spara. Därefter körs berikningen enligt sitt schema.',
  'enrichment.review.replaces': 'När du sparar ersätts berikningen ”{name}” som sparades tidigare.',
  'enrichment.review.typeSave': 'Spara inställningarna genom att välja Spara eller skriva ”spara”.',
  'enrichment.review.incomplete': 'Ett steg är inte slutfört. Gå tillbaka och slutför det innan du sparar.',
  'enrichment.review.datasetGone': 'Den valda datauppsättningen är inte längre registrerad. Gå tillbaka och välj en annan.',
} as const satisfies Translation<typeof english>;
