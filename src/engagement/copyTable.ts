/**
 * One row per distinct email or meeting: the copy chosen so far, in typed-array columns.
 * Emails and meetings share the shape: an id, a time, an owner (sender or organizer), a
 * mailbox and tier for the copy rule, a list of people, and one kind-specific number each.
 */
import { GrowableFloat64Array, GrowableInt32Array } from './growableArrays.js';

export interface Copy {
  time: number;
  /** A meeting's end; 0 for emails. */
  end: number;
  /** Sender or organizer (address id). */
  owner: number;
  /** An email's conversation id, a meeting's flags. */
  detail: number;
  mailbox: number;
  tier: number;
  /** Recipients, or participants (address ids, distinct). */
  people: readonly number[];
}

export interface CopyTableSnapshot {
  ids: string[];
  time: number[];
  end: number[];
  owner: number[];
  detail: number[];
  mailbox: number[];
  tier: number[];
  peopleStart: number[];
  peopleCount: number[];
  people: number[];
}

const COLUMNS = ['time', 'end', 'owner', 'detail', 'mailbox', 'tier', 'peopleStart', 'peopleCount', 'people'] as const;

export class CopyTable {
  readonly ids: string[] = [];
  private readonly rowById = new Map<string, number>();
  readonly time = new GrowableFloat64Array();
  readonly end = new GrowableFloat64Array();
  readonly owner = new GrowableInt32Array();
  readonly detail = new GrowableInt32Array();
  readonly mailbox = new GrowableInt32Array();
  readonly tier = new GrowableInt32Array();
  private readonly peopleStart = new GrowableInt32Array();
  private readonly peopleCount = new GrowableInt32Array();
  private readonly peoplePool = new GrowableInt32Array();

  get size(): number {
    return this.ids.length;
  }

  /** Every row, by time and then by id: an order that does not depend on reading order. */
  rowsInTimeOrder(): Int32Array {
    const rows = new Int32Array(this.size);
    for (let row = 0; row < rows.length; row++) rows[row] = row;
    const time = this.time;
    const ids = this.ids;
    return rows.sort((a, b) => time.get(a) - time.get(b) || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  }

  rowOf(id: string): number | undefined {
    return this.rowById.get(id);
  }

  people(row: number): Int32Array {
    return this.peoplePool.view(this.peopleStart.get(row), this.peopleCount.get(row));
  }

  add(id: string, copy: Copy): void {
    this.rowById.set(id, this.ids.length);
    this.ids.push(id);
    this.time.push(copy.time);
    this.end.push(copy.end);
    this.owner.push(copy.owner);
    this.detail.push(copy.detail);
    this.mailbox.push(copy.mailbox);
    this.tier.push(copy.tier);
    this.peopleStart.push(this.peoplePool.length);
    this.peopleCount.push(copy.people.length);
    for (const person of copy.people) this.peoplePool.push(person);
  }

  /** Replaces a row's copy with a better one (the old people stay in the pool, unreferenced). */
  replace(row: number, copy: Copy): void {
    this.time.set(row, copy.time);
    this.end.set(row, copy.end);
    this.owner.set(row, copy.owner);
    this.detail.set(row, copy.detail);
    this.mailbox.set(row, copy.mailbox);
    this.tier.set(row, copy.tier);
    this.peopleStart.set(row, this.peoplePool.length);
    this.peopleCount.set(row, copy.people.length);
    for (const person of copy.people) this.peoplePool.push(person);
  }

  copyAt(row: number): Copy {
    return {
      time: this.time.get(row), end: this.end.get(row), owner: this.owner.get(row), detail: this.detail.get(row),
      mailbox: this.mailbox.get(row), tier: this.tier.get(row), people: Array.from(this.people(row)),
    };
  }

  /** The columns as plain arrays; people are compacted (copies replaced by better ones leave gaps in the pool). */
  toSnapshot(): CopyTableSnapshot {
    const peopleStart: number[] = [];
    const peopleCount: number[] = [];
    const people: number[] = [];
    for (let row = 0; row < this.size; row++) {
      peopleStart.push(people.length);
      const rowPeople = this.people(row);
      peopleCount.push(rowPeople.length);
      for (const person of rowPeople) people.push(person);
    }
    return {
      ids: [...this.ids], time: this.time.toArray(), end: this.end.toArray(), owner: this.owner.toArray(), detail: this.detail.toArray(),
      mailbox: this.mailbox.toArray(), tier: this.tier.toArray(), peopleStart, peopleCount, people,
    };
  }

  static fromSnapshot(snapshot: CopyTableSnapshot): CopyTable {
    const table = new CopyTable();
    for (const column of COLUMNS) if (!Array.isArray(snapshot[column])) throw new RangeError(`fold snapshot lacks the ${column} column`);
    snapshot.ids.forEach((id, row) => {
      const start = snapshot.peopleStart[row]!;
      table.add(id, {
        time: snapshot.time[row]!, end: snapshot.end[row]!, owner: snapshot.owner[row]!, detail: snapshot.detail[row]!,
        mailbox: snapshot.mailbox[row]!, tier: snapshot.tier[row]!, people: snapshot.people.slice(start, start + snapshot.peopleCount[row]!),
      });
    });
    return table;
  }
}
