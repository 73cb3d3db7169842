/** A short, stable key for what a run was asked to read, so a checkpoint resumes only the same run. */
import { createHash } from 'node:crypto';
import { normalizeAddress } from '../../engagement/activity.js';

/**
 * `entries` are the configured users, groups or source descriptions; their order and case
 * do not matter. Anything else that changes what a run reads belongs in `extra`.
 */
export function runConfigKey(entries: readonly string[], extra: Readonly<Record<string, string | number | boolean>> = {}): string {
  const canonical = JSON.stringify({
    entries: [...new Set(entries.map(normalizeAddress))].sort(),
    extra: Object.entries(extra).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
