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
  return { seed, asOf: values['as-of'] === undefined ? startOfUtcDay(now) : parseAsOf(values['as-of']) };
}

/** `--as-of`: an ISO date, or an ISO time with a zone (a zoneless time would depend on the machine's). */
export function parseAsOf(value: string): number {
  const time = /^\d{4}-\d{2}-\d{2}(T.*(Z|[+-]\d{2}:?\d{2}))?$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new UsageError(`--as-of '${value}' is not an ISO time with a zone (e.g. 2001-06-01T00:00:00Z)`);
  return time;
}

/** Resolves on Ctrl+C or a termination request. */
export function untilSignalled(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
