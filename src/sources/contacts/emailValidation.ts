import { isValidAddress, normalizeAddress } from '../../engagement/activity.js';

/** The normalized address, or null when it breaks the spec's address rule. */
export function validEmailOrNull(raw: string): string | null {
  const address = normalizeAddress(raw);
  return isValidAddress(address) ? address : null;
}
