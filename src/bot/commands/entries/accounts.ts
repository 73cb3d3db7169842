/** Questions about one account: how engaged it is, the relationship's health, and who knows someone there (or a person). */
import { accountName, emailAddress } from '../../intents/accountTarget.js';
import { fold } from '../fold.js';
import { command } from '../command.js';
import { aboutOneAccount, readAccount } from './accountData.js';

export const engagement = command({
  id: 'engagement',
  audience: 'seller',
  phrases: {
    en: [
      'how engaged is {account}', 'how engaged (is|are) [we (with|at|by)] {account}', 'how (are|is) (we|things|it) [(doing|going)] (with|at|on) {account}',
      "(how is|how's|hows|how are) {account} doing", 'is {account} (engaged|active)',
      'engagement [(score|level|status|summary|report|card)] [(of|for|with|at|on)] {account}',
      "(what's|whats|what is) [(the|our)] engagement [(score|level)] (of|for|with|at|on) {account}",
      "(what's up with|whats up with|what is up with|status of|status for|summary of|summary for|account|customer) {account}",
      '{account} engagement [(score|level|status)]',
    ],
    sv: [
      'hur engagerat är {account}', 'hur (engagerat|engagerade|aktivt|aktiva) är [vi (med|hos|på)] {account}',
      'hur (går det|ser det ut|ligger vi till) (med|för|hos|på) {account}', 'hur mår {account}', 'är {account} (engagerade|engagerat|aktiva|aktivt)',
      '[(konto|kund)]engagemang[et] [(för|med|hos|på)] {account}', 'engagemangspoäng [(för|på|hos)] {account}',
      '(vad|hur) är engagemanget (för|med|hos|på) {account}', '(status|sammanfattning|översikt) (för|på|av|över) {account}', '(konto|kund|kunden|kontot) {account}',
      '{account} engagemang[et]',
    ],
    ca: [
      'quina interacció tenim amb {account}', '(quina|com és la) interacció [tenim] amb {account}', 'interacció [(de|amb)] {account}',
      "interacció d'{account}", 'com (va|anem|estem) amb {account}', 'com (va|està) {account}', 'està {account} (actiu|activa)',
      '(estat|resum|puntuació) [de la interacció] de {account}', "(estat|resum|puntuació) d'{account}", '[el] (compte|client) {account}',
      '(els correus|les reunions|l’activitat|les dades|les xifres) (de|amb) {account}', '{account} interacció',
    ],
    id: [
      'seberapa terlibat {account}', 'seberapa (terlibat|aktif) [kita dengan] {account}', 'bagaimana keterlibatan [kita] [(dengan|dari)] {account}', 'bagaimana [(kabar|keadaan|kondisi)] {account}',
      'apakah {account} (aktif|terlibat)', '(skor keterlibatan|keterlibatan) [(akun|dengan|dari)] {account}',
      '(status|ringkasan|ikhtisar) [(akun|dari)] {account}', '(akun|pelanggan) {account}',
      '(email|rapat|aktivitas|data|statistik|skor) [(dari|dengan)] {account}', '{account} keterlibatan',
    ],
    kk: [
      'өзара әрекеттестік {account}', '{account} [(тіркелгісімен|тіркелгісінің|бойынша)] өзара әрекеттестік[і] [қандай]', '(өзара әрекеттестік|белсенділік) {account}',
      '{account} белсенділігі [қандай]', '{account} (қалай|қандай)', '{account} жағдайы [қандай]', '{account} туралы [(айт|айтшы)]',
      '(тіркелгі|аккаунт|клиент|компания) {account}', '{account} (байланыс|жұмыс) қалай', '{account} (тартылуы|қаншалықты белсенді)',
    ],
  },
  incomplete: {
    en: ['how engaged is', 'how engaged are we with', 'engagement'],
    sv: ['hur engagerat är', 'engagemang', 'kontoengagemang'],
    ca: ['quina interacció tenim amb', 'interacció', 'interacció amb'],
    id: ['seberapa terlibat', 'keterlibatan'],
    kk: ['өзара әрекеттестік', 'белсенділік'],
  },
  keywords: {
    en: ['how engaged is', 'engagement'],
    sv: ['hur engagerat är', 'engagemang', 'kontoengagemang'],
    ca: ['quina interacció tenim amb', 'interacció amb', 'interacció'],
    id: ['seberapa terlibat', 'keterlibatan'],
    kk: ['өзара әрекеттестік', 'белсенділік'],
  },
  read: readAccount('engagement'),
  ...aboutOneAccount('engagement', (turn, view, insight) => turn.services.answers.customer(view, insight, turn.catalog)),
});

