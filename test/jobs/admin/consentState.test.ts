import { describe, expect, it } from 'vitest';
import { signConsentState, verifyConsentState } from '../../../src/jobs/admin/consentState.js';

const key = 'k'.repeat(43);
const payload = { nonce: 'n-1', requestedBy: 'user:ann', issuedAt: 1_000, expiresAt: 61_000 };

function flipSignatureByte(token: string): string {
  const [body, signature] = token.split('.') as [string, string];
  const bytes = Buffer.from(signature, 'base64url');
  bytes[0] = (bytes[0] as number) ^ 0x01;
  return `${body}.${bytes.toString('base64url')}`;
}

describe('consent state', () => {
  it('verifies what it signed, before expiry', () => {
    expect(verifyConsentState(signConsentState(payload, key), key, 60_999)).toEqual(payload);
  });

  it('is forged under another key, with a flipped signature byte or a changed payload', () => {
    const token = signConsentState(payload, key);
    expect(verifyConsentState(token, 'other-key', 2_000)).toBe('forged');
    expect(verifyConsentState(flipSignatureByte(token), key, 2_000)).toBe('forged');
    const [, signature] = token.split('.');
    const changed = Buffer.from(JSON.stringify({ ...payload, expiresAt: 9e15 })).toString('base64url');
    expect(verifyConsentState(`${changed}.${signature}`, key, 2_000)).toBe('forged');
  });

  it('is expired from exactly expiresAt on', () => {
    const token = signConsentState(payload, key);
    expect(verifyConsentState(token, key, 61_000)).toBe('expired');
  });

  it('is malformed when it is not two base64url parts or its signed payload is not a state', () => {
    expect(verifyConsentState('', key, 2_000)).toBe('malformed');
    expect(verifyConsentState('abc', key, 2_000)).toBe('malformed');
    expect(verifyConsentState('a.b.c', key, 2_000)).toBe('malformed');
    expect(verifyConsentState('a b.c', key, 2_000)).toBe('malformed');
    const notAState = signConsentState({ nonce: '' } as never, key);
    expect(verifyConsentState(notAState, key, 2_000)).toBe('malformed');
  });
});
