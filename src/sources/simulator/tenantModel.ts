/** The shape of a simulated Microsoft 365 tenant: its directory, customers and mailboxes. */
import type { ActivityItem, Timestamp } from '../../engagement/activity.js';
import type { CustomerDataset } from '../../engagement/customers.js';

export interface TenantSizes {
  /** Directory users, with or without a mailbox. */
  users: number;
  /** Mailboxes whose items the simulator holds (the ones Rapport is set up to read). */
  monitoredMailboxes: number;
  groups: number;
  accounts: number;
  /** Contacts per account, drawn uniformly from this range (both ends included). */
  contactsPerAccount: { min: number; max: number };
  /** Emails a mailbox user sends or receives per year, roughly (mass mails come on top). */
  emailsPerUserPerYear: number;
  /** Meetings a mailbox user organizes or is invited to per year, roughly. */
  meetingsPerUserPerYear: number;
}

export interface SimulatedUser {
  /** Entra object id: a GUID, deterministic for the seed. */
  id: string;
  address: string;
  displayName: string;
  /** Unlicensed users have no mailbox: they appear in groups but never in mail or meetings. */
  hasMailbox: boolean;
}

export interface SimulatedGroup {
  id: string;
  address: string;
  displayName: string;
  /** Ids of member users and of nested groups. */
  memberIds: string[];
}

export interface SimulatedTenant {
  seed: number;
  asOf: Timestamp;
  sizes: TenantSizes;
  /** Entra tenant id: a GUID, deterministic for the seed. */
  tenantId: string;
  organizationName: string;
  /** Verified domains; the first is the one users' addresses are on. */
  organizationDomains: string[];
  users: SimulatedUser[];
  groups: SimulatedGroup[];
  dataset: CustomerDataset;
  /** The monitored mailboxes' addresses, sorted. Only these hold items. */
  mailboxes(): string[];
  /**
   * Every copy held by one mailbox, oldest first (ties by id), as fresh objects on each
   * call; an address that is not a monitored mailbox holds nothing.
   */
  mailboxItems(address: string): ActivityItem[];
}
