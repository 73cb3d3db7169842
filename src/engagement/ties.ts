/** Tie strength, "knows", and the who-knows-whom ranking (engagement-spec.md section 5). */
import { DAY_MS, type Timestamp } from './activity.js';
import { INTERNAL } from './attribution.js';
import { isCountedMeeting, type ActivityIndex } from './interactions.js';
import { dataWindow } from './periods.js';

const TIE_HALF_LIFE_DAYS = 180;
const MASS_MAIL_ALLOWANCE = 9;
export const KNOWS_THRESHOLD = 1;

export interface Tie {
  /** Address ids in the fold's address book. */
  internal: number;
  external: number;
  strength: number;
  sentToExternal: boolean;
  receivedFromExternal: boolean;
  sharedMeeting: boolean;
  lastInteraction: Timestamp;
}

/** `u` knows `p`: a tie of at least 1, and emails both ways or a shared meeting. */
export function knows(tie: Tie): boolean {
  return tie.strength >= KNOWS_THRESHOLD && ((tie.sentToExternal && tie.receivedFromExternal) || tie.sharedMeeting);
}

/** Damps mass mail and large meetings: `1 / max(1, n - 9)`. */
function damping(count: number): number {
  return 1 / Math.max(1, count - MASS_MAIL_ALLOWANCE);
}

export class TieTable {
  private readonly byPair = new Map<number, Tie>();
  private readonly byExternal = new Map<number, Tie[]>();

  constructor(private readonly addressCount: number) {}

  add(internal: number, external: number, value: number, time: Timestamp, how: 'sent' | 'received' | 'meeting'): void {
    const key = internal * this.addressCount + external;
    let tie = this.byPair.get(key);
    if (!tie) {
      tie = { internal, external, strength: 0, sentToExternal: false, receivedFromExternal: false, sharedMeeting: false, lastInteraction: time };
      this.byPair.set(key, tie);
      let list = this.byExternal.get(external);
      if (!list) this.byExternal.set(external, (list = []));
      list.push(tie);
    }
    tie.strength += value;
    tie.lastInteraction = Math.max(tie.lastInteraction, time);
    if (how === 'sent') tie.sentToExternal = true;
    else if (how === 'received') tie.receivedFromExternal = true;
    else tie.sharedMeeting = true;
  }

  get(internal: number, external: number): Tie | undefined {
    return this.byPair.get(internal * this.addressCount + external);
  }

  /** The ties of one external person. */
  of(external: number): readonly Tie[] {
    return this.byExternal.get(external) ?? [];
  }

  all(): IterableIterator<Tie> {
    return this.byPair.values();
  }

  get size(): number {
    return this.byPair.size;
  }
}

/**
 * Ties over the counted emails and meetings in the window (each once), whether or not
 * the external person is attributed to an account.
 */
export function computeTies(index: ActivityIndex): TieTable {
  const { fold, classOf, asOf } = index;
  const window = dataWindow(asOf);
  const ties = new TieTable(fold.addresses.size);
  const decay = (time: Timestamp) => 2 ** (-(asOf - time) / DAY_MS / TIE_HALF_LIFE_DAYS);

  for (const email of fold.emailRecords()) {
    if (email.sentAt < window.start) continue;
    const value = damping(email.recipients.length) * decay(email.sentAt);
    if (classOf[email.from] === INTERNAL) {
      for (const recipient of email.recipients) {
        if (classOf[recipient] !== INTERNAL) ties.add(email.from, recipient, value, email.sentAt, 'sent');
      }
    } else {
      for (const recipient of email.recipients) {
        if (classOf[recipient] === INTERNAL) ties.add(recipient, email.from, 1.5 * value, email.sentAt, 'received');
      }
    }
  }
  for (const meeting of fold.meetingRecords()) {
    if (meeting.start < window.start || meeting.start >= asOf || !isCountedMeeting(meeting)) continue;
    const value = 3 * damping(meeting.participants.length) * decay(meeting.start);
    const internals = meeting.participants.filter((id) => classOf[id] === INTERNAL);
    const externals = meeting.participants.filter((id) => classOf[id] !== INTERNAL);
    for (const internal of internals) for (const external of externals) ties.add(internal, external, value, meeting.start, 'meeting');
  }
  return ties;
}

export interface Introducer {
  /** The internal person's address. */
  internal: string;
  /** Their strongest tie with a known person of the account, and with whom. */
  strongest: number;
  strongestWith: string;
  /** The sum of their ties with the account's people they know. */
  total: number;
  lastInteraction: Timestamp;
}

/** Internal people who are never to be suggested (opted out, outside the enabled groups, the asker). */
export type IntroducerFilter = (internalAddress: string) => boolean;

/**
 * Who knows someone at an account (or, given `externals`, one of those people): ranked
 * by strongest tie, then the sum of those ties, then address.
 */
export function whoKnows(index: ActivityIndex, ties: TieTable, externals: Iterable<number>, isAllowed: IntroducerFilter = () => true): Introducer[] {
  const byInternal = new Map<number, Introducer>();
  for (const external of externals) {
    for (const tie of ties.of(external)) {
      if (!knows(tie)) continue;
      const address = index.addresses.address(tie.internal);
      if (!isAllowed(address)) continue;
      const known = byInternal.get(tie.internal);
      const withAddress = index.addresses.address(external);
      if (!known) {
        byInternal.set(tie.internal, { internal: address, strongest: tie.strength, strongestWith: withAddress, total: tie.strength, lastInteraction: tie.lastInteraction });
        continue;
      }
      known.total += tie.strength;
      known.lastInteraction = Math.max(known.lastInteraction, tie.lastInteraction);
      if (tie.strength > known.strongest || (tie.strength === known.strongest && withAddress < known.strongestWith)) {
        known.strongest = tie.strength;
        known.strongestWith = withAddress;
      }
    }
  }
  return [...byInternal.values()].sort(
    (a, b) => b.strongest - a.strongest || b.total - a.total || (a.internal < b.internal ? -1 : a.internal > b.internal ? 1 : 0),
  );
}

/** The address ids attributed to an account. */
export function accountPeople(index: ActivityIndex, accountIndex: number): number[] {
  const people: number[] = [];
  index.classOf.forEach((owner, id) => {
    if (owner === accountIndex) people.push(id);
  });
  return people;
}
