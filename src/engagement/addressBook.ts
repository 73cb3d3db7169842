/** Interns addresses (and other keys) as small integers, so the fold keeps numbers, not strings. */
import { normalizeAddress } from './activity.js';

export class AddressBook {
  private readonly addresses: string[] = [];
  /** Raw spellings and normalized forms both map to the normalized address's id. */
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.addresses.length;
  }

  /** The id of an address as written in an item: normalized once per distinct spelling. */
  idOf(raw: string): number {
    const known = this.ids.get(raw);
    if (known !== undefined) return known;
    const normalized = normalizeAddress(raw);
    let id = this.ids.get(normalized);
    if (id === undefined) {
      id = this.addresses.length;
      this.addresses.push(normalized);
      this.ids.set(normalized, id);
    }
    this.ids.set(raw, id);
    return id;
  }

  address(id: number): string {
    const address = this.addresses[id];
    if (address === undefined) throw new RangeError(`unknown address id ${id}`);
    return address;
  }

  all(): readonly string[] {
    return this.addresses;
  }
}

/** Interns opaque keys (conversation ids) exactly as given. */
export class KeyTable {
  private readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
    }
    return id;
  }

  key(id: number): string {
    return this.keys[id] ?? '';
  }

  all(): readonly string[] {
    return this.keys;
  }
}
