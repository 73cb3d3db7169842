/** Opaque, stable identifiers shaped like Exchange's, derived from what they identify. */
import { createHash } from 'node:crypto';

/** `AAMkAD` and a hash of the parts: the same parts always give the same id. */
export function exchangeId(...parts: string[]): string {
  return `AAMkAD${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 40)}`;
}

export function changeKey(...parts: string[]): string {
  return `CQAAABYAAA${createHash('sha256').update(['etag', ...parts].join('\n')).digest('base64url').slice(0, 22)}`;
}
