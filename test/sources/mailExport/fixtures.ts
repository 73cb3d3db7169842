import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MailExport, ExportMailbox } from '../../../src/sources/mailExport/mailExport.js';
import type { MailItem } from '../../../src/engagement/activity.js';

/** A temporary folder holding the given files (relative path → content). */
export async function writeTree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'mail-export-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export async function removeTree(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** An RFC 822 message with CRLF line ends. */
export function message(headers: string[], body = 'Hello.\r\n'): string {
  return headers.join('\r\n') + '\r\n\r\n' + body;
}

export async function readAll(mailExport: MailExport, mailbox: ExportMailbox): Promise<MailItem[]> {
  const items: MailItem[] = [];
  for await (const item of mailExport.read(mailbox)) items.push(item);
  return items;
}

export function mailboxNamed(mailExport: MailExport, name: string): ExportMailbox {
  const mailbox = mailExport.mailboxes.find((candidate) => candidate.name === name);
  if (mailbox === undefined) throw new Error(`no mailbox ${name}`);
  return mailbox;
}
