/** `--source` values: `maildir:DIR`, `mbox:FILE|DIR`, `jsonl:FILE`. */

export type SourceKind = 'maildir' | 'mbox' | 'jsonl';

export interface SourceSpec {
  kind: SourceKind;
  path: string;
}

export class SourceSpecError extends Error {}

const KINDS: readonly SourceKind[] = ['maildir', 'mbox', 'jsonl'];

export function parseSourceSpec(value: string): SourceSpec {
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon) as SourceKind;
  const path = value.slice(colon + 1);
  if (colon < 0 || !KINDS.includes(kind) || path === '') {
    throw new SourceSpecError(`--source '${value}' is not one of maildir:DIR, mbox:FILE, jsonl:FILE`);
  }
  return { kind, path };
}
