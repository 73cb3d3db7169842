/**
 * One mail copy as an RFC 5322 message of a maildir export: headers that the mail-export
 * reader turns back into the same MailItem (up to its fingerprints), and a placeholder body.
 */
import { createHash } from 'node:crypto';
import type { MailItem, Timestamp } from '../../../engagement/activity.js';

/** Folded lines stay under this many characters where the addresses allow. */
const LINE_LIMIT = 78;
const PLACEHOLDER_BODY = 'Synthetic placeholder body: the tenant simulator writes no real mail content.\n';

/** `Tue, 14 May 2024 16:39:07 +0000`: whole seconds (anything finer is dropped), in UTC. */
export function rfc5322Date(time: Timestamp): string {
  return new Date(Math.floor(time / 1000) * 1000).toUTCString().replace(/GMT$/, '+0000');
}

/**
 * The subject that makes the export's conversation fingerprint group exactly one
 * conversation: the conversation id itself, with `Re: ` on every message after its first.
 */
export function conversationSubject(conversationId: string, isReply: boolean): string {
  return `${isReply ? 'Re: ' : ''}Project ${conversationId}`;
}

export type DisplayNames = (address: string) => string | null;

/** `"Name" <address>` when the directory knows a name, else the bare address. */
function mailbox(address: string, names: DisplayNames): string {
  const name = names(address);
  return name === null ? address : `"${name.replaceAll('"', "'")}" <${address}>`;
}

/** `Name: a, b, c`, folded before an address that would overflow the line. */
function addressHeader(name: string, addresses: readonly string[], names: DisplayNames): string {
  let header = `${name}:`;
  let lineLength = header.length;
  addresses.forEach((address, index) => {
    const part = `${mailbox(address, names)}${index < addresses.length - 1 ? ',' : ''}`;
    if (index > 0 && lineLength + 1 + part.length > LINE_LIMIT) {
      header += `\n\t${part}`;
      lineLength = 1 + part.length;
    } else {
      header += ` ${part}`;
      lineLength += 1 + part.length;
    }
  });
  return header;
}

/** A Message-ID of this copy only, as exports rewrite them (engagement-spec.md, "Mail exports"). */
function copyMessageId(copy: MailItem): string {
  const hash = createHash('sha256').update(`${copy.mailbox}\n${copy.folder}\n${copy.messageId}`).digest('hex').slice(0, 20);
  return `<${hash}.JavaMail.rapport@simulator.invalid>`;
}

/** The header fields of a copy, in order, without line ends. Bcc appears only on the sender's copies. */
export function mailHeaderLines(copy: MailItem, subject: string, names: DisplayNames): string[] {
  const lines = [`Message-ID: ${copyMessageId(copy)}`, `Date: ${rfc5322Date(copy.sentAt)}`, addressHeader('From', [copy.from], names)];
  if (copy.to.length > 0) lines.push(addressHeader('To', copy.to, names));
  if (copy.cc.length > 0) lines.push(addressHeader('Cc', copy.cc, names));
  if (copy.folder !== 'inbox' && copy.bcc.length > 0) lines.push(addressHeader('Bcc', copy.bcc, names));
  lines.push(`Subject: ${subject}`, 'Mime-Version: 1.0', 'Content-Type: text/plain; charset=us-ascii', 'Content-Transfer-Encoding: 7bit', 'X-Mailer: Rapport tenant simulator');
  return lines;
}

export function mailFileText(copy: MailItem, subject: string, names: DisplayNames): string {
  return `${mailHeaderLines(copy, subject, names).join('\n')}\n\n${PLACEHOLDER_BODY}`;
}
