/** What the mail and meeting generators share: the people, the accounts and the calendar. */
import type { AddressRegistry } from './addressRegistry.js';
import type { SimulatedAccount, Timeline } from './customerGenerator.js';
import type { Colleague } from './directory.js';
import type { IdFactory } from './ids.js';
import type { SeededRandom } from './random.js';
import type { TenantSizes } from './tenantModel.js';

export interface SimulationContext {
  rng: SeededRandom;
  ids: IdFactory;
  timeline: Timeline;
  sizes: TenantSizes;
  /** Colleagues with a mailbox: the only ones who send, receive or meet. */
  mailboxUsers: readonly Colleague[];
  /** In rank order: the most engaged first. */
  accounts: readonly SimulatedAccount[];
  registry: AddressRegistry;
}
