/** A tiny hand-built tenant whose answers can be checked by eye: nested groups (with a cycle) and one big mailbox. */
import type { ActivityItem, MailItem } from '../../../../src/engagement/activity.js';
import type { MailboxContent } from '../../../../src/sources/simulator/server/simulator.js';
import type { SimulatedGroup, SimulatedUser } from '../../../../src/sources/simulator/tenantModel.js';

export const TENANT_ID = '0b5d2c1e-1111-4222-8333-444455556666';

function user(n: number, hasMailbox = true): SimulatedUser {
  return { id: `00000000-0000-4000-8000-00000000000${n}`, address: `user${n}@fabrikam.example`, displayName: `User ${n}`, hasMailbox };
}

export const USERS: SimulatedUser[] = [user(1), user(2), user(3), user(4), user(5), user(6, false)];
const [u1, u2, u3, u4, , u6] = USERS as [SimulatedUser, SimulatedUser, SimulatedUser, SimulatedUser, SimulatedUser, SimulatedUser];

function group(letter: string, memberIds: string[]): SimulatedGroup {
  return { id: `99999999-0000-4000-8000-00000000000${letter}`, address: `group-${letter}@fabrikam.example`, displayName: `Group ${letter.toUpperCase()}`, memberIds };
}

const groupC = group('c', [u4.id, 'cycle-placeholder', u6.id]);
const groupB = group('b', [u3.id, groupC.id, u1.id]);
const groupA = group('a', [u1.id, u2.id, groupB.id]);
groupC.memberIds[1] = groupA.id;
export const GROUPS: SimulatedGroup[] = [groupA, groupB, groupC, group('d', [])];

/** user1's inbox: this many messages from user2, one a minute from START. */
export const BIG_INBOX_SIZE = 1500;
export const START = Date.UTC(2024, 0, 1, 8, 0, 0);

function inboxMessage(index: number): MailItem {
  return {
    kind: 'mail',
    mailbox: u1.address,
    messageId: `<m${index}@fabrikam.example>`,
    conversationId: `conv-${Math.floor(index / 3)}`,
    from: u2.address,
    to: [u1.address],
    cc: [],
    bcc: [],
    sentAt: START + index * 60_000,
    folder: 'inbox',
  };
}

export function handmadeTenant(): MailboxContent & { builds: string[] } {
  const builds: string[] = [];
  return {
    tenantId: TENANT_ID,
    users: USERS,
    groups: GROUPS,
    builds,
    mailboxItems(address: string): ActivityItem[] {
      builds.push(address);
      return address === u1.address ? Array.from({ length: BIG_INBOX_SIZE }, (_, index) => inboxMessage(index)) : [];
    },
  };
}
