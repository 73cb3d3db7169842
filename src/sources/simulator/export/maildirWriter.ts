/** Writes mailboxes as a maildir export: `<root>/<mailbox>/<folder>/<n>.`, one file per copy. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailFolder, MailItem } from '../../../engagement/activity.js';

/** Files written at once: enough to keep the disk busy, far from open-file limits. */
const WRITE_CONCURRENCY = 32;

/** The folder names the mail-export reader maps back to each folder. */
const FOLDER_NAMES: Readonly<Record<MailFolder, string>> = { inbox: 'inbox', sent: 'sent', drafts: 'drafts' };

/**
 * Folder names for mailboxes: the local part of the address, or the whole address when
 * two mailboxes share a local part.
 */
export function mailboxFolderNames(addresses: readonly string[]): Map<string, string> {
  const localPart = (address: string) => address.slice(0, address.indexOf('@'));
  const counts = new Map<string, number>();
  for (const address of addresses) counts.set(localPart(address), (counts.get(localPart(address)) ?? 0) + 1);
  return new Map(addresses.map((address) => [address, counts.get(localPart(address)) === 1 ? localPart(address) : address]));
}

/** Writes one mailbox's copies, numbered per folder in the order given. */
export async function writeMaildirMailbox(mailboxDir: string, copies: readonly MailItem[], fileText: (copy: MailItem) => string): Promise<void> {
  const counters = new Map<MailFolder, number>();
  const files = copies.map((copy) => {
    const number = (counters.get(copy.folder) ?? 0) + 1;
    counters.set(copy.folder, number);
    return { path: join(mailboxDir, FOLDER_NAMES[copy.folder], `${number}.`), copy };
  });
  await mkdir(mailboxDir, { recursive: true });
  for (const folder of counters.keys()) await mkdir(join(mailboxDir, FOLDER_NAMES[folder]), { recursive: true });
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < files.length; index = next++) await writeFile(files[index]!.path, fileText(files[index]!.copy));
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, files.length) }, worker));
}
