/**
 * A CSV file sent with a message, as a dataset. Teams (personal chat) sends a file as a
 * `file.download.info` attachment with a short-lived `downloadUrl`; the Agents Playground and
 * tests send `text/csv` with a `contentUrl`, which may be a `data:` URL (decoded here, never
 * fetched) or an https link.
 */
import type { Attachment } from 'botbuilder';
import type { AdminServices, DatasetUpload } from '../../../jobs/admin/adminServices.js';
import { DATASET_MESSAGES } from '../../../jobs/admin/datasetCatalog.js';

export const TEAMS_FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';
export const CSV_CONTENT_TYPE = 'text/csv';
const FALLBACK_FILE_NAME = 'Uploaded dataset.csv';

export interface SentFile {
  fileName: string;
  url: string;
  isCsv: boolean;
}

function stringField(value: unknown, field: string): string | undefined {
  const found = value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
  return typeof found === 'string' && found !== '' ? found : undefined;
}

/** The first file among the attachments (cards and inline images are not files). */
export function sentFileOf(attachments: readonly Attachment[]): SentFile | undefined {
  for (const attachment of attachments) {
    const fileName = attachment.name?.trim() || FALLBACK_FILE_NAME;
    if (attachment.contentType === TEAMS_FILE_DOWNLOAD) {
      const url = stringField(attachment.content, 'downloadUrl') ?? '';
      const fileType = stringField(attachment.content, 'fileType')?.toLowerCase();
      return { fileName, url, isCsv: fileType === 'csv' || fileName.toLowerCase().endsWith('.csv') };
    }
    if (attachment.contentType === CSV_CONTENT_TYPE) return { fileName, url: attachment.contentUrl ?? '', isCsv: true };
  }
  return undefined;
}

/** "contacts.csv" is registered as "contacts". */
export function datasetNameOf(fileName: string): string {
  return fileName.replace(/\.csv$/i, '').trim() || fileName;
}

function decodeDataUrl(url: string): string | null {
  const comma = url.indexOf(',');
  if (comma < 0) return null;
  const meta = url.slice('data:'.length, comma);
  const data = url.slice(comma + 1);
  try {
    const bytes = meta.endsWith(';base64') ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data), 'utf8');
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export async function registerSentFile(services: AdminServices, file: SentFile, registeredBy: string): Promise<DatasetUpload> {
  const name = datasetNameOf(file.fileName);
  if (file.url.startsWith('data:')) {
    const csv = decodeDataUrl(file.url);
    return csv === null ? { ok: false, error: DATASET_MESSAGES.notText(name) } : services.datasets.register(name, csv, registeredBy);
  }
  return services.datasets.registerFromUrl(name, file.url, registeredBy);
}
