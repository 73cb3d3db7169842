/** The simulated organization's people and groups. */
import { AddressRegistry } from './addressRegistry.js';
import { guid } from './ids.js';
import { FIRST_NAMES, LAST_NAMES, localPartOf, ORGANIZATION_DOMAIN, slug } from './names.js';
import { apportion, type SeededRandom } from './random.js';
import type { SimulatedGroup, SimulatedUser } from './tenantModel.js';

interface Department {
  name: string;
  /** Share of the staff. */
  share: number;
  /** Share of a person's email that is with customers. */
  accountFocus: number;
}

const DEPARTMENTS: readonly Department[] = [
  { name: 'Sales', share: 0.3, accountFocus: 0.65 },
  { name: 'Customer Success', share: 0.2, accountFocus: 0.5 },
  { name: 'Marketing', share: 0.1, accountFocus: 0.2 },
  { name: 'Engineering', share: 0.24, accountFocus: 0.08 },
  { name: 'Finance', share: 0.08, accountFocus: 0.05 },
  { name: 'Leadership', share: 0.08, accountFocus: 0.3 },
];

/** A user plus what the simulator needs to know about how they work. */
export interface Colleague {
  user: SimulatedUser;
  department: string;
  accountFocus: number;
  monitored: boolean;
}

export interface Directory {
  colleagues: Colleague[];
  /** Colleagues with a mailbox: the only ones who send, receive or meet. */
  mailboxUsers: Colleague[];
  groups: SimulatedGroup[];
}

export function generateDirectory(
  rng: SeededRandom,
  registry: AddressRegistry,
  counts: { users: number; monitoredMailboxes: number; groups: number },
): Directory {
  const userCount = counts.users;
  const monitoredCount = counts.monitoredMailboxes;
  const colleagues = generateColleagues(rng, userCount, registry);
  const withoutMailbox = Math.min(Math.round(userCount / 10), userCount - monitoredCount);
  for (const colleague of rng.sample(colleagues, withoutMailbox)) colleague.user.hasMailbox = false;
  const mailboxUsers = colleagues.filter((colleague) => colleague.user.hasMailbox);
  for (const colleague of customerFacingFirst(rng, mailboxUsers).slice(0, monitoredCount)) colleague.monitored = true;
  return { colleagues, mailboxUsers, groups: generateGroups(rng, registry, colleagues, counts.groups) };
}

function generateColleagues(rng: SeededRandom, count: number, registry: AddressRegistry): Colleague[] {
  const departments = apportion(count, DEPARTMENTS.map((department) => department.share))
    .flatMap((size, index) => Array.from({ length: size }, () => DEPARTMENTS[index]!));
  return rng.shuffle(departments).map((department) => {
    const [first, last] = unusedName(rng, registry);
    const user: SimulatedUser = {
      id: guid(rng),
      address: registry.claim(localPartOf(first, last), ORGANIZATION_DOMAIN),
      displayName: `${first} ${last}`,
      hasMailbox: true,
    };
    return { user, department: department.name, accountFocus: department.accountFocus, monitored: false };
  });
}

/** A first and last name whose address is still free, when a few tries find one. */
function unusedName(rng: SeededRandom, registry: AddressRegistry): [string, string] {
  let name: [string, string] = [rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)];
  for (let attempt = 0; attempt < 10 && registry.isTaken(localPartOf(...name), ORGANIZATION_DOMAIN); attempt++) {
    name = [rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)];
  }
  return name;
}

/**
 * A random order in which customer-facing people tend to come first (weighted sampling
 * without replacement: sort by u^(1/weight)), as an admin would monitor them first.
 */
function customerFacingFirst(rng: SeededRandom, colleagues: readonly Colleague[]): Colleague[] {
  return colleagues
    .map((colleague) => ({ colleague, key: rng.next() ** (1 / (1 + 4 * colleague.accountFocus)) }))
    .sort((a, b) => b.key - a.key)
    .map((entry) => entry.colleague);
}

interface GroupPlan {
  displayName: string;
  members: (colleagues: readonly Colleague[]) => Colleague[];
}

const byDepartment = (name: string) => (colleagues: readonly Colleague[]) =>
  colleagues.filter((colleague) => colleague.department === name);

/** Groups after the first; "Customer Facing" (the first) nests "Sales" and "Customer Success". */
const GROUP_PLANS: readonly GroupPlan[] = [
  { displayName: 'Sales', members: byDepartment('Sales') },
  { displayName: 'Customer Success', members: byDepartment('Customer Success') },
  { displayName: 'All Staff', members: (colleagues) => [...colleagues] },
  { displayName: 'Engineering', members: byDepartment('Engineering') },
  { displayName: 'Marketing', members: byDepartment('Marketing') },
  { displayName: 'Finance', members: byDepartment('Finance') },
  { displayName: 'Leadership', members: byDepartment('Leadership') },
];
const NESTED_IN_CUSTOMER_FACING = 2;

function generateGroups(rng: SeededRandom, registry: AddressRegistry, colleagues: readonly Colleague[], count: number): SimulatedGroup[] {
  if (count === 0) return [];
  const group = (displayName: string, memberIds: string[]): SimulatedGroup => ({
    id: guid(rng),
    address: registry.claim(slugWithDashes(displayName), ORGANIZATION_DOMAIN),
    displayName,
    memberIds,
  });
  const customerFacing = group('Customer Facing', byDepartment('Leadership')(colleagues).map((colleague) => colleague.user.id));
  const others: SimulatedGroup[] = [];
  for (let index = 0; index < count - 1; index++) {
    const plan = GROUP_PLANS[index];
    const members = plan ? plan.members(colleagues) : rng.sample(colleagues, rng.int(2, Math.min(12, colleagues.length)));
    const displayName = plan ? plan.displayName : `Project ${index - GROUP_PLANS.length + 1}`;
    others.push(group(displayName, members.map((colleague) => colleague.user.id)));
  }
  customerFacing.memberIds.push(...others.slice(0, NESTED_IN_CUSTOMER_FACING).map((nested) => nested.id));
  return [customerFacing, ...others];
}

function slugWithDashes(text: string): string {
  return text.toLowerCase().split(/\s+/).map(slug).join('-');
}