export const relationship = command({
  id: 'relationship',
  audience: 'seller',
  phrases: {
    en: [
      'relationship {account}', '[(our|the)] (relationship|relationships) [(health|status|score|check)] [(with|for|of|at|to)] {account}',
      'health [(check|score|status)] [(of|for|with|at)] [(our|the) relationship (with|to)] {account}',
      'how (healthy|strong|good) is [(our|the) relationship (with|to)] {account}', "(how is|how's|hows) (our|the) relationship (with|to) {account}",
      "(what's|whats|what is) (our|the) relationship [health] (with|to|for) {account}", '{account} (relationship|relationships) [health]',
    ],
    sv: [
      'relation {account}', '(relation|relationen|relationer|relationshälsa|relationshälsan|hälsopoäng|hälsopoängen|hälsa|hälsan) [(med|för|till|hos|på)] {account}',
      'hur (mår|är|ser) relationen [ut] (med|till|hos) {account}', 'hur (stark|bra|frisk) är relationen (med|till|hos) {account}',
      'vad är relationshälsan (för|med|hos) {account}', '{account} (relation|relationen|relationshälsa)',
    ],
    ca: [
      'relació amb {account}', '[la] relació [(amb|de)] {account}', 'salut de la relació (amb|de) {account}', 'com (és|està|va) la relació amb {account}',
      'quina relació tenim amb {account}', 'salut de {account}', "salut d'{account}", '{account} relació',
    ],
    id: [
      'hubungan dengan {account}', '[kesehatan] hubungan [(dengan|kita dengan)] {account}', 'bagaimana hubungan [kita] dengan {account}',
      'seberapa (kuat|sehat|baik) hubungan [kita] dengan {account}', 'kesehatan [hubungan] {account}', '{account} hubungan',
    ],
    kk: [
      'қарым-қатынас {account}', '(қарым-қатынас|қарым қатынас|қарымқатынас) [денсаулығы] {account}',
      '{account} [(бойынша|тіркелгісімен)] (қарым-қатынасы|қарым қатынасы|қарым-қатынас|қарым қатынас) [(денсаулығы|жағдайы)] [қандай]',
    ],
  },
  incomplete: {
    en: ['relationship', 'relationship with', 'health', 'health of'],
    sv: ['relation', 'relationen med', 'relationshälsa'],
    ca: ['relació', 'relació amb'],
    id: ['hubungan', 'hubungan dengan'],
    kk: ['қарым-қатынас', 'қарым қатынас'],
  },
  keywords: { en: ['relationship'], sv: ['relationen', 'relationshälsa'], ca: ['relació amb'], id: ['hubungan dengan', 'hubungan'], kk: ['қарым-қатынас'] },
  read: readAccount('relationship'),
  ...aboutOneAccount('relationship', (turn, view, insight) => turn.services.answers.relationship(view, insight, turn.catalog)),
});

