import type { Account, Contact, CustomerDataset } from '../../engagement/customers.js';
import { normalizeAddress } from '../../engagement/activity.js';
import { splitDomainList } from '../../engagement/attribution.js';
import { validEmailOrNull } from './emailValidation.js';
import type { ColumnIndexes } from './fieldMapping.js';
import type { CsvRecord } from './csvRecords.js';

/** Each `…Lines` list of the report holds the first of these many 1-based CSV line numbers, at most. */
export const REPORT_EXAMPLE_LINES = 5;

/** What loading the dataset found. */
export interface DatasetReport {
  /** Data rows read (blank lines not included). */
  rows: number;
  contacts: number;
  accounts: number;
  /** Rows whose email is present but breaks the address rule; the row's account still counts. */
  invalidEmails: number;
  invalidEmailLines: number[];
  /** Rows with an empty email cell; the row's account still counts. */
  missingEmails: number;
  missingEmailLines: number[];
  /** Rows repeating an (email, account id) pair already seen; the repeat adds no contact. */
  duplicateContacts: number;
  duplicateContactLines: number[];
  /** Rows with an empty account id; such a row is ignored entirely. */
  missingAccountIds: number;
  missingAccountIdLines: number[];
}

interface AccountDraft {
  id: string;
  name: string | null;
  domains: Set<string>;
  owner: string | null;
  /** The emails of its contacts so far, to spot repeated contacts. */
  emails: Set<string>;
}


/** Folds CSV rows, in file order, into the customer dataset and its load report. */
export class CustomerDatasetBuilder {
  private readonly accounts = new Map<string, AccountDraft>();
  private readonly contacts: Contact[] = [];
  private readonly report: DatasetReport = {
    rows: 0,
    contacts: 0,
    accounts: 0,
    invalidEmails: 0,
    invalidEmailLines: [],
    missingEmails: 0,
    missingEmailLines: [],
    duplicateContacts: 0,
    duplicateContactLines: [],
    missingAccountIds: 0,
    missingAccountIdLines: [],
  };

  constructor(private readonly columns: ColumnIndexes) {}

  get rows(): number {
    return this.report.rows;
  }

  addRow({ line, fields }: CsvRecord): void {
    this.report.rows++;
    const accountId = cell(fields, this.columns.accountId).trim();
    if (accountId === '') {
      this.report.missingAccountIds++;
      noteExample(this.report.missingAccountIdLines, line);
      return;
    }
    const account = this.accountFor(accountId);
    this.addAccountDetails(account, fields);
    this.addContact(account, cell(fields, this.columns.email), line);
  }

  finish(): { dataset: CustomerDataset; report: DatasetReport } {
    const accounts: Account[] = [...this.accounts.values()].map((draft) => ({
      id: draft.id,
      name: draft.name ?? draft.id,
      domains: [...draft.domains],
      owner: draft.owner,
    }));
    const report = { ...this.report, contacts: this.contacts.length, accounts: accounts.length };
    return { dataset: { accounts, contacts: this.contacts }, report };
  }

  private accountFor(id: string): AccountDraft {
    let account = this.accounts.get(id);
    if (account === undefined) {
      account = { id, name: null, domains: new Set(), owner: null, emails: new Set() };
      this.accounts.set(id, account);
    }
    return account;
  }

  private addAccountDetails(account: AccountDraft, fields: readonly string[]): void {
    if (account.name === null && this.columns.accountName !== null) {
      const name = cell(fields, this.columns.accountName).trim();
      if (name !== '') account.name = name;
    }
    if (account.owner === null && this.columns.owner !== null) {
      const owner = normalizeAddress(cell(fields, this.columns.owner));
      if (owner !== '') account.owner = owner;
    }
    if (this.columns.domain !== null) {
      for (const domain of splitDomainList(cell(fields, this.columns.domain))) account.domains.add(domain);
    }
  }

  private addContact(account: AccountDraft, rawEmail: string, line: number): void {
    if (rawEmail.trim() === '') {
      this.report.missingEmails++;
      noteExample(this.report.missingEmailLines, line);
      return;
    }
    const email = validEmailOrNull(rawEmail);
    if (email === null) {
      this.report.invalidEmails++;
      noteExample(this.report.invalidEmailLines, line);
      return;
    }
    if (account.emails.has(email)) {
      this.report.duplicateContacts++;
      noteExample(this.report.duplicateContactLines, line);
      return;
    }
    account.emails.add(email);
    this.contacts.push({ email, accountId: account.id });
  }
}

function cell(fields: readonly string[], index: number): string {
  return fields[index] ?? '';
}

function noteExample(lines: number[], line: number): void {
  if (lines.length < REPORT_EXAMPLE_LINES) lines.push(line);
}
