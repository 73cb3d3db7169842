/** The few JSON Web Token operations the simulator needs, on node:crypto alone. */
import { constants, createHmac, timingSafeEqual, verify, type KeyObject } from 'node:crypto';

export type JsonObject = Record<string, unknown>;

export interface DecodedJwt {
  header: JsonObject;
  payload: JsonObject;
  /** `header.payload` as sent: what the signature covers. */
  signingInput: string;
  signature: Buffer;
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function encodePart(value: JsonObject): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decodePart(part: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return isJsonObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** The parts of a compact JWT, or null when it is not one. Nothing is verified. */
export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodePart(headerPart);
  const payload = decodePart(payloadPart);
  if (header === null || payload === null) return null;
  return { header, payload, signingInput: `${headerPart}.${payloadPart}`, signature: Buffer.from(signaturePart, 'base64url') };
}

function hmacSha256(input: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

export function signHs256(payload: JsonObject, secret: Buffer): string {
  const signingInput = `${encodePart({ typ: 'JWT', alg: 'HS256' })}.${encodePart(payload)}`;
  return `${signingInput}.${hmacSha256(signingInput, secret).toString('base64url')}`;
}

export function hasValidHs256Signature(jwt: DecodedJwt, secret: Buffer): boolean {
  if (jwt.header['alg'] !== 'HS256') return false;
  const expected = hmacSha256(jwt.signingInput, secret);
  return expected.length === jwt.signature.length && timingSafeEqual(expected, jwt.signature);
}

/** RS256 or PS256 (what msal-node signs client assertions with), checked against a public key. */
export function hasValidRsaSignature(jwt: DecodedJwt, publicKey: KeyObject): boolean {
  const data = Buffer.from(jwt.signingInput, 'utf8');
  try {
    if (jwt.header['alg'] === 'RS256') return verify('sha256', data, publicKey, jwt.signature);
    if (jwt.header['alg'] === 'PS256') {
      return verify('sha256', data, { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }, jwt.signature);
    }
  } catch {
    return false;
  }
  return false;
}
