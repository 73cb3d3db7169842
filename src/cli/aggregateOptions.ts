/** `rapport aggregate` flags → validated options, each mistake named by its flag. */
import { AGGREGATION_LEVELS, type AggregationLevel } from '../engagement/columns.js';
import type { FieldMapping } from '../sources/contacts/csvDataset.js';
import type { GraphConnection } from '../jobs/graphSourceOpener.js';
import { parseSourceSpec, type SourceSpec } from '../jobs/sourceSpec.js';
import { parseAsOf, parseFlags } from './flags.js';
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
  /** Set when a source is `graph`; then `mailboxes` are the users and groups to resolve. */
  graph: GraphConnection | null;
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
  'tenant-id': { type: 'string' },
  'client-id': { type: 'string' },
  certificate: { type: 'string' },
  'certificate-thumbprint': { type: 'string' },
  'authority-host': { type: 'string' },
  'graph-base-url': { type: 'string' },
  'ca-file': { type: 'string' },
} as const;

const GRAPH_FLAGS = ['tenant-id', 'client-id', 'certificate', 'certificate-thumbprint', 'authority-host', 'graph-base-url', 'ca-file'];

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

function parseLevels(value: string | undefined): AggregationLevel[] {
  if (value === undefined) return [...AGGREGATION_LEVELS];
  const levels = list(value);
  for (const level of levels) {
    if (!AGGREGATION_LEVELS.includes(level as AggregationLevel)) throw new UsageError(`--levels '${level}' is not one of ${AGGREGATION_LEVELS.join(', ')}`);
  }
  if (levels.length === 0) throw new UsageError('--levels names no level');
  return levels as AggregationLevel[];
}

export function parseAggregateOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): AggregateOptions {
  const values = parseFlags(argv, FLAGS) as Record<string, string | string[] | undefined>;
  const sources = (values.source as string[] | undefined) ?? [];
  if (sources.length === 0) throw new UsageError('--source is required (maildir:DIR, mbox:FILE or jsonl:FILE; repeatable)');
  const out = required(values, 'out');
  if (!/\.(json|csv)$/i.test(out)) throw new UsageError(`--out '${out}' must end in .json or .csv`);
  const internalDomains = list(required(values, 'internal-domains') as string);
  const specs = sources.map(parseSourceSpec);
  const graph = specs.some((spec) => spec.kind === 'graph') ? parseGraphOptions(values, env, specs.length) : null;
  if (!graph) {
    const stray = GRAPH_FLAGS.find((flag) => values[flag] !== undefined);
    if (stray) throw new UsageError(`--${stray} applies only to --source graph`);
  }
  return {
    sources: specs,
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
    graph,
  };
}

function parseGraphOptions(values: Record<string, string | string[] | undefined>, env: NodeJS.ProcessEnv, sourceCount: number): GraphConnection {
  if (sourceCount > 1) throw new UsageError('--source graph reads the tenant on its own: do not combine it with other sources');
  if (values.mailboxes === undefined) throw new UsageError('--mailboxes is required with --source graph (user or group addresses, or object ids)');
  const flagOrEnv = (flag: string, variable: string): string => {
    const value = (values[flag] as string | undefined) ?? env[variable];
    if (!value) throw new UsageError(`--${flag} (or ${variable}) is required with --source graph`);
    return value;
  };
  const certificateFile = (values.certificate as string | undefined) ?? env.AZURE_CLIENT_CERTIFICATE_PATH ?? null;
  const clientSecret = env.AZURE_CLIENT_SECRET ?? null;
  if (!clientSecret && !certificateFile) throw new UsageError('--source graph needs AZURE_CLIENT_SECRET in the environment, or --certificate FILE.pem');
  const certificateThumbprint = (values['certificate-thumbprint'] as string | undefined) ?? null;
  if (certificateFile && !clientSecret && !certificateThumbprint) throw new UsageError('--certificate needs --certificate-thumbprint');
  return {
    tenantId: flagOrEnv('tenant-id', 'AZURE_TENANT_ID'),
    clientId: flagOrEnv('client-id', 'AZURE_CLIENT_ID'),
    clientSecret,
    certificateFile: clientSecret ? null : certificateFile,
    certificateThumbprint,
    authorityHost: (values['authority-host'] as string | undefined) ?? null,
    graphBaseUrl: (values['graph-base-url'] as string | undefined) ?? null,
    caFile: (values['ca-file'] as string | undefined) ?? null,
  };
}
