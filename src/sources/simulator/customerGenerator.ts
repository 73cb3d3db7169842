/**
 * The customer accounts: the CRM dataset Rapport is given, and behind it who really writes
 * and meets (contacts, people the CRM does not list), how engaged each account is, and when.
 */
import { DAY_MS, type Timestamp } from '../../engagement/activity.js';
import type { Account, Contact, CustomerDataset } from '../../engagement/customers.js';
import type { AddressRegistry } from './addressRegistry.js';
import type { Colleague } from './directory.js';
import {
  DIVISION_SUFFIXES, FICTIONAL_COMPANIES, FIRST_NAMES, inventedCompany, LAST_NAMES, NOISE_SENDERS,
  ORGANIZATION_DOMAIN, PUBLIC_PROVIDER_DOMAINS, slug, SUBDOMAIN_PREFIXES, type CompanyName,
} from './names.js';
import { WeightedChoice, zipfWeights, type SeededRandom } from './random.js';
import type { TenantSizes } from './tenantModel.js';

export interface SimulatedAccount {
  account: Account;
  /** Where its people's mail is, unless they use a public provider or a subdomain. */
  domain: string;
  /** Relative engagement (power law by rank); 0 for accounts nobody works with. */
  weight: number;
  /** Activity happens only in [activeFrom, activeUntil). */
  activeFrom: Timestamp;
  activeUntil: Timestamp;
  /** The account's contacts as the dataset lists them. */
  contacts: string[];
  /** Everyone at the account who takes part: its contacts, then people the dataset does not list. */
  people: string[];
  peopleWeights: number[];
  /** The colleagues who work the account; the first is its owner. */
  team: Colleague[];
}

export interface Timeline {
  asOf: Timestamp;
  /** The earliest item: the 365-day window plus 30 days before `asOf`. */
  historyStart: Timestamp;
  /** Meetings start before this: `asOf` + 90 days. */
  horizon: Timestamp;
}

const ZIPF_EXPONENT = 1.1;
const PRIMARY_CONTACT_WEIGHT = 3;
const UNLISTED_PERSON_WEIGHT = 0.6;
/** The two most engaged accounts are never given a special role. */
const PROTECTED_TOP_RANKS = 2;

type EmailFormat = (first: string, last: string) => string;
const EMAIL_FORMATS: readonly EmailFormat[] = [
  (first, last) => `${slug(first)}.${slug(last)}`,
  (first, last) => `${slug(first)[0]}${slug(last)}`,
  (first, last) => `${slug(first)}${slug(last)[0]}`,
  (first, last) => `${slug(first)}_${slug(last)}`,
];

/** Special accounts by rank (0 = most engaged); an account has at most one role. */
interface Roles {
  dormant: Set<number>;
  stale: Set<number>;
  recent: Set<number>;
  publicProvider: Set<number>;
  subdomain: Set<number>;
  unlisted: Set<number>;
  /** A division listed as its own account whose people use its host company's domain. */
  sharedDomain: { host: number; division: number } | null;
}

/** Accounts in rank order: index 0 is the most engaged. */
export function generateCustomers(
  rng: SeededRandom,
  registry: AddressRegistry,
  sizes: TenantSizes,
  timeline: Timeline,
  mailboxUsers: readonly Colleague[],
): SimulatedAccount[] {
  const count = sizes.accounts;
  const roles = assignRoles(rng, count);
  const companies = companyNames(rng, count);
  const ids = rng.shuffle(Array.from({ length: count }, (_, index) => `ACC-${10_001 + index}`));
  const weights = zipfWeights(count, ZIPF_EXPONENT);
  const teamCandidates = new WeightedChoice(mailboxUsers, mailboxUsers.map((colleague) => colleague.accountFocus));
  const accounts: SimulatedAccount[] = [];
  for (let rank = 0; rank < count; rank++) {
    const host = roles.sharedDomain?.division === rank ? accounts[roles.sharedDomain.host] : undefined;
    const company = host ? { name: `${host.account.name} ${rng.pick(DIVISION_SUFFIXES)}`, domain: host.domain } : companies[rank]!;
    const team = accountTeam(rng, teamCandidates, mailboxUsers.length, rank);
    const { contacts, unlisted } = accountPeople(rng, registry, company.domain, rng.int(sizes.contactsPerAccount.min, sizes.contactsPerAccount.max), {
      lastContact: roles.publicProvider.has(rank) ? 'publicProvider' : roles.subdomain.has(rank) ? 'subdomain' : 'regular',
      withUnlisted: roles.unlisted.has(rank),
    });
    accounts.push({
      account: {
        id: ids[rank]!,
        name: company.name,
        // The dataset's domain column is filled in for some accounts only; never for the division.
        domains: !host && rng.chance(0.6) ? [company.domain] : [],
        owner: rng.chance(0.95) ? team[0]!.user.address : null,
      },
      domain: company.domain,
      weight: roles.dormant.has(rank) ? 0 : weights[rank]!,
      ...activeRange(rng, rank, roles, timeline),
      contacts,
      people: [...contacts, ...unlisted],
      peopleWeights: [...contacts.map((_, index) => (index === 0 ? PRIMARY_CONTACT_WEIGHT : 1)), ...unlisted.map(() => UNLISTED_PERSON_WEIGHT)],
      team,
    });
  }
  return accounts;
}

/** The dataset a CRM export would give: accounts sorted by id, each one's contacts after it. */
export function customerDataset(accounts: readonly SimulatedAccount[]): CustomerDataset {
  const sorted = [...accounts].sort((a, b) => compareStrings(a.account.id, b.account.id));
  return {
    accounts: sorted.map(({ account }) => ({ ...account, domains: [...account.domains] })),
    contacts: sorted.flatMap(({ account, contacts }) => contacts.map((email): Contact => ({ email, accountId: account.id }))),
  };
}

