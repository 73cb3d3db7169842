/** Identifiers shaped like Microsoft 365's: GUIDs, Message-IDs, conversation ids, iCalUIds. */
import type { SeededRandom } from './random.js';
import { compactUtcDate } from './workTime.js';
import type { Timestamp } from '../../engagement/activity.js';

const HEX = '0123456789abcdef';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The fixed prefix Outlook puts in front of every iCalUId. */
const ICAL_UID_PREFIX = '040000008200E00074C5B7101A82E008';

const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function randomHex(rng: SeededRandom, length: number): string {
  let text = '';
  while (text.length < length) {
    const bits = rng.nextUint32();
    text += BYTE_HEX[bits & 255]! + BYTE_HEX[(bits >>> 8) & 255]! + BYTE_HEX[(bits >>> 16) & 255]! + BYTE_HEX[bits >>> 24]!;
  }
  return text.length === length ? text : text.slice(0, length);
}

/** A version-4-shaped GUID, as Entra object ids are. */
export function guid(rng: SeededRandom): string {
  const hex = randomHex(rng, 32).split('');
  hex[12] = '4';
  hex[16] = HEX[8 + rng.int(0, 3)]!;
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/**
 * Hands out unique ids. A counter inside each id guarantees uniqueness; the random part
 * only makes them look opaque.
 */
export class IdFactory {
  private messages = 0;
  private conversations = 0;
  private meetings = 0;

  constructor(private readonly rng: SeededRandom) {}

  /** `<...@domain>`, on the sending side's domain. */
  messageId(senderDomain: string): string {
    const serial = (this.messages++).toString(36).padStart(5, '0');
    return `<${randomHex(this.rng, 12)}${serial}@${senderDomain}>`;
  }

  conversationId(): string {
    const serial = (this.conversations++).toString(16).padStart(8, '0');
    return `AAQkAD${serial}${randomBase64Url(this.rng, 24)}`;
  }

  /** A one-off meeting's iCalUId, or a series' (whose occurrences are `occurrenceId`). */
  meetingId(): string {
    const serial = (this.meetings++).toString(16).padStart(8, '0').toUpperCase();
    return `${ICAL_UID_PREFIX}${serial}${randomHex(this.rng, 24).toUpperCase()}`;
  }
}

/** Six random bits per character, in whole 32-bit draws (five characters each). */
function randomBase64Url(rng: SeededRandom, length: number): string {
  const characters: string[] = [];
  while (characters.length < length) {
    let bits = rng.nextUint32();
    for (let i = 0; i < 5 && characters.length < length; i++, bits >>>= 6) characters.push(BASE64URL[bits & 63]!);
  }
  return characters.join('');
}

/** Each occurrence of a recurring meeting is its own meeting: the series id and the date. */
export function occurrenceId(seriesId: string, start: Timestamp): string {
  return `${seriesId}_${compactUtcDate(start)}`;
}
