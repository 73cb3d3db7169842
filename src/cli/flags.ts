import { parseArgs, type ParseArgsConfig } from 'node:util';
import { startOfUtcDay } from '../engagement/activity.js';
import { DEMO_TENANT_SEED } from '../jobs/demoTenant.js';
import { UsageError } from './usageError.js';

/** node's parseArgs, strict, with its complaints turned into one-line usage errors. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}

/**
 * `--seed` and `--as-of` of the commands that build the demo tenant: the demo's seed and
 * the start of today (UTC) unless given.
 */
export function demoTenantFlags(values: { seed?: string | undefined; 'as-of'?: string | undefined }, now: number): { seed: number; asOf: number } {
  const seed = values.seed === undefined ? DEMO_TENANT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed '${values.seed}' is not a whole number`);
  const asOf = values['as-of'] === undefined ? startOfUtcDay(now) : Date.parse(values['as-of']);
  if (Number.isNaN(asOf)) throw new UsageError(`--as-of '${values['as-of']}' is not an ISO time`);
  return { seed, asOf };
}
