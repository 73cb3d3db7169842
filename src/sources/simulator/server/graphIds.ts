/** Opaque, stable identifiers shaped like Exchange's, derived from what they identify. */
import { hash } from 'node:crypto';

/** `AAMkAD` and a hash of the parts: the same parts always give the same id. */
export function exchangeId(...parts: string[]): string {
  return `AAMkAD${hash('sha256', parts.join('\n'), 'base64url').slice(0, 40)}`;
}

export function changeKey(...parts: string[]): string {
  return `CQAAABYAAA${hash('sha256', ['etag', ...parts].join('\n'), 'base64url').slice(0, 22)}`;
}
