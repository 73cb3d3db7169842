/**
 * The certificate credential: a JWT the client signs with its private key, naming the
 * certificate by thumbprint in its header (x5t is SHA-1, x5t#S256 is SHA-256).
 */
import { invalidClientAssertion, type AadFailure } from './aadErrors.js';
import type { AppRegistration } from './appRegistration.js';
import { decodeJwt, hasValidRsaSignature } from './jwt.js';

export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function thumbprintHeader(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64url');
}

/** Null when the assertion proves the registered certificate; else why not. */
export function checkClientAssertion(assertion: string, app: AppRegistration, tokenEndpointPath: string, now: number): AadFailure | null {
  const jwt = decodeJwt(assertion);
  if (jwt === null) return invalidClientAssertion('The client assertion is not a well-formed JWT.');
  const { x5t, 'x5t#S256': x5tSha256 } = jwt.header;
  const namesRegistered =
    (typeof x5tSha256 === 'string' && x5tSha256 === thumbprintHeader(app.certificate.thumbprint)) ||
    (x5tSha256 === undefined && typeof x5t === 'string' && x5t === thumbprintHeader(app.certificate.thumbprintSha1));
  if (!namesRegistered) {
    return invalidClientAssertion(`[Reason - The key was not found., Thumbprint of key used by client: '${String(x5tSha256 ?? x5t)}'] Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${app.clientId}'.`);
  }
  if (!hasValidRsaSignature(jwt, app.certificate.publicKey)) return invalidClientAssertion('[Reason - The signature does not match the registered certificate.]');
  const { aud, iss, sub, exp } = jwt.payload;
  if (iss !== app.clientId || sub !== app.clientId) return invalidClientAssertion(`The client assertion's iss and sub must both be the client id '${app.clientId}'.`);
  if (typeof aud !== 'string' || pathOf(aud) !== tokenEndpointPath) return invalidClientAssertion(`The client assertion's audience must be the token endpoint, got '${String(aud)}'.`);
  if (typeof exp !== 'number' || exp * 1000 <= now) return invalidClientAssertion('The client assertion is expired.');
  return null;
}

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
