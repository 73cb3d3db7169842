/** Tie strength, "knows", and the who-knows-whom ranking (engagement-spec.md section 5). */
import { DAY_MS, type Timestamp } from './activity.js';
import { INTERNAL } from './attribution.js';
import { isCountedMeeting, type ActivityIndex } from './interactions.js';
import { GrowableFloat64Array, GrowableInt32Array } from './growableArrays.js';
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

const SENT = 1;
const RECEIVED = 2;
const MET = 4;

/** Ties in typed-array columns, found by external person then internal person. */
export class TieTable {
  private readonly rows = new Map<number, Map<number, number>>();
  private readonly internal = new GrowableInt32Array();
  private readonly external = new GrowableInt32Array();
  private readonly strength = new GrowableFloat64Array();
  private readonly last = new GrowableFloat64Array();
  private readonly flags = new GrowableInt32Array();

  add(internal: number, external: number, value: number, time: Timestamp, how: 'sent' | 'received' | 'meeting'): void {
    let byInternal = this.rows.get(external);
    if (!byInternal) this.rows.set(external, (byInternal = new Map()));
    let row = byInternal.get(internal);
    if (row === undefined) {
      row = this.internal.length;
      byInternal.set(internal, row);
      this.internal.push(internal);
      this.external.push(external);
      this.strength.push(0);
      this.last.push(time);
      this.flags.push(0);
    }
    this.strength.set(row, this.strength.get(row) + value);
    this.last.set(row, Math.max(this.last.get(row), time));
    this.flags.set(row, this.flags.get(row) | (how === 'sent' ? SENT : how === 'received' ? RECEIVED : MET));
  }

  private tieAt(row: number): Tie {
    const flags = this.flags.get(row);
    return {
      internal: this.internal.get(row), external: this.external.get(row), strength: this.strength.get(row),
      sentToExternal: (flags & SENT) !== 0, receivedFromExternal: (flags & RECEIVED) !== 0, sharedMeeting: (flags & MET) !== 0,
      lastInteraction: this.last.get(row),
    };
  }

  get(internal: number, external: number): Tie | undefined {
    const row = this.rows.get(external)?.get(internal);
    return row === undefined ? undefined : this.tieAt(row);
  }

  /** The ties of one external person. */
  of(external: number): Tie[] {
    return [...(this.rows.get(external)?.values() ?? [])].map((row) => this.tieAt(row));
  }

  *all(): IterableIterator<Tie> {
    for (let row = 0; row < this.internal.length; row++) yield this.tieAt(row);
  }

  get size(): number {
    return this.internal.length;
  }
}

/**
 * Ties over the counted emails and meetings in the window (each once), whether or not
 * the external person is attributed to an account.
 */
export function computeTies(index: ActivityIndex): TieTable {
  const { fold, classOf, asOf } = index;
  const window = dataWindow(asOf);
  const ties = new TieTable();
  const decay = (time: Timestamp) => 2 ** (-(asOf - time) / DAY_MS / TIE_HALF_LIFE_DAYS);

  for (const email of fold.emailRecordsInTimeOrder()) {
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
  for (const meeting of fold.meetingRecordsInTimeOrder()) {
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
  // In address order, so that each introducer's total is summed in the same order every run.
  const byAddress = [...externals].sort((a, b) => compareText(index.addresses.address(a), index.addresses.address(b)));
  for (const external of byAddress) {
    const withAddress = index.addresses.address(external);
    for (const tie of ties.of(external)) {
      if (!knows(tie)) continue;
      const address = index.addresses.address(tie.internal);
      if (!isAllowed(address)) continue;
      const known = byInternal.get(tie.internal);
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
  return [...byInternal.values()].sort((a, b) => b.strongest - a.strongest || b.total - a.total || compareText(a.internal, b.internal));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
