import { describe, expect, it } from 'vitest';
import { mailItemFromHeaderBlock } from '../../../src/sources/mailExport/message.js';

const headerBlock = [
  'Message-ID: <1@thyme>',
  'Date: Tue, 12 Dec 2000 11:33:00 -0800 (PST)',
  'From: "Letke, Eric" <Eric.Letke@enron.com>',
  'To: a@enron.com, "B, Bee" <b@enron.com>, nobody',
  'Subject: Urgent',
  'Cc: c@enron.com, ',
  '\td@enron.com',
  'Bcc: boss@enron.com',
].join('\r\n');

describe('mailItemFromHeaderBlock', () => {
  it('builds a MailItem from the header block', () => {
    const item = mailItemFromHeaderBlock(headerBlock, 'owner@enron.com', 'sent');
    expect(item).toEqual({
      kind: 'mail',
      mailbox: 'owner@enron.com',
      messageId: expect.stringMatching(/^[\w-]{22}$/),
      conversationId: expect.stringMatching(/^[\w-]{22}$/),
      from: 'eric.letke@enron.com',
      to: ['a@enron.com', 'b@enron.com'],
      cc: ['c@enron.com', 'd@enron.com'],
      bcc: ['boss@enron.com'],
      sentAt: Date.parse('2000-12-12T19:33:00Z'),
      folder: 'sent',
    });
  });

  it('keeps Bcc only in a sent copy, without changing the identity', () => {
    const sent = mailItemFromHeaderBlock(headerBlock, 'owner@enron.com', 'sent');
    const inbox = mailItemFromHeaderBlock(headerBlock, 'owner@enron.com', 'inbox');
    const drafts = mailItemFromHeaderBlock(headerBlock, 'owner@enron.com', 'drafts');
    expect('bcc' in inbox && inbox.bcc).toEqual([]);
    expect('bcc' in drafts && drafts.bcc).toEqual([]);
    expect('messageId' in inbox && 'messageId' in sent && inbox.messageId === sent.messageId).toBe(true);
  });

  it('never carries the subject', () => {
    const item = mailItemFromHeaderBlock(headerBlock, 'owner@enron.com', 'inbox');
    expect(JSON.stringify(item)).not.toContain('Urgent');
  });

  it('skips a message whose Date cannot be parsed, or which has none', () => {
    expect(mailItemFromHeaderBlock(headerBlock.replace('12 Dec 2000', '32 Dec 2000'), 'o@x.com', 'inbox')).toEqual({
      skipped: 'unparseable-date',
    });
    expect(mailItemFromHeaderBlock('From: a@b.com\n', 'o@x.com', 'inbox')).toEqual({ skipped: 'unparseable-date' });
  });

  it('skips a message without a valid From', () => {
    const noValidFrom = headerBlock.replace(/^From: .*$/m, 'From: Eric Letke');
    expect(mailItemFromHeaderBlock(noValidFrom, 'o@x.com', 'inbox')).toEqual({ skipped: 'no-from' });
    const noFrom = headerBlock.replace(/^From: .*\r\n/m, '');
    expect(mailItemFromHeaderBlock(noFrom, 'o@x.com', 'inbox')).toEqual({ skipped: 'no-from' });
  });
});
