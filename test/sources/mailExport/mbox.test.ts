import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HEADER_BYTES } from '../../../src/sources/mailExport/headers.js';
import { MailExportError, openMailExport } from '../../../src/sources/mailExport/mailExport.js';
import { MboxSplitter, mboxMessages } from '../../../src/sources/mailExport/mbox.js';
import { mailboxNamed, readAll, removeTree, writeTree } from './fixtures.js';

const DATE = 'Date: Fri, 1 Jun 2001 09:00:00 -0700';

function mboxMessage(headers: string[], body: string[] = ['Hello.'], separator = 'From sender@x.com Fri Jun  1 16:00:00 2001'): string {
  return [separator, ...headers, '', ...body, ''].join('\n');
}

const THREE_MESSAGES =
  mboxMessage(
    [DATE, 'From: alice@x.com', 'To: bob@y.com,', ' carol@z.com'],
    ['Body line', '>From the escaped start of a line', 'From: spy@evil.com', 'Cc: spy@evil.com', ''],
  ) +
  mboxMessage(['Date: Sat, 2 Jun 2001 10:00:00 +0000', 'From: bob@y.com', 'To: alice@x.com'], ['Date: 1 Jan 1990 00:00 +0000']) +
  mboxMessage(['Date: Sun, 3 Jun 2001 11:00:00 +0000', 'From: carol@z.com'], []);

const EXPECTED_BLOCKS = [
  `${DATE}\nFrom: alice@x.com\nTo: bob@y.com,\n carol@z.com\n`,
  'Date: Sat, 2 Jun 2001 10:00:00 +0000\nFrom: bob@y.com\nTo: alice@x.com\n',
  'Date: Sun, 3 Jun 2001 11:00:00 +0000\nFrom: carol@z.com\n',
];

function split(text: string | Buffer, chunkSize: number): (string | null)[] {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const splitter = new MboxSplitter();
  const blocks: (Buffer | null)[] = [];
  for (let start = 0; start < bytes.length; start += chunkSize) blocks.push(...splitter.push(bytes.subarray(start, start + chunkSize)));
  blocks.push(...splitter.end());
  return blocks.map((block) => (block === null ? null : block.toString('utf8')));
}

describe('MboxSplitter', () => {
  it.each([1, 2, 3, 5, 7, 64, 1 << 20])('gives the header blocks only, whatever the chunk size (%i)', (chunkSize) => {
    expect(split(THREE_MESSAGES, chunkSize)).toEqual(EXPECTED_BLOCKS);
  });

  it('handles CRLF files', () => {
    const crlf = THREE_MESSAGES.replaceAll('\n', '\r\n');
    expect(split(crlf, 3)).toEqual(EXPECTED_BLOCKS.map((block) => block.replaceAll('\n', '\r\n')));
  });

  it('ignores what precedes the first separator', () => {
    expect(split('preamble\nFrom: not@separator.com\n\n' + THREE_MESSAGES, 4)).toEqual(EXPECTED_BLOCKS);
  });

  it('ends a header block at a white-space-only line', () => {
    expect(split('From x\nFrom: a@x.com\n \t\nTo: body@x.com\n', 2)).toEqual(['From: a@x.com\n']);
  });

  it('treats an unescaped "From " body line as a separator (mboxo)', () => {
    expect(split('From x\nFrom: a@x.com\n\nFrom here on, a body line\nmore body\n', 5)).toEqual(['From: a@x.com\n', 'more body\n']);
  });

  it('ends a header block at the next separator or at the end of the stream', () => {
    expect(split('From x\nFrom: a@x.com\nFrom y\nFrom: b@x.com', 3)).toEqual(['From: a@x.com\n', 'From: b@x.com']);
  });

  it('gives null for a header block larger than the limit, and goes on', () => {
    const huge = 'X-Long: ' + 'y'.repeat(MAX_HEADER_BYTES) + '\n';
    const text = `From x\n${huge}From: a@x.com\n\nbody\nFrom y\nFrom: b@x.com\n\n`;
    expect(split(text, 64 * 1024)).toEqual([null, 'From: b@x.com\n']);
  });
});

