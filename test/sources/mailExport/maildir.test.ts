import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MailExportError, openMailExport } from '../../../src/sources/mailExport/mailExport.js';
import { readHeaderBlock } from '../../../src/sources/mailExport/maildir.js';
import { mailboxNamed, message, readAll, removeTree, writeTree } from './fixtures.js';

/** Bytes read through file handles, by path: proves that message bodies are not read. */
const { bytesReadByPath } = vi.hoisted(() => ({ bytesReadByPath: new Map<string, number>() }));

type Callback = (error: NodeJS.ErrnoException | null, ...results: unknown[]) => void;

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const pathByFd = new Map<number, string>();
  const withCallback = (call: (...args: unknown[]) => void, onResult: (args: unknown[], results: unknown[]) => void) =>
    (...args: unknown[]) => {
      const callback = args.pop() as Callback;
      call(...args, (error: NodeJS.ErrnoException | null, ...results: unknown[]) => {
        if (error === null) onResult(args, results);
        callback(error, ...results);
      });
    };
  const open = withCallback(actual.open as (...args: unknown[]) => void, (args, [fd]) => pathByFd.set(fd as number, String(args[0])));
  const read = withCallback(actual.read as (...args: unknown[]) => void, (args, [bytesRead]) => {
    const path = pathByFd.get(args[0] as number) ?? '';
    bytesReadByPath.set(path, (bytesReadByPath.get(path) ?? 0) + (bytesRead as number));
  });
  return { ...actual, open, read, default: { ...actual, open, read } };
});

const DATE = 'Date: Fri, 1 Jun 2001 09:00:00 -0700 (PDT)';
const BODY_WITH_HEADERS = [
  'Hi Alice,',
  'From: spy@evil.com',
  'Cc: spy@evil.com',
  'Date: Mon, 1 Jan 1990 00:00:00 +0000',
  '',
  'Bcc: spy@evil.com',
  '',
].join('\r\n');
const LARGE_BODY = 'x'.repeat(100) + '\r\n' + 'Secret body line.\r\n'.repeat(60_000);

const files: Record<string, string> = {
  'alice/_sent_mail/1': message([DATE, 'From: Alice <ALICE@x.com>', 'To: bob@y.com', 'Bcc: carol@z.com', 'Subject: Plan']),
  'alice/_sent_mail/2': message([DATE, 'From: alice@x.com', 'To: dan@y.com', 'Subject: Re: Plan']),
  'alice/_sent_mail/3': message([DATE, 'From: assistant@x.com', 'To: dan@y.com', 'Subject: For Alice']),
  'alice/drafts/1': message([DATE, 'From: alice@x.com', 'To: bob@y.com', 'Subject: Unsent']),
  'alice/inbox/1': message(
    [DATE, 'From: bob@y.com', 'To: alice@x.com,', '\tcarol@z.com', 'Bcc: alice@x.com', 'Subject: Numbers'],
    BODY_WITH_HEADERS,
  ),
  'alice/inbox/2': message(['From: bob@y.com', 'To: alice@x.com', 'Subject: No date'], BODY_WITH_HEADERS),
  'alice/inbox/3': message(['Date: Fri, 1 Jun 2001 09:00:00 -0700', 'From: Bob', 'To: alice@x.com'], 'From: bob@y.com\r\n'),
  'alice/inbox/4': message(['Date: 31 Jun 2001 09:00:00 -0700', 'From: bob@y.com', 'To: alice@x.com']),
  'alice/inbox/.hidden': message([DATE, 'From: hidden@x.com', 'To: alice@x.com']),
  'alice/projects/presentations/1': message(['Date: Sat, 2 Jun 2001 09:00 +0000', 'From: eve@w.com', 'To: alice@x.com'], LARGE_BODY),
  'bob/sent/1': message([DATE, 'From: mike@y.com', 'To: a@x.com']),
  'bob/sent/2': message([DATE, 'From: alan@y.com', 'To: a@x.com']),
  'bob/sent/3': message([DATE, 'From: zoe@y.com', 'To: a@x.com']),
  'bob/inbox/1': message([DATE, 'From: a@x.com', 'To: bob@y.com']),
  '.git/HEAD': 'ref: refs/heads/main\n',
  'README.txt': 'not a mailbox\n',
};

let root = '';
beforeAll(async () => {
  root = await writeTree(files);
});
afterAll(async () => {
  await removeTree(root);
});

