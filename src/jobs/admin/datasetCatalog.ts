/**
 * The customer datasets the enrichment wizard offers: CSV files checked, then kept in the
 * store (`store.datasets`).
 *
 *   createDatasetCatalog(datasets: DatasetsRepository, options?: DatasetCatalogOptions): DatasetCatalog
 *   registerConfiguredDatasets(catalog, config.datasetFiles, log): Promise<RegisteredDataset[]>
 *   registerDemoDataset(catalog, tenant.dataset): Promise<RegisteredDataset>
 *
 * A refused file stores nothing; its reason (`DatasetUpload.error`) is one line for the admin.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import type { CustomerDataset } from '../../engagement/customers.js';
import { readCsvRecords } from '../../sources/contacts/csvRecords.js';
import { validEmailOrNull } from '../../sources/contacts/emailValidation.js';
import { CONTACT_COLUMNS } from '../../sources/simulator/export/contactsCsv.js';
import type { DatasetsRepository, RegisteredDataset } from '../../store/rapportStore.js';
import type { DatasetCatalog, DatasetUpload, EmailShare } from './adminServices.js';

export const DEFAULT_MAX_DATASET_BYTES = 50 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 60_000;
export const EMAIL_SHARE_SAMPLE = 1_000;
export const DEMO_DATASET_NAME = 'Demo customers';
/** Who registered the demo's and the configured datasets. */
export const SYSTEM_USER = 'system';

export interface DatasetCatalogOptions {
  /** Largest CSV accepted, in bytes; 50 MB by default. */
  maxBytes?: number;
  fetchTimeoutMs?: number;
  /** The global fetch by default; tests pass one trusting their self-signed server. */
  fetch?: typeof globalThis.fetch;
  /** Whether a download URL may be fetched; https only by default. */
  allowUrl?: (url: URL) => boolean;
}

/** The admin-facing reasons a dataset is refused. */
export const DATASET_MESSAGES = {
  noName: () => 'Give the dataset a name.',
  empty: (name: string) => `"${name}" is empty: a CSV file with a header row naming the columns is needed.`,
  tooLarge: (name: string, maxBytes: number) => `"${name}" is larger than ${formatMegabytes(maxBytes)}, the largest dataset Rapport accepts.`,
  notText: (name: string) => `"${name}" is not a UTF-8 text (CSV) file.`,
  notCsv: (name: string, reason: string) => `"${name}" is not valid CSV: ${reason}`,
  noRows: (name: string) => `"${name}" has a header row but no data rows.`,
  emptyColumn: (name: string, position: number) => `"${name}": column ${position} of the header row has no name.`,
  duplicateColumn: (name: string, column: string) => `"${name}": the header row names the column "${column}" more than once.`,
  badUrl: () => 'The file could not be downloaded: its address is not an https:// link.',
  httpError: (status: number, statusText: string) => `The file could not be downloaded: the server answered ${status}${statusText ? ` ${statusText}` : ''}.`,
  timeout: (seconds: number) => `The file could not be downloaded within ${seconds} seconds.`,
  downloadFailed: (reason: string) => `The file could not be downloaded: ${reason}.`,
  unknownDataset: (id: string) => `There is no registered dataset with the id ${id}.`,
  unknownColumn: (column: string, columns: readonly string[]) => `The dataset has no column "${column}". Its columns are: ${columns.join(', ')}.`,
} as const;

/** A refusal raised while checking; caught and turned into `{ ok: false }`. */
class Refusal extends Error {}

export function createDatasetCatalog(datasets: DatasetsRepository, options: DatasetCatalogOptions = {}): DatasetCatalog {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DATASET_BYTES;
  const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const fetchFile = options.fetch ?? globalThis.fetch;
  const allowUrl = options.allowUrl ?? ((url: URL) => url.protocol === 'https:');

  async function register(name: string, csv: string, registeredBy: string): Promise<DatasetUpload> {
    try {
      const trimmed = name.trim();
      if (trimmed === '') throw new Refusal(DATASET_MESSAGES.noName());
      if (Buffer.byteLength(csv, 'utf8') > maxBytes) throw new Refusal(DATASET_MESSAGES.tooLarge(trimmed, maxBytes));
      // A file decoded leniently shows broken UTF-8 as U+FFFD; NUL never occurs in text.
      if (csv.includes('\u0000') || csv.includes('\uFFFD')) throw new Refusal(DATASET_MESSAGES.notText(trimmed));
      const { columns, rows } = await checkCsv(trimmed, csv);
      const dataset = await datasets.add({ name: trimmed, content: csv, columns, rows, registeredBy });
      return { ok: true, dataset };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.message };
      throw error;
    }
  }

  async function registerFromUrl(name: string, downloadUrl: string, registeredBy: string): Promise<DatasetUpload> {
    try {
      const bytes = await download(downloadUrl, name.trim());
      let csv: string;
      try {
        csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new Refusal(DATASET_MESSAGES.notText(name.trim()));
      }
      return await register(name, csv, registeredBy);
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.message };
      throw error;
    }
  }

  async function download(downloadUrl: string, name: string): Promise<Uint8Array> {
    let url: URL;
    try {
      url = new URL(downloadUrl);
    } catch {
      throw new Refusal(DATASET_MESSAGES.badUrl());
    }
    if (!allowUrl(url)) throw new Refusal(DATASET_MESSAGES.badUrl());
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetchFile(url, { signal, redirect: 'follow' });
      if (!response.ok) {
        await response.body?.cancel();
        throw new Refusal(DATASET_MESSAGES.httpError(response.status, response.statusText));
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw new Refusal(DATASET_MESSAGES.tooLarge(name, maxBytes));
      }
      return await readCapped(response, maxBytes, name);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      if (signal.aborted) throw new Refusal(DATASET_MESSAGES.timeout(Number((timeoutMs / 1000).toFixed(1))));
      throw new Refusal(DATASET_MESSAGES.downloadFailed(describeFetchError(error)));
    }
  }

  async function emailShare(datasetId: string, column: string): Promise<EmailShare> {
    const dataset = datasets.get(datasetId);
    if (!dataset) throw new Error(DATASET_MESSAGES.unknownDataset(datasetId));
    let index = -1;
    let sampled = 0;
    let emails = 0;
    const records = readCsvRecords(datasets.pathOf(dataset));
    try {
      for await (const record of records) {
        if (index < 0) {
          index = record.fields.findIndex((name) => name.trim() === column);
          if (index < 0) throw new Error(DATASET_MESSAGES.unknownColumn(column, record.fields.map((name) => name.trim())));
          continue;
        }
        const value = (record.fields[index] ?? '').trim();
        if (value === '') continue;
        sampled++;
        if (validEmailOrNull(value) !== null) emails++;
        if (sampled >= EMAIL_SHARE_SAMPLE) break;
      }
    } finally {
      await records.return(undefined);
    }
    if (index < 0) throw new Error(DATASET_MESSAGES.unknownColumn(column, dataset.columns));
    return { column, sampled, emails, share: sampled === 0 ? 0 : emails / sampled };
  }

  return { list: () => datasets.list(), get: (id) => datasets.get(id), register, registerFromUrl, emailShare };
}

