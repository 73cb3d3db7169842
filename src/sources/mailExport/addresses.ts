/**
 * Address lists of a mail export (engagement-spec.md, section 1, "Mail exports").
 */
import { isValidAddress } from '../../engagement/activity.js';

/**
 * Splits an address list on the commas that are outside double quotes and outside angle
 * brackets. Backslashes escape nothing.
 */
export function splitAddressList(list: string): string[] {
  const parts: string[] = [];
  let inQuotes = false;
  let inAngles = false;
  let partStart = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '"' && !inAngles) inQuotes = !inQuotes;
    else if (char === '<' && !inQuotes) inAngles = true;
    else if (char === '>' && !inQuotes) inAngles = false;
    else if (char === ',' && !inQuotes && !inAngles) {
      parts.push(list.slice(partStart, i));
      partStart = i + 1;
    }
  }
  parts.push(list.slice(partStart));
  return parts;
}

/** The text inside the part's last `<...>`, else the whole part. */
function addressText(part: string): string {
  if (!part.includes('<')) return part;
  let inside: string | null = null;
  for (const match of part.matchAll(/<([^<>]*)>/g)) inside = match[1] ?? '';
  return inside ?? part;
}

function isQuoteOrSpace(char: string): boolean {
  return char === "'" || char === '"' || /\s/.test(char);
}

/** The text without the white space and quotes around it (a loop: a regex would be quadratic on long runs). */
function stripQuotesAndSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isQuoteOrSpace(text[start]!)) start++;
  while (end > start && isQuoteOrSpace(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * The normalized address of one list part (white space and surrounding quotes stripped,
 * lower-cased), or null when the result has white space, not exactly one `@`, or no dot
 * after the `@`.
 */
export function addressOfPart(part: string): string | null {
  const address = stripQuotesAndSpace(addressText(part)).toLowerCase();
  return isValidAddress(address) ? address : null;
}

/** The valid addresses of a list, in order; invalid parts are dropped. */
export function parseAddressList(list: string): string[] {
  const addresses: string[] = [];
  for (const part of splitAddressList(list)) {
    const address = addressOfPart(part);
    if (address !== null) addresses.push(address);
  }
  return addresses;
}

/** The first valid address of a `From` value, or null when it has none. */
export function senderAddress(from: string): string | null {
  return parseAddressList(from)[0] ?? null;
}
