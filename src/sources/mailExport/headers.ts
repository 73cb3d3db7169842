/**
 * RFC 822 header blocks (engagement-spec.md, section 1, "Mail exports"): the block ends at
 * the first empty or white-space-only line, folded lines are unfolded, and a header that
 * appears twice counts by its first occurrence.
 */

/** Header values by lower-cased name: first occurrence, unfolded, trimmed. */
export type HeaderMap = ReadonlyMap<string, string>;

/** Readers give up on a header block larger than this (no real message comes close). */
export const MAX_HEADER_BYTES = 1024 * 1024;

const LINE_FEED = 0x0a;

/** White space as far as a blank line is concerned: space, tab, CR, vertical tab, form feed. */
function isBlankByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0b || byte === 0x0c;
}

function isBlankText(line: string): boolean {
  return /^[ \t\r\v\f]*$/.test(line);
}

/** Whether bytes[start, end) holds white space only (the line's LF excluded). */
export function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte !== LINE_FEED && !isBlankByte(byte)) return false;
  }
  return true;
}

export type HeaderBlockScan =
  | { found: true; /** Length in bytes of the header block, blank line excluded. */ end: number }
  | { found: false; /** Start of the first line not yet known to be complete. */ resumeAt: number };

/**
 * Looks for the blank line that ends a header block, scanning complete lines from `from`
 * (a line start). Only complete lines are judged, so a caller reading in chunks resumes
 * at `resumeAt` once more bytes have arrived.
 */
export function scanHeaderBlock(bytes: Uint8Array, from = 0): HeaderBlockScan {
  let lineStart = from;
  for (;;) {
    const lineFeed = bytes.indexOf(LINE_FEED, lineStart);
    if (lineFeed < 0) return { found: false, resumeAt: lineStart };
    if (isBlankLine(bytes, lineStart, lineFeed)) return { found: true, end: lineStart };
    lineStart = lineFeed + 1;
  }
}

interface HeaderField {
  name: string;
  value: string;
}

/**
 * Parses a raw header block (LF or CRLF line ends) into its first-occurrence values.
 * Lines before the first header field that start with white space, and lines without a
 * colon, are not header fields and are ignored.
 */
export function parseHeaderBlock(raw: string): Map<string, string> {
  const headers = new Map<string, string>();
  let current: HeaderField | null = null;
  const keep = (field: HeaderField | null): void => {
    if (field !== null && !headers.has(field.name)) headers.set(field.name, field.value.trim());
  };
  for (const rawLine of raw.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (isBlankText(line)) break;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (current !== null) current.value += line;
      continue;
    }
    keep(current);
    current = parseFieldLine(line);
  }
  keep(current);
  return headers;
}

function parseFieldLine(line: string): HeaderField | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const name = line.slice(0, colon).trim().toLowerCase();
  return name === '' ? null : { name, value: line.slice(colon + 1) };
}
