/**
 * One message of a mail export, from its header block to a MailItem
 * (engagement-spec.md, section 1, "Mail exports").
 */
import type { MailFolder, MailItem } from '../../engagement/activity.js';
import { parseAddressList, senderAddress } from './addresses.js';
import { parseMailDate } from './date.js';
import { conversationFingerprint, messageFingerprint } from './fingerprint.js';
import { parseHeaderBlock } from './headers.js';

/** A message as a reader found it, before it is interpreted. */
export interface RawMessage {
  /** The path of the folders between the mailbox and the message, joined with `/` ('' for none). */
  folderPath: string;
  /** The raw header block, or null when it is larger than MAX_HEADER_BYTES. */
  headerBlock: string | null;
}

/** One mailbox of an export, as its reader sees it. */
export interface MailboxReader {
  /** The mailbox's folder name, or its file name without extension. */
  name: string;
  /** Its messages in a deterministic order, limited to the folders `includeFolder` accepts. */
  messages(includeFolder: (folderPath: string) => boolean): AsyncIterable<RawMessage>;
}

export type MessageSkipReason = 'unparseable-date' | 'no-from';

export interface SkippedMessage {
  skipped: MessageSkipReason;
}

/**
 * The MailItem of one header block read from `mailbox` (the mailbox's address) in
 * `folder`, or why it is skipped. A message failing both checks counts as an
 * unparseable date. `Bcc` is kept only in a `sent` copy.
 */
export function mailItemFromHeaderBlock(headerBlock: string, mailbox: string, folder: MailFolder): MailItem | SkippedMessage {
  const headers = parseHeaderBlock(headerBlock);
  const sentAt = parseMailDate(headers.get('date') ?? '');
  if (sentAt === null) return { skipped: 'unparseable-date' };
  const from = senderAddress(headers.get('from') ?? '');
  if (from === null) return { skipped: 'no-from' };
  return {
    kind: 'mail',
    mailbox,
    messageId: messageFingerprint(headers),
    conversationId: conversationFingerprint(headers),
    from,
    to: parseAddressList(headers.get('to') ?? ''),
    cc: parseAddressList(headers.get('cc') ?? ''),
    bcc: folder === 'sent' ? parseAddressList(headers.get('bcc') ?? '') : [],
    sentAt,
    folder,
  };
}
