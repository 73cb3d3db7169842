/**
 * A deterministic demo tenant: a company, its customers, and a year and a month of its
 * email and calendars (plus 90 days of scheduled meetings), all decided by the seed.
 */
import { DAY_MS, type Timestamp } from '../../engagement/activity.js';
import { AddressRegistry } from './addressRegistry.js';
import type { SimulationContext } from './context.js';
import { customerDataset, generateCustomers, type Timeline } from './customerGenerator.js';
import { generateDirectory } from './directory.js';
import { guid, IdFactory } from './ids.js';
import { MailboxStore } from './mailboxStore.js';
import { generateMail } from './mailGenerator.js';
import { generateMeetings } from './meetingGenerator.js';
import { INITIAL_DOMAIN, ORGANIZATION_DOMAIN, ORGANIZATION_NAME } from './names.js';
import { SeededRandom } from './random.js';
import type { SimulatedTenant, TenantSizes } from './tenantModel.js';

export const DEFAULT_TENANT_SIZES: Readonly<TenantSizes> = Object.freeze({
  users: 40,
  monitoredMailboxes: 30,
  groups: 4,
  accounts: 60,
  contactsPerAccount: Object.freeze({ min: 3, max: 6 }),
  emailsPerUserPerYear: 600,
  meetingsPerUserPerYear: 80,
});

/** Items reach back over the 365-day window and the 30 days before it (for health trends). */
export const HISTORY_DAYS = 395;
/** Meetings are scheduled up to this many days after `asOf`. */
export const FUTURE_DAYS = 90;

export interface TenantOptions {
  seed: number;
  asOf: Timestamp;
  sizes?: Partial<TenantSizes>;
}

export function generateTenant(options: TenantOptions): SimulatedTenant {
  const sizes = resolveSizes(options.sizes);
  if (!Number.isFinite(options.seed)) throw new RangeError('seed must be a finite number');
  if (!Number.isFinite(options.asOf)) throw new RangeError('asOf must be a finite timestamp');
  const asOf = Math.floor(options.asOf);
  const timeline: Timeline = { asOf, historyStart: asOf - HISTORY_DAYS * DAY_MS, horizon: asOf + FUTURE_DAYS * DAY_MS };
  const rng = new SeededRandom(options.seed);
  const tenantId = guid(rng);
  const registry = new AddressRegistry();
  const directory = generateDirectory(rng.fork('directory'), registry, sizes);
  const accounts = generateCustomers(rng.fork('customers'), registry, sizes, timeline, directory.mailboxUsers);
  const context = (label: string): SimulationContext => {
    const forked = rng.fork(label);
    return { rng: forked, ids: new IdFactory(forked.fork('ids')), timeline, sizes, mailboxUsers: directory.mailboxUsers, accounts, registry };
  };
  const messages = generateMail(context('mail'));
  const meetings = generateMeetings(context('meetings'));

  const store = new MailboxStore(directory.colleagues.filter((colleague) => colleague.monitored).map((colleague) => colleague.user.address));
  for (const message of messages) store.addMessage(message);
  for (const meeting of meetings) store.addMeeting(meeting);

  return {
    seed: options.seed,
    asOf,
    sizes,
    tenantId,
    organizationName: ORGANIZATION_NAME,
    organizationDomains: [ORGANIZATION_DOMAIN, INITIAL_DOMAIN],
    users: directory.colleagues.map((colleague) => colleague.user),
    groups: directory.groups,
    dataset: customerDataset(accounts),
    mailboxes: () => store.mailboxes(),
    mailboxItems: (address) => store.items(address),
  };
}

/** The defaults overridden by what is given; throws a RangeError for sizes that cannot make a tenant. */
export function resolveSizes(overrides: Partial<TenantSizes> = {}): TenantSizes {
  const sizes: TenantSizes = {
    ...DEFAULT_TENANT_SIZES,
    ...overrides,
    contactsPerAccount: { ...(overrides.contactsPerAccount ?? DEFAULT_TENANT_SIZES.contactsPerAccount) },
  };
  const wholeNumber = (name: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
  };
  wholeNumber('users', sizes.users, 2);
  wholeNumber('monitoredMailboxes', sizes.monitoredMailboxes, 2);
  wholeNumber('groups', sizes.groups, 0);
  wholeNumber('accounts', sizes.accounts, 0);
  wholeNumber('contactsPerAccount.min', sizes.contactsPerAccount.min, 1);
  wholeNumber('contactsPerAccount.max', sizes.contactsPerAccount.max, sizes.contactsPerAccount.min);
  if (!(sizes.emailsPerUserPerYear >= 0)) throw new RangeError(`emailsPerUserPerYear must be 0 or more, got ${sizes.emailsPerUserPerYear}`);
  if (!(sizes.meetingsPerUserPerYear >= 0)) throw new RangeError(`meetingsPerUserPerYear must be 0 or more, got ${sizes.meetingsPerUserPerYear}`);
  if (sizes.monitoredMailboxes > sizes.users) {
    throw new RangeError(`monitoredMailboxes (${sizes.monitoredMailboxes}) cannot exceed users (${sizes.users})`);
  }
  return sizes;
}
