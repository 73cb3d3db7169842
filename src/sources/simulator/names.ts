/** The fictional names the simulator draws from: people, companies, senders of noise. */
import type { SeededRandom } from './random.js';

export const ORGANIZATION_NAME = 'Northwind Traders';
export const ORGANIZATION_DOMAIN = 'northwind.example';
/** Every Entra tenant also has its initial `*.onmicrosoft.com` domain. */
export const INITIAL_DOMAIN = 'northwindtraders.onmicrosoft.com';

export const FIRST_NAMES: readonly string[] = [
  'Aaliyah', 'Adele', 'Ahmed', 'Aiko', 'Alex', 'Amara', 'Andrea', 'Anton', 'Arjun', 'Beatriz', 'Ben', 'Bianca',
  'Camille', 'Carlos', 'Chen', 'Chloe', 'Dana', 'Daniel', 'Diego', 'Elena', 'Emeka', 'Emma', 'Farah', 'Felix',
  'Grace', 'Hana', 'Hugo', 'Ines', 'Isaac', 'Ivan', 'Jamal', 'Jana', 'Jonas', 'Julia', 'Kai', 'Karin', 'Kenji',
  'Lars', 'Layla', 'Leo', 'Lucia', 'Malik', 'Maria', 'Mateo', 'Mei', 'Nadia', 'Nikhil', 'Nora', 'Omar', 'Olga',
  'Pablo', 'Priya', 'Rafael', 'Rosa', 'Samir', 'Sara', 'Sofia', 'Tariq', 'Tomas', 'Uma', 'Valentina', 'Victor',
  'Wei', 'Yara', 'Yusuf', 'Zoe',
];

export const LAST_NAMES: readonly string[] = [
  'Abebe', 'Alvarez', 'Andersen', 'Bauer', 'Bianchi', 'Brooks', 'Castillo', 'Chowdhury', 'Costa', 'Dubois',
  'Eriksson', 'Fischer', 'Garcia', 'Haddad', 'Hansen', 'Ito', 'Ivanova', 'Jensen', 'Kaur', 'Kim', 'Kowalski',
  'Larsen', 'Lindqvist', 'Mendes', 'Moreau', 'Murphy', 'Nakamura', 'Novak', 'Nowak', 'Okafor', 'Olsen', 'Patel',
  'Petrov', 'Quinn', 'Rahman', 'Reyes', 'Rossi', 'Sato', 'Schmidt', 'Silva', 'Singh', 'Suzuki', 'Tanaka',
  'Torres', 'Van Dijk', 'Vargas', 'Wagner', 'Walsh', 'Weber', 'Wong', 'Yamamoto', 'Zhang', 'Zielinski',
];

export interface CompanyName {
  name: string;
  domain: string;
}