/** Header and data rows counted as `readCsvRecords` reads them (blank records skipped). */
async function checkCsv(name: string, csv: string): Promise<{ columns: string[]; rows: number }> {
  const parser = parse(csv, { bom: true, relax_column_count: true, relax_quotes: true });
  let columns: string[] | null = null;
  let rows = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      if (fields.every((field) => field.trim() === '')) continue;
      if (columns === null) columns = checkHeader(name, fields);
      else rows++;
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(DATASET_MESSAGES.notCsv(name, error instanceof Error ? error.message : String(error)));
  }
  if (columns === null) throw new Refusal(DATASET_MESSAGES.empty(name));
  if (rows === 0) throw new Refusal(DATASET_MESSAGES.noRows(name));
  return { columns, rows };
}

function checkHeader(name: string, fields: readonly string[]): string[] {
  const columns = fields.map((field) => field.trim());
  const seen = new Set<string>();
  columns.forEach((column, i) => {
    if (column === '') throw new Refusal(DATASET_MESSAGES.emptyColumn(name, i + 1));
    const key = column.toLowerCase();
    if (seen.has(key)) throw new Refusal(DATASET_MESSAGES.duplicateColumn(name, column));
    seen.add(key);
  });
  return columns;
}

async function readCapped(response: Response, maxBytes: number, name: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Refusal(DATASET_MESSAGES.tooLarge(name, maxBytes));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code) return cause.code;
  return error instanceof Error ? error.message : String(error);
}

function formatMegabytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** Where a configured dataset went wrong; the ids-only logger of `main.ts` fits. */
export interface DatasetLog {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

/**
 * Registers RAPPORT_DATASETS' files at start. A missing or refused file is logged and
 * skipped: the bot still starts, the wizard offers the others.
 */
export async function registerConfiguredDatasets(
  catalog: DatasetCatalog,
  files: readonly { name: string; path: string }[],
  log: DatasetLog,
): Promise<RegisteredDataset[]> {
  const registered: RegisteredDataset[] = [];
  for (const file of files) {
    let csv: string;
    try {
      csv = await readFile(file.path, 'utf8');
    } catch (error) {
      log.warn({ dataset: file.name, path: file.path, code: (error as NodeJS.ErrnoException).code }, 'configured dataset file cannot be read; skipped');
      continue;
    }
    const upload = await catalog.register(file.name, csv, SYSTEM_USER);
    if (upload.ok) {
      registered.push(upload.dataset);
      log.info({ dataset: upload.dataset.id, rows: upload.dataset.rows }, 'configured dataset registered');
    } else {
      log.warn({ dataset: file.name, path: file.path, reason: upload.error }, 'configured dataset refused; skipped');
    }
  }
  return registered;
}

/** The simulated tenant's contacts as "Demo customers", registered once across restarts. */
export async function registerDemoDataset(catalog: DatasetCatalog, customers: CustomerDataset): Promise<RegisteredDataset> {
  const existing = catalog.list().find((dataset) => dataset.name === DEMO_DATASET_NAME && dataset.registeredBy === SYSTEM_USER);
  if (existing) return existing;
  const upload = await catalog.register(DEMO_DATASET_NAME, demoContactsCsv(customers), SYSTEM_USER);
  if (!upload.ok) throw new Error(`The demo dataset was refused: ${upload.error}`);
  return upload.dataset;
}

/** The same columns and rows as `writeContactsCsv` writes for `rapport simulate --write-export`. */
export function demoContactsCsv(customers: CustomerDataset): string {
  const accounts = new Map(customers.accounts.map((account) => [account.id, account]));
  const rows = customers.contacts.map((contact) => {
    const account = accounts.get(contact.accountId);
    return [contact.email, contact.accountId, account?.name ?? '', (account?.domains ?? []).join(';'), account?.owner ?? ''];
  });
  return stringify([[...CONTACT_COLUMNS], ...rows]);
}
