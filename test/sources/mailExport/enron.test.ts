import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MailItem } from '../../../src/engagement/activity.js';
import { openMailExport, type MailExport } from '../../../src/sources/mailExport/mailExport.js';

/** The Enron subset described in /work/shared/data/enron/SOURCE.md (read-only). */
const ENRON = '/work/shared/data/enron/maildir';

describe.skipIf(!existsSync(ENRON))('Enron maildir subset', () => {
  let mailExport: MailExport;
  const items: MailItem[] = [];

  beforeAll(async () => {
    mailExport = await openMailExport({ kind: 'maildir', path: ENRON });
    for (const mailbox of mailExport.mailboxes) for await (const item of mailExport.read(mailbox)) items.push(item);
  }, 60_000);

  it('finds the 13 mailboxes and infers their owners from the sent folders', () => {
    // dean-c holds both Clint's and Craig Dean's mail: craig.dean@enron.com sent 24 of its
    // sent messages, clint.dean@enron.com 20, so the rule picks Craig.
    expect(mailExport.mailboxes).toEqual([
      { name: 'arnold-j', address: 'john.arnold@enron.com' },
      { name: 'badeer-r', address: 'robert.badeer@enron.com' },
      { name: 'baughman-d', address: 'don.baughman@enron.com' },
      { name: 'beck-s', address: 'sally.beck@enron.com' },
      { name: 'blair-l', address: 'lynn.blair@enron.com' },
      { name: 'campbell-l', address: 'larry.campbell@enron.com' },
      { name: 'cuilla-m', address: 'martin.cuilla@enron.com' },
      { name: 'dasovich-j', address: 'jeff.dasovich@enron.com' },
      { name: 'dean-c', address: 'craig.dean@enron.com' },
      { name: 'delainey-d', address: 'david.delainey@enron.com' },
      { name: 'fossum-d', address: 'drew.fossum@enron.com' },
      { name: 'germany-c', address: 'chris.germany@enron.com' },
      { name: 'griffith-j', address: 'john.griffith@enron.com' },
    ]);
  });

  it('reads all 13,148 files: 13,146 items and two skipped year-0001 dates', () => {
    expect(items).toHaveLength(13_146);
    expect(mailExport.skipped()).toEqual({ unparseableDate: 2, noFrom: 0, headerTooLarge: 0 });
    const perMailbox: Record<string, number> = {};
    for (const item of items) perMailbox[item.mailbox] = (perMailbox[item.mailbox] ?? 0) + 1;
    expect(perMailbox['david.delainey@enron.com']).toBe(3_564);
    expect(perMailbox['drew.fossum@enron.com']).toBe(4_796);
    expect(perMailbox['john.arnold@enron.com']).toBe(46);
  });

  it('classifies folders by the folder rule', () => {
    const perFolder = { sent: 0, inbox: 0, drafts: 0 };
    for (const item of items) perFolder[item.folder]++;
    expect(perFolder).toEqual({ sent: 4_173, inbox: 8_973, drafts: 0 });
    expect(items.filter((item) => item.folder !== 'sent' && item.bcc.length > 0)).toEqual([]);
  });

  it('parses the six bogus 1979 dates as 31 Dec 1979 16:00 PST, outside any 2001 window', () => {
    const early = items.filter((item) => item.sentAt < Date.UTC(1998, 0, 1));
    expect(early).toHaveLength(6);
    for (const item of early) {
      expect(item.mailbox).toBe('david.delainey@enron.com');
      expect(new Date(item.sentAt).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    }
    const others = items.filter((item) => item.sentAt >= Date.UTC(1998, 0, 1)).map((item) => item.sentAt);
    expect(new Date(Math.min(...others)).toISOString()).toBe('1998-09-01T18:20:00.000Z');
    expect(new Date(Math.max(...others)).toISOString()).toBe('2002-06-25T20:12:00.000Z');
  });

  it('gives copies of one message the same messageId although their Message-IDs differ', () => {
    expect(new Set(items.map((item) => item.messageId)).size).toBe(5_810);
    expect(new Set(items.map((item) => item.conversationId)).size).toBe(4_120);
  });
});