/** Microsoft's well-known fictional companies, on reserved `.example` domains. */
export const FICTIONAL_COMPANIES: readonly CompanyName[] = [
  { name: 'Fabrikam', domain: 'fabrikam.example' },
  { name: 'Contoso', domain: 'contoso.example' },
  { name: 'Adventure Works', domain: 'adventure-works.example' },
  { name: 'Tailspin Toys', domain: 'tailspintoys.example' },
  { name: 'Litware', domain: 'litwareinc.example' },
  { name: 'Woodgrove Bank', domain: 'woodgrovebank.example' },
  { name: 'Alpine Ski House', domain: 'alpineskihouse.example' },
  { name: 'Coho Winery', domain: 'cohowinery.example' },
  { name: 'Proseware', domain: 'proseware.example' },
  { name: 'Wide World Importers', domain: 'wideworldimporters.example' },
  { name: 'Fourth Coffee', domain: 'fourthcoffee.example' },
  { name: 'Lucerne Publishing', domain: 'lucernepublishing.example' },
  { name: "Margie's Travel", domain: 'margiestravel.example' },
  { name: 'Trey Research', domain: 'treyresearch.example' },
  { name: 'Wingtip Toys', domain: 'wingtiptoys.example' },
  { name: 'Blue Yonder Airlines', domain: 'blueyonderairlines.example' },
  { name: 'City Power & Light', domain: 'cpandl.example' },
  { name: 'Humongous Insurance', domain: 'humongousinsurance.example' },
  { name: 'Consolidated Messenger', domain: 'consolidatedmessenger.example' },
  { name: 'Southridge Video', domain: 'southridgevideo.example' },
  { name: 'Relecloud', domain: 'relecloud.example' },
  { name: 'A. Datum Corporation', domain: 'adatum.example' },
  { name: 'Lamna Healthcare', domain: 'lamnahealthcare.example' },
  { name: 'Fincher Architects', domain: 'fincherarchitects.example' },
  { name: 'First Up Consultants', domain: 'firstupconsultants.example' },
  { name: 'Tailwind Traders', domain: 'tailwindtraders.example' },
  { name: 'VanArsdel', domain: 'vanarsdel.example' },
  { name: 'Graphic Design Institute', domain: 'graphicdesigninstitute.example' },
  { name: 'Bellows College', domain: 'bellowscollege.example' },
  { name: 'Nod Publishers', domain: 'nodpublishers.example' },
];

const NAME_SYLLABLES: readonly string[] = [
  'al', 'bar', 'bel', 'cor', 'dan', 'del', 'fen', 'gal', 'hal', 'is', 'jor', 'kel', 'lum', 'mar', 'nex', 'nor',
  'ol', 'pra', 'quin', 'ros', 'sol', 'tor', 'ul', 'ven', 'wyn', 'zan', 'tek', 'vor', 'lin', 'mira',
];

const COMPANY_KINDS: readonly string[] = [
  'Systems', 'Logistics', 'Foods', 'Labs', 'Energy', 'Health', 'Industries', 'Partners', 'Media', 'Motors',
  'Analytics', 'Pharma', 'Retail', 'Capital', 'Robotics',
];

/** A made-up company such as "Korvel Analytics" on `korvel.example`. */
export function inventedCompany(rng: SeededRandom): CompanyName {
  const syllableCount = rng.chance(0.7) ? 2 : 3;
  const stem = Array.from({ length: syllableCount }, () => rng.pick(NAME_SYLLABLES)).join('');
  const name = `${stem[0]!.toUpperCase()}${stem.slice(1)} ${rng.pick(COMPANY_KINDS)}`;
  return { name, domain: `${stem}.example` };
}

export const DIVISION_SUFFIXES: readonly string[] = ['Research', 'Retail', 'Services', 'International'];

export const SUBDOMAIN_PREFIXES: readonly string[] = ['eu', 'us', 'uk', 'apac', 'emea', 'de'];

export const PUBLIC_PROVIDER_DOMAINS: readonly string[] = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com'];

/** Newsletters, vendors and services that write to employees; none of them is a customer. */
export const NOISE_SENDERS: readonly string[] = [
  'newsletter@techdigest.example',
  'noreply@travelbooking.example',
  'billing@cloudhosting.example',
  'events@conferencehub.example',
  'jobs@talentboard.example',
  'no-reply@expensetool.example',
  'support@officesupplies.example',
  'updates@industryweekly.example',
];

/** A local part such as "maria.garcia" from "Maria", "Van Dijk". */
export function localPartOf(first: string, last: string): string {
  return `${slug(first)}.${slug(last)}`;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export function isOrganizationAddress(address: string): boolean {
  return address.endsWith(`@${ORGANIZATION_DOMAIN}`);
}

/** Firms employees deal with that are not customers: advisers, suppliers, contractors. */
export const OUTSIDE_FIRM_DOMAINS: readonly string[] = [
  'legalpartners.example', 'auditandtax.example', 'printshop.example', 'contractorhub.example', 'eventvenues.example',
];
