import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usageError.js';

/** node's parseArgs, strict, with its complaints turned into one-line usage errors. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}
