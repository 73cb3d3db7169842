import type { ActivityItem } from '../../../engagement/activity.js';
import type { SimulatedGroup, SimulatedUser } from '../tenantModel.js';

/**
 * The least the server needs to know about a tenant. A SimulatedTenant is one; a benchmark
 * can pass a huge synthetic tenant that builds each mailbox's items only when asked.
 */
export interface MailboxContent {
  tenantId: string;
  users: SimulatedUser[];
  groups: SimulatedGroup[];
  /** Every copy one mailbox holds, oldest first; nothing for an address that is not a monitored mailbox. */
  mailboxItems(address: string): ActivityItem[];
}
