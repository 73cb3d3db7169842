/** Swedish: the words around a request, and the schedule's words. */
import type { LanguageGrammar } from '../grammar.js';

export const sv: LanguageGrammar = {
  language: 'sv',
  leadingCourtesies: [
    'hej', 'hejsan', 'hallå', 'tjena', 'tjenare', 'tja', 'god (morgon|dag|middag|kväll)', 'snälla', 'vänligen',
    '(kan|skulle|kunde) du [kunna]', 'tack', 'tack så mycket', 'tusen tack',
  ],
  trailingCourtesies: ['tack', 'tack så mycket', 'tusen tack', 'snälla', 'är du snäll'],
  smallTalk: [
    'hej', 'hejsan', 'hallå', 'tjena', 'tja', 'god morgon', 'god dag', 'god kväll', 'tack', 'tack så mycket', 'tusen tack',
    'ok', 'okej', 'bra', 'toppen', 'hej då', 'hejdå', 'hur mår du', 'hur är läget', 'läget', 'visa', 'visa mig', 'lista',
  ],
  lookupPrefixes: ['(visa|öppna|hitta|kolla|kolla upp|leta upp|slå upp|ta fram|berätta om|hur är det med|vad sägs om) [mig] [(min|mitt|mina|vår|vårt|våra)]'],
  lookupSuffixes: [],
  sentenceStarts: [
    'vad', 'varför', 'när', 'var', 'vilka', 'vilken', 'vilket', 'vem', 'hur', 'kan', 'kunde', 'skulle', 'ska', 'är', 'har', 'gör',
    'jag', 'vi', 'låt', 'berätta', 'ge',
  ],
  pronouns: ['mig', 'mej', 'min', 'mitt', 'mina', 'jag', 'du', 'dig', 'din', 'ditt', 'dina', 'vi', 'oss', 'vår', 'vårt', 'våra'],
  people: ['någon', 'några', 'folk', 'personer', 'kontakter', 'en kontakt', 'där', 'här'],
  accountNouns: ['konto', 'kontot', 'konton', 'kund', 'kunden', 'kunder'],
  aboutNouns: [
    'mejl', 'mejlen', 'e-post', 'e-posten', 'mail', 'mailen', 'möten', 'mötena', 'engagemang', 'engagemanget', 'aktivitet', 'aktiviteten',
    'siffror', 'siffrorna', 'statistik', 'poäng', 'kort', 'detaljer', 'översikt', 'data', 'status', 'hälsa', 'kontakter',
  ],
  articles: [],
  // "Contosos mejl", "IBM:s möten": the genitive s is dropped (the account search forgives the rest).
  possessive: /(?::s|(?<=\p{L}{2})s)$/u,
  aboutNounsNeedPossessive: true,
  caseEndings: null,
  weekdays: {
    Monday: ['måndag', 'mån', 'måndagar', 'måndagen'],
    Tuesday: ['tisdag', 'tis', 'tisdagar', 'tisdagen'],
    Wednesday: ['onsdag', 'ons', 'onsdagar', 'onsdagen'],
    Thursday: ['torsdag', 'tor', 'tors', 'torsdagar', 'torsdagen'],
    Friday: ['fredag', 'fre', 'fredagar', 'fredagen'],
    Saturday: ['lördag', 'lör', 'lördagar', 'lördagen'],
    Sunday: ['söndag', 'sön', 'söndagar', 'söndagen'],
  },
  schedule: {
    weekly: ['veckovis', 'vecka', 'veckan'],
    daily: ['dagligen', 'dag', 'dagen'],
    off: ['av', 'ingen', 'inget', 'aldrig', 'avstängd', 'avstängt', 'avaktivera', 'inaktivera', 'stopp', 'pausa', 'pausad'],
    fillers: ['på', 'kl', 'kl.', 'klockan', 'varje', 'den', 'om', 'i', '@'],
    format: { weekly: 'schemalägg varje {day} {time}', daily: 'schemalägg dagligen {time}', off: 'stäng av schemat' },
    timeSeparator: ':',
  },
  lists: {
    people: ['någon', 'några', 'folk', 'personer', 'kontakter', 'en kontakt'],
    at: ['på', 'hos', 'i', 'från', 'inom', 'vid'],
    intro: ['introduktioner', 'introduktion', 'presentationer', 'kontaktförmedling'],
    accounts: ['konton', 'kontona', 'kunder', 'kunderna'],
  },
  placeholders: { account: '<konto>', name: '<namn>' },
  examples: { account: 'Contoso', email: 'jane@contoso.com', segmentName: 'vilande', count: 10 },
};
