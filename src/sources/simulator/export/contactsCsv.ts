/** The customer dataset as a CSV file with the columns `email,accountId,accountName,domains,owner`. */
import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { CustomerDataset } from '../../../engagement/customers.js';

export const CONTACT_COLUMNS = ['email', 'accountId', 'accountName', 'domains', 'owner'] as const;

export async function writeContactsCsv(dataset: CustomerDataset, path: string): Promise<void> {
  const accounts = new Map(dataset.accounts.map((account) => [account.id, account]));
  const rows = dataset.contacts.map((contact) => {
    const account = accounts.get(contact.accountId);
    return [contact.email, contact.accountId, account?.name ?? '', (account?.domains ?? []).join(';'), account?.owner ?? ''];
  });
  await writeFile(path, stringify([[...CONTACT_COLUMNS], ...rows]));
}
