/** Writes the engagement table, ties and health as files (JSON or CSV). */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { ROW_COLUMNS, type EngagementRow } from '../engagement/columns.js';
import type { AccountHealth } from '../engagement/engine.js';
import type { ActivityIndex } from '../engagement/interactions.js';
import { knows, type TieTable } from '../engagement/ties.js';

export function rowsAsCsv(rows: readonly EngagementRow[]): string {
  return stringify(rows.map((row) => ROW_COLUMNS.map((column) => row[column])), { header: true, columns: [...ROW_COLUMNS] });
}

export async function writeRows(path: string, rows: readonly EngagementRow[]): Promise<void> {
  const text = extname(path).toLowerCase() === '.csv' ? rowsAsCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`;
  await writeFile(path, text);
}

export interface TieExport {
  internal: string;
  external: string;
  accountId: string | null;
  strength: number;
  knows: boolean;
}

/** Every tie, strongest first. */
export function tiesForExport(index: ActivityIndex, ties: TieTable): TieExport[] {
  return [...ties.all()]
    .map((tie) => ({
      internal: index.addresses.address(tie.internal),
      external: index.addresses.address(tie.external),
      accountId: index.accounts[index.classOf[tie.external]!]?.account.id ?? null,
      strength: tie.strength,
      knows: knows(tie),
    }))
    .sort((a, b) => b.strength - a.strength || a.internal.localeCompare(b.internal) || a.external.localeCompare(b.external));
}

export interface HealthExport {
  accountId: string;
  health: number | null;
  band: string | null;
  trend: string | null;
  factors: AccountHealth['factors'];
  drivers: AccountHealth['drivers'];
  stale: boolean;
}

export function healthForExport(health: readonly AccountHealth[]): HealthExport[] {
  return health.map(({ accountId, health: value, band, trend, factors, drivers, stale }) => ({ accountId, health: value, band, trend, factors, drivers, stale }));
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
