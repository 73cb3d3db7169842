/** Users and groups by id and address, display names, and groups' transitive members. */
import type { SimulatedGroup, SimulatedUser } from '../tenantModel.js';

export type DirectoryMember = { kind: 'user'; user: SimulatedUser } | { kind: 'group'; group: SimulatedGroup };

export class DirectoryIndex {
  private readonly usersByKey = new Map<string, SimulatedUser>();
  private readonly groupsByKey = new Map<string, SimulatedGroup>();
  private readonly groupsById = new Map<string, SimulatedGroup>();
  private readonly usersById = new Map<string, SimulatedUser>();
  private readonly membersByGroup = new Map<string, DirectoryMember[]>();

  constructor(
    readonly users: readonly SimulatedUser[],
    readonly groups: readonly SimulatedGroup[],
  ) {
    for (const user of users) {
      this.usersById.set(user.id, user);
      this.usersByKey.set(user.id.toLowerCase(), user);
      this.usersByKey.set(user.address.toLowerCase(), user);
    }
    for (const group of groups) {
      this.groupsById.set(group.id, group);
      this.groupsByKey.set(group.id.toLowerCase(), group);
      this.groupsByKey.set(group.address.toLowerCase(), group);
    }
  }

  /** By object id, user principal name or mail (they are the same address here), any case. */
  user(key: string): SimulatedUser | undefined {
    return this.usersByKey.get(key.trim().toLowerCase());
  }

  group(key: string): SimulatedGroup | undefined {
    return this.groupsByKey.get(key.trim().toLowerCase());
  }

  /** The directory's display name for an address; the address itself for people outside it. */
  displayName = (address: string): string => this.usersByKey.get(address.toLowerCase())?.displayName ?? address;

  /**
   * Every user and group below a group, nested groups flattened, each once, breadth first.
   * A cycle back to the group itself lists nothing twice and never the group itself.
   */
  transitiveMembers(group: SimulatedGroup): DirectoryMember[] {
    const cached = this.membersByGroup.get(group.id);
    if (cached) return cached;
    const seen = new Set<string>([group.id]);
    const members: DirectoryMember[] = [];
    const queue: SimulatedGroup[] = [group];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const id of next.memberIds) {
        if (seen.has(id)) continue;
        seen.add(id);
        const user = this.usersById.get(id);
        const nested = this.groupsById.get(id);
        if (user) members.push({ kind: 'user', user });
        else if (nested) {
          members.push({ kind: 'group', group: nested });
          queue.push(nested);
        }
      }
    }
    this.membersByGroup.set(group.id, members);
    return members;
  }
}
