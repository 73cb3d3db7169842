/**
 * The admin-consent `state`: a signed, expiring token that ties the consent callback to a
 * link Rapport handed out. Format: base64url(JSON payload) + "." + base64url(HMAC-SHA256).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Admins act on the consent link within the hour; an older link is refused and a new one asked for. */
export const CONSENT_STATE_LIFETIME_MS = 60 * 60 * 1000;

export interface ConsentStatePayload {
  nonce: string;
  /** The requesting admin's user key. */
  requestedBy: string;
  issuedAt: number;
  expiresAt: number;
}

export type ConsentStateCheck = ConsentStatePayload | 'forged' | 'expired' | 'malformed';

const mac = (body: string, key: string): Buffer => createHmac('sha256', key).update(body).digest();

export function signConsentState(payload: ConsentStatePayload, key: string): string {
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${body}.${mac(body, key).toString('base64url')}`;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function parsePayload(body: string): ConsentStatePayload | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { nonce, requestedBy, issuedAt, expiresAt } = value as Record<string, unknown>;
  if (typeof nonce !== 'string' || nonce === '' || typeof requestedBy !== 'string') return null;
  if (typeof issuedAt !== 'number' || typeof expiresAt !== 'number' || !Number.isFinite(issuedAt) || !Number.isFinite(expiresAt)) return null;
  return { nonce, requestedBy, issuedAt, expiresAt };
}

/** The signature is checked before the payload is trusted; a state is expired from `expiresAt` on. */
export function verifyConsentState(token: string, key: string, now: number): ConsentStateCheck {
  const parts = token.split('.');
  if (parts.length !== 2) return 'malformed';
  const [body, signature] = parts as [string, string];
  if (!BASE64URL.test(body) || !BASE64URL.test(signature)) return 'malformed';
  const expected = mac(body, key);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  const payload = parsePayload(body);
  if (!payload) return 'malformed';
  return now >= payload.expiresAt ? 'expired' : payload;
}
