/** Kazakh strings of the admin wizards (shared buttons and notes) and the configure-engagement wizard. */
import type { Translation } from '../languages.js';
import type { configureWizardMessages as english } from '../en/configureWizard.js';

export const configureWizardMessages = {
  'wizard.progress': '{step}/{total} қадам',
  'wizard.back': 'Артқа',
  'wizard.next': 'Келесі',
  'wizard.save': 'Сақтау',
  'wizard.cancel': 'Бас тарту',
  'wizard.cancelledTitle': 'Бас тартылды',
  'wizard.cancelled': 'Ештеңе сақталмады. Қайта бастағыңыз келгенде, пәрменді қайта жазыңыз.',
  'wizard.staleCard': 'Бұл карта алдыңғы қадамнан қалған, сондықтан қолданылмады. Қазір тұрған қадамыңыз мынау.',
  'enrichment.profile.none': '(жоқ)',
  'wizard.list': '{items} және тағы {count}',
  'wizard.noBack': 'Бұл — бірінші қадам, артқа қайтатын жер жоқ.',
  'wizard.renderFailed': 'Rapport бұл қадамды көрсете алмады: оның картасы тым үлкен немесе жарамсыз. Жауаптарыңыз сақталған: алдыңғы жауапты өзгерту үшін «артқа», тоқтату үшін «бас тарту» деп жазыңыз.',

  // Shared by the configure-engagement steps
  'enrichment.none': '—',
  'enrichment.count.mailboxes': '{count, plural, one {# пошта жәшігі} other {# пошта жәшігі}}',
  'enrichment.count.rows': '{count, plural, one {# жол} other {# жол}}',
  'enrichment.fact.region': 'Аймақ',
  'enrichment.fact.mailboxes': 'Пошта жәшіктері',
  'enrichment.fact.entries': 'Пайдаланушылар мен топтар',
  'enrichment.fact.leftOut': 'Қосылмағандар (пошта жәшігі жоқ)',
  'enrichment.fact.mailboxesLater': 'Бірінші іске қосуда анықталады',
  'enrichment.fact.dataset': 'Деректер жинағы',
  'enrichment.fact.columns': 'Бағандар',
  'enrichment.fact.agreed': 'Құпиялылық туралы мәлімдеме',
  'enrichment.fact.agreedOn': '{date} күні келісілді',
  'enrichment.column.unknown': '«{dataset}» деректер жинағында «{column}» бағаны жоқ. Оның бағандары: {columns}.',
  'enrichment.column.none': '(жоқ)',
  'enrichment.column.typeMany': 'Деректер жинағында {count} баған бар, таңдау тізіміне сыйғызу үшін бұл тым көп: баған атауларын жазыңыз.',
  'enrichment.column.typeOne': 'Деректер жинағында {count} баған бар, таңдау тізіміне сыйғызу үшін бұл тым көп: баған атауын жазыңыз.',

  // 1. Overview and region
  'enrichment.overview.title': 'Тіркелгілермен өзара әрекеттестікті баптау',
  'enrichment.overview.what': 'Бұл байыту ұйымыңыздың әр тұтынушы тіркелгісімен қаншалықты өзара әрекеттесетінін өлшейді: жіберілген және алынған хаттар, кездесулер, жауап беру уақыты және кімнің байланыста екені — әр тіркелгі мен кезең бойынша. Нәтижелер соңында өзіңіз атау беретін шығыс кестесіне жазылады.',
  'enrichment.overview.reads': 'Не оқылады: тек хаттар мен кездесулердің метадеректері (жіберушілер, алушылар, қатысушылар және уақыты). Не ешқашан оқылмайды: хаттардың мәтіні, тақырыбы және тіркемелері.',
  'enrichment.overview.window': 'Деректер кезеңі: хаттар мен кездесулердің соңғы бір жылдағы белсенділігі, әр іске қосуда жаңартылады.',
  'enrichment.overview.regionPick': 'Жалға алушыңыздың деректер аймағы бапталмаған, оны төменнен таңдаңыз. Байыту қолжетімді аймақтар: {regions}.',
  'enrichment.overview.regionLabel': 'Жалға алушы аймағы',
  'enrichment.overview.regionOther': 'Басқа',
  'enrichment.overview.regionRequired': 'Жалғастыру үшін жалға алушыңыздың аймағын таңдаңыз.',
  'enrichment.overview.unsupportedTitle': 'Аймаққа қолдау көрсетілмейді',
  'enrichment.overview.unsupported': 'Тіркелгілермен өзара әрекеттестікті байыту тек мына аймақтардағы жалға алушыларға қолжетімді: {regions}. Жалға алушыңыздың аймағы ({region}) олардың қатарында жоқ, сондықтан байытуды баптау мүмкін емес. Ештеңе сақталмады.',
  'enrichment.overview.unsupportedOther': 'Тіркелгілермен өзара әрекеттестікті байыту тек мына аймақтардағы жалға алушыларға қолжетімді: {regions}. Басқа аймақтағы жалға алушы оны пайдалана алмайды, сондықтан байытуды баптау мүмкін емес. Ештеңе сақталмады.',

  // 2. Mailboxes
  'enrichment.mailboxes.title': 'Бақыланатын пошта жәшіктері',
  'enrichment.mailboxes.intro': 'Пошта жәшіктері оқылатын пайдаланушылар мен топтарды енгізіңіз: электрондық пошта мекенжайларын, топ атауларын немесе топ мекенжайларын үтір, нүктелі үтір не жаңа жол арқылы бөліп жазыңыз. Бақылауға болатын әртүрлі пошта жәшіктерінің саны: {min}–{max}.',
  'enrichment.mailboxes.label': 'Пайдаланушылар мен топтар',
  'enrichment.mailboxes.placeholder': 'ann@contoso.com; Тіркелгі менеджерлері; sales@contoso.com',
  'enrichment.mailboxes.kept': 'Бұрын енгізілген пайдаланушылар мен топтар ({count}) сақталады: оларды қалдыру үшін өрісті бос қалдырыңыз, ауыстыру үшін басқаларын енгізіңіз.',
  'enrichment.mailboxes.none': 'Кемінде бір пайдаланушыны немесе топты енгізіңіз.',
  'enrichment.mailboxes.invalid': 'Бұлар жарамды электрондық пошта мекенжайлары емес: {entries}.',
  'enrichment.mailboxes.unknown': 'Каталогыңыздан табылмады: {entries}. Жазылуын тексеріңіз немесе оларды алып тастаңыз.',
  'enrichment.mailboxes.tooFew': 'Бұл пайдаланушылар мен топтар бойынша анықталғаны: {mailboxes}; кемінде {min} қажет. Пайдаланушылар немесе топтар қосыңыз.',
  'enrichment.mailboxes.tooMany': 'Бұл пайдаланушылар мен топтар бойынша анықталғаны: {mailboxes}; ең көбі {max} пошта жәшігін бақылауға болады. Кейбір пайдаланушыларды немесе топтарды алып тастаңыз.',
  'enrichment.mailboxes.withoutMailbox': 'Бұл мүшелердің пошта жәшігі жоқ, сондықтан олар қосылмайды: {names}.',
  'enrichment.mailboxes.resolved': 'Пайдаланушылар мен топтар бойынша анықталғаны: {mailboxes}.',
  'enrichment.mailboxes.later': 'Каталогты әзірге оқу мүмкін емес ({reason}), сондықтан пайдаланушылар мен топтар бірінші іске қосуда анықталады.',

  // 3. Privacy statement
  'enrichment.consent.title': 'Құпиялылық туралы мәлімдеме',
  'enrichment.consent.statement': 'Өзара әрекеттестікті өлшеу үшін Rapport бақыланатын пошта жәшіктеріндегі соңғы бір жылдың хаттары мен кездесулерінің метадеректерін оқиды: кім кімге жазды, кім кіммен кездесті және қашан. Хаттардың мәтінін, тақырыбын және тіркемелерін ешқашан оқымайды. Тек тіркелгі бойынша жиынтық деректер сақталады; метадеректердің өзі сақталмайды.',
  'enrichment.consent.responsibility': 'Келісу арқылы сіз ұйымыңыздың бұл деректерді өз құпиялылық саясатына сай өңдей алатынын және пошта жәшіктері бақыланатын адамдарға бұл туралы хабарланғанын растайсыз.',
  'enrichment.consent.label': 'Құпиялылық туралы мәлімдеме',
  'enrichment.consent.agree': 'Келісемін',
  'enrichment.consent.required': 'Жалғастыру үшін «Келісемін» параметрін қосыңыз: құпиялылық туралы мәлімдемемен келіспейінше байытуды баптау мүмкін емес.',

  // 4. Dataset
  'enrichment.dataset.title': 'Тұтынушы деректерінің жинағы',
  'enrichment.dataset.intro': 'Тұтынушыларыңыздың байланыс тұлғалары жазылған деректер жинағын таңдаңыз (әр байланыс тұлғасына бір жол, оның тіркелгісі көрсетілген).',
  'enrichment.dataset.uploadHere': 'Немесе тақырып жолы бар CSV файлын жүктеп салыңыз: оны осы чаттағы хабарламаға тіркеңіз.',
  'enrichment.dataset.uploadPersonal': 'Оның орнына CSV файлын жүктеп салу үшін Rapport қолданбасымен жеке чат ашыңыз: файлдарды тек сол жерде жүктеп салуға болады.',
  'enrichment.dataset.noneRegistered': 'Әзірге бірде-бір деректер жинағы тіркелмеген.',
  'enrichment.dataset.label': 'Деректер жинағы',
  'enrichment.dataset.choice': '{name} ({rows})',
  'enrichment.dataset.required': 'Деректер жинағын таңдаңыз немесе CSV файлын жүктеп салыңыз.',
  'enrichment.dataset.unknown': '«{name}» деген деректер жинағы жоқ. Тізімнен біреуін таңдаңыз немесе CSV файлын жүктеп салыңыз.',
  'enrichment.dataset.notPersonal': 'Файлдарды тек Rapport қолданбасымен жеке чатта жүктеп салуға болады. Файлды сол жерде жүктеп салыңыз немесе тіркелген деректер жинағын таңдаңыз.',
  'enrichment.dataset.notCsv': '«{name}» — CSV файлы емес. Тақырып жолы бар .csv файлын тіркеңіз.',
  'enrichment.dataset.uploadFailed': 'Файл тіркелмеді: {reason}',

  // 5. Account fields
  'enrichment.profile.title': 'Тіркелгі өрістері',
  'enrichment.profile.intro': '«{dataset}» жинағынан тіркелгі өрістері сақталған бағандарды таңдаңыз. Тіркелгі идентификаторы міндетті, қалғандары міндетті емес.',
  'enrichment.profile.accountId': 'Тіркелгі идентификаторы',
  'enrichment.profile.accountName': 'Тіркелгі атауы',
  'enrichment.profile.domain': 'Тіркелгі домені',
  'enrichment.profile.owner': 'Тіркелгі иесі',
  'enrichment.profile.accountIdRequired': 'Тіркелгі идентификаторы сақталған бағанды таңдаңыз.',

  // 6. Email field
  'enrichment.email.title': 'Электрондық пошта өрісі',
  'enrichment.email.intro': '«{dataset}» жинағынан байланыс тұлғаларының электрондық пошта мекенжайлары сақталған бағанды таңдаңыз: хаттар мен кездесулердің қатысушылары тіркелгілерге сол арқылы сәйкестендіріледі.',
  'enrichment.email.label': 'Электрондық пошта бағаны',
  'enrichment.email.required': 'Байланыс тұлғаларының электрондық пошта мекенжайлары сақталған бағанды таңдаңыз.',
  'enrichment.email.notEmails': '«{column}» бағанындағы мәндердің тек {percent}% бөлігі электрондық пошта мекенжайы (тексерілген мәндер: {sampled}, оның ішінде мекенжайлар: {emails}). Байланыс тұлғаларының электрондық пошта мекенжайлары сақталған бағанды таңдаңыз.',

  // 7. Names
  'enrichment.names.title': 'Атаулар',
  'enrichment.names.intro': 'Байытуға және оның нәтижелері жазылатын шығыс кестесіне атау беріңіз: тек әріптер, цифрлар және астыңғы сызық.',
  'enrichment.names.name': 'Байыту атауы',
  'enrichment.names.outputTable': 'Шығыс кестесінің атауы',
  'enrichment.names.hint': 'Тек әріптер, цифрлар және астыңғы сызық.',
  'enrichment.names.empty': 'Өрісті толтырыңыз: {field}.',
  'enrichment.names.characters': '«{value}» ({field}) тек әріптерден, цифрлардан және астыңғы сызықтан тұруы керек.',
  'enrichment.names.same': 'Байыту атауы мен шығыс кестесінің атауы әртүрлі болуы керек.',
  'enrichment.names.dataset': '«{value}» ({field}) — «{dataset}» деректер жинағының атауы. Басқа атау таңдаңыз.',
  'enrichment.names.reserved': '«{value}» ({field}) атауы резервтелген: Rapport өзі жазатын кесте осылай аталады.',

  // 8. Review
  'enrichment.review.title': 'Қарап шығу және сақтау',
  'enrichment.review.intro': 'Параметрлерді тексеріп, сақтаңыз. Осыдан кейін байыту кесте бойынша іске қосылады.',
  'enrichment.review.replaces': 'Сақтаған кезде бұрын сақталған «{name}» байытуы ауыстырылады.',
  'enrichment.review.typeSave': 'Бұл параметрлерді сақтау үшін «Сақтау» түймесін басыңыз немесе «сақтау» деп жазыңыз.',
  'enrichment.review.incomplete': 'Бір қадам аяқталмай қалды. Сақтамас бұрын артқа оралып, оны толтырыңыз.',
  'enrichment.review.datasetGone': 'Таңдалған деректер жинағы енді тіркелмеген. Артқа оралып, басқасын таңдаңыз.',
} as const satisfies Translation<typeof english>;