describe('maildir export', () => {
  it('lists one mailbox per visible top-level folder, with its inferred address', async () => {
    const mailExport = await openMailExport({ kind: 'maildir', path: root });
    expect(mailExport.mailboxes).toEqual([
      { name: 'alice', address: 'alice@x.com' },
      { name: 'bob', address: 'alan@y.com' },
    ]);
  });

  it('reads every message below the mailbox in path order, folders by the folder rule, hidden files left out', async () => {
    const mailExport = await openMailExport({ kind: 'maildir', path: root });
    const items = await readAll(mailExport, mailboxNamed(mailExport, 'alice'));
    expect(items.map(({ from, folder, mailbox }) => ({ from, folder, mailbox }))).toEqual([
      { from: 'alice@x.com', folder: 'sent', mailbox: 'alice@x.com' },
      { from: 'alice@x.com', folder: 'sent', mailbox: 'alice@x.com' },
      { from: 'assistant@x.com', folder: 'sent', mailbox: 'alice@x.com' },
      { from: 'alice@x.com', folder: 'drafts', mailbox: 'alice@x.com' },
      { from: 'bob@y.com', folder: 'inbox', mailbox: 'alice@x.com' },
      { from: 'eve@w.com', folder: 'inbox', mailbox: 'alice@x.com' },
    ]);
    expect(items[0]).toMatchObject({ to: ['bob@y.com'], bcc: ['carol@z.com'], sentAt: Date.parse('2001-06-01T16:00:00Z') });
    expect(items[0]!.conversationId).toBe(items[1]!.conversationId);
  });

  it('parses the header block only: header-like lines in the body are ignored', async () => {
    const mailExport = await openMailExport({ kind: 'maildir', path: root });
    const items = await readAll(mailExport, mailboxNamed(mailExport, 'alice'));
    const fromBob = items.find((item) => item.from === 'bob@y.com');
    expect(fromBob).toMatchObject({ to: ['alice@x.com', 'carol@z.com'], cc: [], bcc: [], sentAt: Date.parse('2001-06-01T16:00:00Z') });
    expect(JSON.stringify(items)).not.toContain('spy@evil.com');
  });

  it('skips and counts messages with an unparseable or missing Date (a Date in the body does not count) or no valid From', async () => {
    const mailExport = await openMailExport({ kind: 'maildir', path: root });
    expect(mailExport.skipped()).toEqual({ unparseableDate: 0, noFrom: 0, headerTooLarge: 0 });
    await readAll(mailExport, mailboxNamed(mailExport, 'alice'));
    expect(mailExport.skipped()).toEqual({ unparseableDate: 2, noFrom: 1, headerTooLarge: 0 });
    await readAll(mailExport, mailboxNamed(mailExport, 'alice'));
    await readAll(mailExport, mailboxNamed(mailExport, 'bob'));
    expect(mailExport.skipped()).toEqual({ unparseableDate: 2, noFrom: 1, headerTooLarge: 0 });
  });

  it('does not read message bodies', async () => {
    const path = join(root, 'alice/projects/presentations/1');
    bytesReadByPath.delete(path);
    const headerBlock = await readHeaderBlock(path);
    expect(headerBlock).toBe('Date: Sat, 2 Jun 2001 09:00 +0000\r\nFrom: eve@w.com\r\nTo: alice@x.com\r\n');
    expect(LARGE_BODY.length).toBeGreaterThan(1_000_000);
    expect(bytesReadByPath.get(path)).toBeLessThanOrEqual(8 * 1024);
  });

  it('reads a header block that spans several chunks, and one without a body', async () => {
    const longTo = 'To: ' + Array.from({ length: 1500 }, (_, i) => `person${i}@x.com`).join(', ');
    const dir = await writeTree({ 'm/long': message([DATE, 'From: a@x.com', longTo], 'body\n'), 'm/nobody': `${DATE}\nFrom: a@x.com` });
    try {
      const long = await readHeaderBlock(join(dir, 'm/long'));
      expect(long?.endsWith('person1499@x.com\r\n')).toBe(true);
      expect(long).not.toContain('body');
      expect(await readHeaderBlock(join(dir, 'm/nobody'))).toBe(`${DATE}\nFrom: a@x.com`);
    } finally {
      await removeTree(dir);
    }
  });

  it('uses the addresses given in the mailbox map instead of inferring them', async () => {
    const mailExport = await openMailExport({ kind: 'maildir', path: root }, { mailboxMap: { bob: ' Bob@Y.com ' } });
    expect(mailExport.mailboxes.map((mailbox) => mailbox.address)).toEqual(['alice@x.com', 'bob@y.com']);
    const items = await readAll(mailExport, mailboxNamed(mailExport, 'bob'));
    expect(items.map((item) => item.mailbox)).toEqual(['bob@y.com', 'bob@y.com', 'bob@y.com', 'bob@y.com']);
  });

  it('rejects a mailbox map naming an unknown mailbox or giving an invalid address', async () => {
    await expect(openMailExport({ kind: 'maildir', path: root }, { mailboxMap: { carol: 'c@z.com' } })).rejects.toThrow(
      /"carol", which is not a mailbox of .*"alice", "bob"/,
    );
    await expect(openMailExport({ kind: 'maildir', path: root }, { mailboxMap: { bob: 'bob' } })).rejects.toThrow(MailExportError);
  });

  it('fails, naming the mailbox, when a mailbox has no sent message and no given address', async () => {
    const dir = await writeTree({ 'carol/inbox/1': message([DATE, 'From: a@x.com', 'To: carol@z.com']) });
    try {
      await expect(openMailExport({ kind: 'maildir', path: dir })).rejects.toThrow(
        'No address for mailbox "carol": it has no sent messages to infer one from; give it with --mailbox-map carol=address',
      );
      const mailExport = await openMailExport({ kind: 'maildir', path: dir }, { mailboxMap: { carol: 'carol@z.com' } });
      expect(mailExport.mailboxes).toEqual([{ name: 'carol', address: 'carol@z.com' }]);
    } finally {
      await removeTree(dir);
    }
  });

  it('fails clearly when the path is missing, not a folder, or holds no mailbox', async () => {
    const empty = await writeTree({ '.hidden/1': 'x', 'loose-file': 'x' });
    try {
      await expect(openMailExport({ kind: 'maildir', path: join(root, 'missing') })).rejects.toThrow(/^Mail export not found: .*missing$/);
      await expect(openMailExport({ kind: 'maildir', path: join(root, 'README.txt') })).rejects.toThrow(/README\.txt is not a folder/);
      await expect(openMailExport({ kind: 'maildir', path: empty })).rejects.toThrow(/has no mailbox folders/);
      await expect(openMailExport({ kind: 'maildir', path: empty })).rejects.toBeInstanceOf(MailExportError);
    } finally {
      await removeTree(empty);
    }
  });

  it('refuses to read a mailbox of another export', async () => {
    const mailExport = await openMailExport({ kind: 'maildir', path: root });
    await expect(readAll(mailExport, { name: 'carol', address: 'c@z.com' })).rejects.toThrow(MailExportError);
  });

});