export function isActiveAt(account: SimulatedAccount, time: Timestamp): boolean {
  return account.weight > 0 && time >= account.activeFrom && time < account.activeUntil;
}

function assignRoles(rng: SeededRandom, count: number): Roles {
  const dormantCount = count >= 3 ? Math.max(1, Math.round(count * 0.08)) : 0;
  const activeCount = count - dormantCount;
  const rangeOf = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
  const roles: Roles = {
    dormant: new Set(rangeOf(activeCount, count)),
    stale: new Set(), recent: new Set(), publicProvider: new Set(), subdomain: new Set(), unlisted: new Set(),
    sharedDomain: null,
  };
  const candidates = rng.shuffle(rangeOf(PROTECTED_TOP_RANKS, activeCount));
  if (activeCount >= 4) {
    // The host is engaged (a low rank); the division comes after it so the host exists first.
    const host = rng.int(1, Math.min(6, activeCount - 2));
    const division = rng.int(host + 1, activeCount - 1);
    roles.sharedDomain = { host, division };
    candidates.splice(0, candidates.length, ...candidates.filter((rank) => rank !== host && rank !== division));
  }
  const take = (target: Set<number>, share: number) => {
    for (const rank of candidates.splice(0, Math.max(1, Math.round(count * share)))) target.add(rank);
  };
  take(roles.stale, 0.1);
  take(roles.unlisted, 0.12);
  take(roles.publicProvider, 0.05);
  take(roles.subdomain, 0.05);
  take(roles.recent, 0.06);
  return roles;
}

function activeRange(rng: SeededRandom, rank: number, roles: Roles, timeline: Timeline): { activeFrom: Timestamp; activeUntil: Timestamp } {
  if (roles.stale.has(rank)) {
    // Quiet for 62 to 200 days: past the default 60-day stale threshold even after day rounding.
    return { activeFrom: timeline.historyStart, activeUntil: timeline.asOf - rng.uniform(62, 200) * DAY_MS };
  }
  if (roles.recent.has(rank)) {
    return { activeFrom: timeline.asOf - rng.uniform(20, 150) * DAY_MS, activeUntil: timeline.horizon };
  }
  return { activeFrom: timeline.historyStart, activeUntil: timeline.horizon };
}

/** The famous fictional names first (the most engaged accounts get them), then invented ones. */
function companyNames(rng: SeededRandom, count: number): CompanyName[] {
  const usedDomains = new Set([ORGANIZATION_DOMAIN, ...NOISE_SENDERS.map((address) => address.slice(address.indexOf('@') + 1))]);
  const names = rng.shuffle(FICTIONAL_COMPANIES).slice(0, count);
  for (const company of names) usedDomains.add(company.domain);
  while (names.length < count) {
    let company = inventedCompany(rng);
    for (let attempt = 0; usedDomains.has(company.domain); attempt++) {
      company = attempt < 20 ? inventedCompany(rng) : numbered(company, attempt);
    }
    usedDomains.add(company.domain);
    names.push(company);
  }
  return names;
}

function numbered(company: CompanyName, serial: number): CompanyName {
  const stem = company.domain.slice(0, company.domain.indexOf('.'));
  return { name: `${company.name} ${serial}`, domain: `${stem}${serial}.example` };
}

/** The owner and a few colleagues, customer-facing people likelier; top accounts get bigger teams. */
function accountTeam(rng: SeededRandom, candidates: WeightedChoice<Colleague>, available: number, rank: number): Colleague[] {
  const size = Math.min(available, 1 + rng.int(0, 2) + (rank < 5 ? 2 : 0));
  const team = new Set<Colleague>();
  while (team.size < size) team.add(candidates.pick(rng));
  return [...team];
}

/**
 * The dataset's contacts, all on one email format of the company's (the last one possibly
 * on a public provider or a subdomain), and people at the company the dataset does not list.
 */
function accountPeople(
  rng: SeededRandom,
  registry: AddressRegistry,
  domain: string,
  contactCount: number,
  options: { lastContact: 'regular' | 'publicProvider' | 'subdomain'; withUnlisted: boolean },
): { contacts: string[]; unlisted: string[] } {
  const format = rng.pick(EMAIL_FORMATS);
  const someoneAt = (where: string) => personAddress(rng, format, where, registry);
  const contacts = Array.from({ length: contactCount }, (_, index) => {
    if (index < contactCount - 1 || options.lastContact === 'regular') return someoneAt(domain);
    return options.lastContact === 'publicProvider' ? publicProviderAddress(rng, registry) : someoneAt(`${rng.pick(SUBDOMAIN_PREFIXES)}.${domain}`);
  });
  const unlisted = options.withUnlisted ? Array.from({ length: rng.int(1, 2) }, () => someoneAt(domain)) : [];
  return { contacts, unlisted };
}

function personAddress(rng: SeededRandom, format: EmailFormat, domain: string, registry: AddressRegistry): string {
  return registry.claim(format(rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)), domain);
}

/** Someone who does business from a personal address, such as `lucia.rossi84@gmail.com`. */
function publicProviderAddress(rng: SeededRandom, registry: AddressRegistry): string {
  const base = `${slug(rng.pick(FIRST_NAMES))}.${slug(rng.pick(LAST_NAMES))}${rng.int(10, 99)}`;
  return registry.claim(base, rng.pick(PUBLIC_PROVIDER_DOMAINS));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
