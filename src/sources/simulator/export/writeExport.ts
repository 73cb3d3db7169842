/**
 * The `--write-export DIR` form of a simulated tenant: its mail as a maildir export, its
 * meetings (which mail exports do not carry) as JSONL, and its customer dataset as CSV.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailItem, MeetingItem } from '../../../engagement/activity.js';
import { writeActivityJsonl } from '../../jsonl/jsonlWriter.js';
import type { SimulatedTenant } from '../tenantModel.js';
import { writeContactsCsv } from './contactsCsv.js';
import { ConversationStarts } from './conversationStarts.js';
import { writeMaildirMailbox, mailboxFolderNames } from './maildirWriter.js';
import { conversationSubject, mailFileText, type DisplayNames } from './mailHeaders.js';

export interface TenantExport {
  /** The maildir export's root: one folder per monitored mailbox. */
  maildir: string;
  meetingsJsonl: string;
  contactsCsv: string;
  /** Maildir folder name → mailbox address (the mail-export reader's `mailboxMap`). */
  mailboxMap: Record<string, string>;
}

function mailCopies(tenant: SimulatedTenant, mailbox: string): MailItem[] {
  return tenant.mailboxItems(mailbox).filter((item): item is MailItem => item.kind === 'mail');
}

function* meetingCopies(tenant: SimulatedTenant): Generator<MeetingItem> {
  for (const mailbox of tenant.mailboxes()) {
    for (const item of tenant.mailboxItems(mailbox)) if (item.kind === 'meeting') yield item;
  }
}

/** Writes the export into `dir` (created if needed) and says where each part is. */
export async function writeTenantExport(tenant: SimulatedTenant, dir: string): Promise<TenantExport> {
  const maildir = join(dir, 'maildir');
  const meetingsJsonl = join(dir, 'meetings.jsonl');
  const contactsCsv = join(dir, 'contacts.csv');
  await mkdir(maildir, { recursive: true });

  const mailboxes = tenant.mailboxes();
  const starts = new ConversationStarts();
  for (const mailbox of mailboxes) for (const copy of mailCopies(tenant, mailbox)) starts.note(copy);
  const displayNames = new Map(tenant.users.map((user) => [user.address, user.displayName]));
  const names: DisplayNames = (address) => displayNames.get(address) ?? null;
  const folderNames = mailboxFolderNames(mailboxes);
  const mailboxMap: Record<string, string> = {};
  for (const mailbox of mailboxes) {
    const folderName = folderNames.get(mailbox)!;
    mailboxMap[folderName] = mailbox;
    await writeMaildirMailbox(join(maildir, folderName), mailCopies(tenant, mailbox), (copy) =>
      mailFileText(copy, conversationSubject(copy.conversationId, starts.isReply(copy)), names),
    );
  }
  await writeActivityJsonl(meetingsJsonl, meetingCopies(tenant));
  await writeContactsCsv(tenant.dataset, contactsCsv);
  return { maildir, meetingsJsonl, contactsCsv, mailboxMap };
}