export const whoKnows = command({
  id: 'whoKnows',
  audience: 'seller',
  phrases: {
    en: [
      'who knows someone at {account}',
      '(who|whom) (knows|know|has (contact|contacts|connection|connections|relationship|relationships|a contact|a connection)) [<people>] [<at>] {account}',
      '[(does|do)] (anyone|anybody|someone|somebody|any one) [here] (knows|know|have contacts|has contacts) [<people>] [<at>] {account}',
      'do (we|you|i) know <people> <at> {account}', 'who do (we|i) know <at> {account}', '[who can] introduce me to [<people> <at>] {account}',
    ],
    sv: [
      'vem känner någon på {account}', '(vem|vilka) (känner|känner till|har kontakt med) [<people>] [<at>] {account}',
      '(vem|vilka) har (kontakter|kontakt|relationer) [(på|hos|i|med)] {account}', 'känner (någon|vi|du|jag) [<people>] <at> {account}',
      '(vilka|vem) känner vi (på|hos|i) {account}', 'vem kan (introducera|presentera) mig för [<people> <at>] {account}',
    ],
    ca: [
      'qui coneix algú a {account}', 'qui (coneix|coneixen|té contactes|té contacte) [<people>] [<at>] {account}', "qui (coneix|coneixen) [<people>] d'{account}",
      'algú coneix [<people>] [<at>] {account}', '(coneixem|coneixes|coneixeu) <people> <at> {account}', 'a qui coneixem a {account}',
      'qui em pot presentar [(a|algú de|algú a)] {account}',
    ],
    id: [
      'siapa yang kenal seseorang di {account}', 'siapa [yang] (kenal|mengenal|tahu) [<people>] [<at>] {account}', 'siapa [yang] punya kontak [<at>] {account}',
      'ada yang kenal [<people>] [<at>] {account}', 'apakah (ada yang|kita) kenal [<people>] [<at>] {account}', 'kita kenal siapa (di|dari) {account}',
      'siapa yang bisa (mengenalkan|memperkenalkan) saya (ke|kepada|dengan) [<people> <at>] {account}',
    ],
    kk: [
      'кім таниды {account}', '(кім|кімдер) (таниды|біледі) [<people>] {account}', '{account} (біреуді|кімді|адамды) кім (таниды|біледі)',
      '{account} кім (таниды|біледі)', 'кім {account} [(біреуді|адамды)] таниды', '{account} (таныс|танысымыз) бар ма',
      '{account} [(компаниясында|компаниясындағы|тіркелгісінде)] кімнің (танысы|таныстары) бар', '{account} кімге таныс',
    ],
  },
  incomplete: {
    en: ['who knows', 'who knows someone at', 'does anyone know', 'anyone know', 'introduce me to'],
    sv: ['vem känner', 'vem känner någon på', 'vem känner vem', 'känner någon'],
    ca: ['qui coneix', 'qui coneix algú a'],
    id: ['siapa yang kenal', 'siapa kenal', 'siapa yang kenal seseorang di'],
    kk: ['кім таниды', 'кім біледі'],
  },
  keywords: { en: ['who knows'], sv: ['vem känner'], ca: ['qui coneix'], id: ['siapa yang kenal'], kk: ['кім таниды'] },
  read: (slots, context) => {
    const target = slots.account ?? '';
    const email = emailAddress(target);
    if (email !== null) return { kind: 'whoKnowsPerson', email };
    const account = accountName(target, context.grammar);
    const nobody = account === null || context.grammar.people.some((word) => fold(word) === fold(account));
    return nobody ? { suggest: context.canonical('whoKnows') } : { kind: 'whoKnows', account };
  },
  ...aboutOneAccount('whoKnows', (turn, view, insight) => turn.services.answers.whoKnows(view, insight, turn.asker, turn.catalog)),
});

/**
 * "who knows jane@contoso.com": read by the whoKnows phrases (and a bare address). Its phrases
 * are how help shows it; the whoKnows phrases read them.
 */
export const whoKnowsPerson = command({
  id: 'whoKnowsPerson',
  audience: 'seller',
  phrases: { en: ['who knows {account}'], sv: ['vem känner {account}'], ca: ['qui coneix {account}'], id: ['siapa yang kenal {account}'], kk: ['кім таниды {account}'] },
  answer: async (intent, turn) => turn.send(turn.services.answers.whoKnowsPerson(intent.email, turn.asker, turn.catalog)),
});
