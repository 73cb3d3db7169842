/**
 * Who an address belongs to (engagement-spec.md section 1): the organization, exactly one
 * customer account, or nobody.
 */
import { domainAndParents, domainOf, normalizeAddress } from './activity.js';
import type { Account, CustomerDataset } from './customers.js';

/** The shipped public mail providers (spec appendix), matched exactly. */
export const PUBLIC_MAIL_PROVIDERS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'ymail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'proton.me', 'gmx.com',
  'gmx.net', 'mail.com', 'yandex.com', 'zoho.com', 'comcast.net', 'att.net', 'verizon.net',
  'sbcglobal.net', 'earthlink.net',
];

/** `classify` answers an account index (0 or more), or one of these. */
export const INTERNAL = -2;
export const UNATTRIBUTED = -1;

export interface AttributionOptions {
  internalDomains: Iterable<string>;
  /** Public providers added by the admin, on top of the shipped list. */
  extraPublicDomains?: Iterable<string>;
}

export interface Ambiguity {
  /** A domain, or a contact email. */
  key: string;
  accountIds: string[];
}

export interface AttributionReport {
  ambiguousDomains: Ambiguity[];
  ambiguousEmails: Ambiguity[];
}

const AMBIGUOUS = -3;

/** A domain column's value: lower-cased, split on commas, semicolons and white space. */
export function splitDomainList(value: string): string[] {
  return value.toLowerCase().split(/[\s,;]+/).filter((domain) => domain.length > 0);
}

export class Attribution {
  readonly accounts: readonly Account[];
  readonly report: AttributionReport;
  private readonly internalDomains: ReadonlySet<string>;
  private readonly accountByEmail = new Map<string, number>();
  /** Account domain → account index, or AMBIGUOUS when two or more accounts claim it. */
  private readonly accountByDomain = new Map<string, number>();

  constructor(dataset: CustomerDataset, options: AttributionOptions) {
    this.accounts = dataset.accounts;
    this.internalDomains = new Set([...options.internalDomains].map(normalizeAddress));
    const publicDomains = new Set([...PUBLIC_MAIL_PROVIDERS, ...[...(options.extraPublicDomains ?? [])].map(normalizeAddress)]);
    const indexById = new Map(dataset.accounts.map((account, index) => [account.id, index]));

    const accountsByEmail = new Map<string, Set<number>>();
    for (const contact of dataset.contacts) {
      const index = indexById.get(contact.accountId);
      if (index === undefined) continue;
      const email = normalizeAddress(contact.email);
      if (this.isInternal(email)) continue;
      let owners = accountsByEmail.get(email);
      if (!owners) accountsByEmail.set(email, (owners = new Set()));
      owners.add(index);
    }

    const claimsByDomain = new Map<string, Set<number>>();
    const claim = (domain: string, index: number): void => {
      if (domain === '' || publicDomains.has(domain) || this.isInternalDomain(domain)) return;
      let claims = claimsByDomain.get(domain);
      if (!claims) claimsByDomain.set(domain, (claims = new Set()));
      claims.add(index);
    };

    const ambiguousEmails: Ambiguity[] = [];
    for (const [email, owners] of accountsByEmail) {
      const [only] = owners;
      if (owners.size === 1 && only !== undefined) {
        this.accountByEmail.set(email, only);
        claim(domainOf(email), only);
      } else {
        ambiguousEmails.push({ key: email, accountIds: this.idsOf(owners) });
      }
    }
    dataset.accounts.forEach((account, index) => {
      for (const domain of account.domains.flatMap(splitDomainList)) claim(domain, index);
    });

    const ambiguousDomains: Ambiguity[] = [];
    for (const [domain, claims] of claimsByDomain) {
      const [only] = claims;
      if (claims.size === 1 && only !== undefined) {
        this.accountByDomain.set(domain, only);
      } else {
        this.accountByDomain.set(domain, AMBIGUOUS);
        ambiguousDomains.push({ key: domain, accountIds: this.idsOf(claims) });
      }
    }
    const byKey = (a: Ambiguity, b: Ambiguity) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    this.report = { ambiguousDomains: ambiguousDomains.sort(byKey), ambiguousEmails: ambiguousEmails.sort(byKey) };
  }

  /** An address is internal when its domain, or a parent of it, is internal. */
  isInternal(address: string): boolean {
    return this.isInternalDomain(domainOf(address));
  }

  /** INTERNAL, UNATTRIBUTED, or the index of the account in `accounts`. */
  classify(address: string): number {
    const normalized = normalizeAddress(address);
    const domain = domainOf(normalized);
    if (this.isInternalDomain(domain)) return INTERNAL;
    const byEmail = this.accountByEmail.get(normalized);
    if (byEmail !== undefined) return byEmail;
    for (const candidate of domainAndParents(domain)) {
      const decision = this.accountByDomain.get(candidate);
      if (decision !== undefined) return decision === AMBIGUOUS ? UNATTRIBUTED : decision;
    }
    return UNATTRIBUTED;
  }

  /** The account an address is attributed to, if any. */
  accountOf(address: string): Account | null {
    const index = this.classify(address);
    return index >= 0 ? (this.accounts[index] ?? null) : null;
  }

  private isInternalDomain(domain: string): boolean {
    return domainAndParents(domain).some((candidate) => this.internalDomains.has(candidate));
  }

  private idsOf(indexes: Set<number>): string[] {
    return [...indexes].map((index) => this.accounts[index]?.id ?? '').sort();
  }
}
