/** `--source` values: `maildir:DIR`, `mbox:FILE|DIR`, `jsonl:FILE`, `graph`. */

export type SourceKind = 'maildir' | 'mbox' | 'jsonl' | 'graph';

export interface SourceSpec {
  kind: SourceKind;
  /** Empty for `graph`. */
  path: string;
}

export class SourceSpecError extends Error {}

const FILE_KINDS: readonly SourceKind[] = ['maildir', 'mbox', 'jsonl'];

export function parseSourceSpec(value: string): SourceSpec {
  if (value === 'graph') return { kind: 'graph', path: '' };
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon) as SourceKind;
  const path = value.slice(colon + 1);
  if (colon < 0 || !FILE_KINDS.includes(kind) || path === '') {
    throw new SourceSpecError(`--source '${value}' is not one of maildir:DIR, mbox:FILE, jsonl:FILE, graph`);
  }
  return { kind, path };
}
