/**
 * Identities of a mail export's messages (engagement-spec.md, section 1, "Mail exports").
 * Exports rewrite the Message-ID per copy, so a message is identified by its headers; the
 * subject only feeds these fingerprints and is never kept.
 */
import { createHash } from 'node:crypto';
import type { HeaderMap } from './headers.js';

const FINGERPRINT_LENGTH = 22;

/** A strong hash of the given values; a value boundary can never be confused with content. */
export function fingerprint(values: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, FINGERPRINT_LENGTH);
}

/** The header values that identify a message; `Bcc` is left out because only the sender's copy has it. */
const IDENTITY_HEADERS = ['date', 'from', 'to', 'cc', 'subject'] as const;

/** The fingerprint of a message's raw, unfolded, trimmed Date, From, To, Cc and Subject. */
export function messageFingerprint(headers: HeaderMap): string {
  return fingerprint(IDENTITY_HEADERS.map((name) => headers.get(name) ?? ''));
}

const REPLY_PREFIX = /^\s*(?:re|fwd?):/i;

/**
 * The subject without its leading `re:`, `fw:` and `fwd:` prefixes (any case, white space
 * around them), white space runs collapsed, trimmed and lower-cased. `re :` is not a prefix:
 * the letters must be directly followed by the colon.
 */
export function normalizeSubject(subject: string): string {
  let rest = subject;
  for (let prefix = REPLY_PREFIX.exec(rest); prefix !== null; prefix = REPLY_PREFIX.exec(rest)) {
    rest = rest.slice(prefix[0].length);
  }
  return rest.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The fingerprint of a message's normalized subject. */
export function conversationFingerprint(headers: HeaderMap): string {
  return fingerprint([normalizeSubject(headers.get('subject') ?? '')]);
}
