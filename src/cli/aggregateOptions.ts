/** `rapport aggregate` flags → validated options, each mistake named by its flag. */
import { AGGREGATION_LEVELS, type AggregationLevel } from '../engagement/columns.js';
import type { FieldMapping } from '../sources/contacts/csvDataset.js';
import { parseSourceSpec, type SourceSpec } from '../jobs/sourceSpec.js';
import { parseFlags } from './flags.js';
import { UsageError } from './usageError.js';

export interface AggregateOptions {
  sources: SourceSpec[];
  contacts: string;
  mapping: FieldMapping;
  internalDomains: string[];
  mailboxes: string[] | null;
  mailboxMap: Record<string, string>;
  publicDomains: string[];
  asOf: number;
  levels: AggregationLevel[];
  out: string;
  ties: string | null;
  health: string | null;
  segment: string | null;
}

const FLAGS = {
  source: { type: 'string', multiple: true },
  contacts: { type: 'string' },
  'email-field': { type: 'string' },
  'account-field': { type: 'string' },
  'account-name-field': { type: 'string' },
  'domain-field': { type: 'string' },
  'owner-field': { type: 'string' },
  'internal-domains': { type: 'string' },
  mailboxes: { type: 'string' },
  'mailbox-map': { type: 'string' },
  'public-domains': { type: 'string' },
  'as-of': { type: 'string' },
  levels: { type: 'string' },
  out: { type: 'string' },
  ties: { type: 'string' },
  health: { type: 'string' },
  segment: { type: 'string' },
} as const;

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((part) => part.trim()).filter((part) => part.length > 0);
}

function required(values: Record<string, unknown>, flag: string): string {
  const value = values[flag];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${flag} is required`);
  return value;
}

function parseMailboxMap(value: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of list(value)) {
    const equals = pair.indexOf('=');
    if (equals <= 0 || equals === pair.length - 1) throw new UsageError(`--mailbox-map '${pair}' is not folder=address`);
    map[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return map;
}

function parseAsOf(value: string): number {
  const time = /^\d{4}-\d{2}-\d{2}(T.*(Z|[+-]\d{2}:?\d{2}))?$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new UsageError(`--as-of '${value}' is not an ISO time with a zone (e.g. 2001-06-01T00:00:00Z)`);
  return time;
}

function parseLevels(value: string | undefined): AggregationLevel[] {
  if (value === undefined) return [...AGGREGATION_LEVELS];
  const levels = list(value);
  for (const level of levels) {
    if (!AGGREGATION_LEVELS.includes(level as AggregationLevel)) throw new UsageError(`--levels '${level}' is not one of ${AGGREGATION_LEVELS.join(', ')}`);
  }
  if (levels.length === 0) throw new UsageError('--levels names no level');
  return levels as AggregationLevel[];
}

export function parseAggregateOptions(argv: string[]): AggregateOptions {
  const values = parseFlags(argv, FLAGS) as Record<string, string | string[] | undefined>;
  const sources = (values.source as string[] | undefined) ?? [];
  if (sources.length === 0) throw new UsageError('--source is required (maildir:DIR, mbox:FILE or jsonl:FILE; repeatable)');
  const out = required(values, 'out');
  if (!/\.(json|csv)$/i.test(out)) throw new UsageError(`--out '${out}' must end in .json or .csv`);
  const internalDomains = list(required(values, 'internal-domains') as string);
  return {
    sources: sources.map(parseSourceSpec),
    contacts: required(values, 'contacts'),
    mapping: {
      email: required(values, 'email-field'),
      accountId: required(values, 'account-field'),
      ...(values['account-name-field'] ? { accountName: values['account-name-field'] as string } : {}),
      ...(values['domain-field'] ? { domain: values['domain-field'] as string } : {}),
      ...(values['owner-field'] ? { owner: values['owner-field'] as string } : {}),
    },
    internalDomains,
    mailboxes: values.mailboxes === undefined ? null : list(values.mailboxes as string),
    mailboxMap: parseMailboxMap(values['mailbox-map'] as string | undefined),
    publicDomains: list(values['public-domains'] as string | undefined),
    asOf: parseAsOf(required(values, 'as-of')),
    levels: parseLevels(values.levels as string | undefined),
    out,
    ties: (values.ties as string | undefined) ?? null,
    health: (values.health as string | undefined) ?? null,
    segment: (values.segment as string | undefined) ?? null,
  };
}