describe('mbox export', () => {
  const sentBox =
    mboxMessage([DATE, 'From: Alice <alice@x.com>', 'To: bob@y.com', 'Bcc: carol@z.com', 'Subject: Plan']) +
    mboxMessage([DATE, 'From: alice@x.com', 'To: dan@y.com']) +
    mboxMessage([DATE, 'From: helper@x.com', 'To: dan@y.com']);
  const inbox =
    mboxMessage([DATE, 'From: bob@y.com', 'To: alice@x.com', 'Bcc: alice@x.com'], ['>From the body', 'Cc: spy@evil.com']) +
    mboxMessage(['From: bob@y.com', 'To: alice@x.com'], ['Date: Fri, 1 Jun 2001 09:00:00 -0700']) +
    mboxMessage([DATE, 'From: Bob', 'To: alice@x.com']);
  let root = '';

  beforeAll(async () => {
    root = await writeTree({
      'single/Sent.mbox': sentBox,
      'export/alice/Sent.mbox': sentBox,
      'export/alice/Inbox': inbox,
      'export/alice/Inbox.msf': '// <!-- <mdb:mork:z v="1.4"/> -->\nFrom a line that looks like a separator\n',
      'export/alice/Archive/Drafts.mbox': mboxMessage([DATE, 'From: alice@x.com', 'To: bob@y.com']),
      'export/alice/.hidden.mbox': mboxMessage([DATE, 'From: hidden@x.com']),
      'export/bob.mbox': mboxMessage([DATE, 'From: alice@x.com', 'To: bob@y.com']),
      'export/notes.txt': 'not an mbox\n',
      'duplicate/bob/Sent.mbox': sentBox,
      'duplicate/bob.mbox': sentBox,
      'not-mbox/file.txt': 'plain text\n',
      'empty/.keep': '',
    });
  });
  afterAll(async () => {
    await removeTree(root);
  });

  it('mbox:FILE is one mailbox named and foldered after the file name without extension', async () => {
    const mailExport = await openMailExport({ kind: 'mbox', path: join(root, 'single/Sent.mbox') });
    expect(mailExport.mailboxes).toEqual([{ name: 'Sent', address: 'alice@x.com' }]);
    const items = await readAll(mailExport, mailExport.mailboxes[0]!);
    expect(items.map(({ from, folder, bcc }) => ({ from, folder, bcc }))).toEqual([
      { from: 'alice@x.com', folder: 'sent', bcc: ['carol@z.com'] },
      { from: 'alice@x.com', folder: 'sent', bcc: [] },
      { from: 'helper@x.com', folder: 'sent', bcc: [] },
    ]);
  });

  it('mbox:DIR has one mailbox per subfolder or top-level mbox file; each mbox file below a mailbox is a folder', async () => {
    const mailExport = await openMailExport({ kind: 'mbox', path: join(root, 'export') }, { mailboxMap: { bob: 'bob@y.com' } });
    expect(mailExport.mailboxes).toEqual([
      { name: 'alice', address: 'alice@x.com' },
      { name: 'bob', address: 'bob@y.com' },
    ]);
    const items = await readAll(mailExport, mailboxNamed(mailExport, 'alice'));
    expect(items.map(({ from, folder }) => `${folder}:${from}`)).toEqual([
      'drafts:alice@x.com',
      'inbox:bob@y.com',
      'sent:alice@x.com',
      'sent:alice@x.com',
      'sent:helper@x.com',
    ]);
    const fromBob = items.find((item) => item.from === 'bob@y.com');
    expect(fromBob).toMatchObject({ to: ['alice@x.com'], cc: [], bcc: [] });
    expect(mailExport.skipped()).toEqual({ unparseableDate: 1, noFrom: 1, headerTooLarge: 0 });
    const bobItems = await readAll(mailExport, mailboxNamed(mailExport, 'bob'));
    expect(bobItems.map(({ folder, mailbox }) => ({ folder, mailbox }))).toEqual([{ folder: 'inbox', mailbox: 'bob@y.com' }]);
  });

  it('needs an address for a mailbox without sent messages', async () => {
    await expect(openMailExport({ kind: 'mbox', path: join(root, 'export') })).rejects.toThrow(
      'No address for mailbox "bob": it has no sent messages to infer one from; give it with --mailbox-map bob=address',
    );
  });

  it('streams the messages of one file in order', async () => {
    const blocks: (string | null)[] = [];
    for await (const message of mboxMessages(join(root, 'export/alice/Inbox'), 'Inbox')) {
      expect(message.folderPath).toBe('Inbox');
      blocks.push(message.headerBlock);
    }
    expect(blocks).toEqual([
      `${DATE}\nFrom: bob@y.com\nTo: alice@x.com\nBcc: alice@x.com\n`,
      'From: bob@y.com\nTo: alice@x.com\n',
      `${DATE}\nFrom: Bob\nTo: alice@x.com\n`,
    ]);
  });

  it('fails clearly on a missing path, a non-mbox file, duplicate names or an empty folder', async () => {
    await expect(openMailExport({ kind: 'mbox', path: join(root, 'nope.mbox') })).rejects.toThrow(/^Mail export not found: .*nope\.mbox$/);
    await expect(openMailExport({ kind: 'mbox', path: join(root, 'not-mbox/file.txt') })).rejects.toThrow(/file\.txt is empty or not an mbox file/);
    await expect(openMailExport({ kind: 'mbox', path: join(root, 'not-mbox') })).rejects.toThrow(/not-mbox has no mailboxes/);
    await expect(openMailExport({ kind: 'mbox', path: join(root, 'empty') })).rejects.toBeInstanceOf(MailExportError);
    await expect(openMailExport({ kind: 'mbox', path: join(root, 'duplicate') })).rejects.toThrow(/two mailboxes named "bob"/);
  });
});
