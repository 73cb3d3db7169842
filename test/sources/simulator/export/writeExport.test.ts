import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailItem, MeetingItem } from '../../../../src/engagement/activity.js';
import { readCustomerCsv } from '../../../../src/sources/contacts/csvDataset.js';
import { readActivityJsonl } from '../../../../src/sources/jsonl/jsonlReader.js';
import { conversationFingerprint, messageFingerprint } from '../../../../src/sources/mailExport/fingerprint.js';
import { parseHeaderBlock } from '../../../../src/sources/mailExport/headers.js';
import { openMailExport } from '../../../../src/sources/mailExport/mailExport.js';
import { ConversationStarts } from '../../../../src/sources/simulator/export/conversationStarts.js';
import { mailboxFolderNames } from '../../../../src/sources/simulator/export/maildirWriter.js';
import { conversationSubject, mailHeaderLines, rfc5322Date } from '../../../../src/sources/simulator/export/mailHeaders.js';
import { writeTenantExport, type TenantExport } from '../../../../src/sources/simulator/export/writeExport.js';
import { generateTenant } from '../../../../src/sources/simulator/tenantGenerator.js';
import type { SimulatedTenant } from '../../../../src/sources/simulator/tenantModel.js';

const AS_OF = Date.UTC(2025, 2, 14, 9, 30);
const SMALL_SIZES = { users: 14, monitoredMailboxes: 10, groups: 2, accounts: 15, emailsPerUserPerYear: 160, meetingsPerUserPerYear: 30 };

function mailsOf(tenant: SimulatedTenant, mailbox: string): MailItem[] {
  return tenant.mailboxItems(mailbox).filter((item): item is MailItem => item.kind === 'mail');
}

/** What identifies a copy apart from its fingerprints; the export keeps Date in whole seconds. */
function copyKey(copy: MailItem): string {
  return JSON.stringify([copy.mailbox, copy.folder, copy.from, copy.to, copy.cc, copy.folder === 'sent' ? copy.bcc : [], Math.floor(copy.sentAt / 1000)]);
}

/** Each id of one side must map to exactly one id of the other, both ways: the same grouping. */
function expectSameGrouping(pairs: readonly [string, string][]): void {
  const forward = new Map<string, Set<string>>();
  const backward = new Map<string, Set<string>>();
  for (const [left, right] of pairs) {
    if (!forward.has(left)) forward.set(left, new Set());
    if (!backward.has(right)) backward.set(right, new Set());
    forward.get(left)!.add(right);
    backward.get(right)!.add(left);
  }
  expect([...forward.values()].filter((set) => set.size !== 1)).toEqual([]);
  expect([...backward.values()].filter((set) => set.size !== 1)).toEqual([]);
}

describe('writeTenantExport', () => {
  const tenant = generateTenant({ seed: 11, asOf: AS_OF, sizes: SMALL_SIZES });
  let dir: string;
  let written: TenantExport;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rapport-export-'));
    written = await writeTenantExport(tenant, join(dir, 'out'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one maildir folder per monitored mailbox, with its map', async () => {
    expect(Object.values(written.mailboxMap).sort()).toEqual(tenant.mailboxes());
    expect((await readdir(written.maildir)).sort()).toEqual(Object.keys(written.mailboxMap).sort());
    const [name, address] = Object.entries(written.mailboxMap)[0]!;
    expect(address.startsWith(`${name}@`)).toBe(true);
  });

  it('reads back as the tenant mail, up to the fingerprints: same copies, messages and conversations', async () => {
    const mailExport = await openMailExport({ kind: 'maildir', path: written.maildir }, { mailboxMap: written.mailboxMap });
    const messagePairs: [string, string][] = [];
    const conversationPairs: [string, string][] = [];
    for (const mailbox of mailExport.mailboxes) {
      const read: MailItem[] = [];
      for await (const item of mailExport.read(mailbox)) read.push(item);
      const expected = mailsOf(tenant, mailbox.address);
      expect(read.map(copyKey).sort()).toEqual(expected.map(copyKey).sort());
      const readByKey = new Map(read.map((item) => [copyKey(item), item]));
      expect(readByKey.size).toBe(read.length);
      for (const copy of expected) {
        const match = readByKey.get(copyKey(copy))!;
        messagePairs.push([copy.messageId, match.messageId]);
        conversationPairs.push([copy.conversationId, match.conversationId]);
      }
    }
    expect(mailExport.skipped()).toEqual({ unparseableDate: 0, noFrom: 0, headerTooLarge: 0 });
    expect(messagePairs.length).toBe(tenant.mailboxes().reduce((sum, mailbox) => sum + mailsOf(tenant, mailbox).length, 0));
    expectSameGrouping(messagePairs);
    expectSameGrouping(conversationPairs);
  });

  it('writes every meeting copy to the JSONL file', async () => {
    const read: MeetingItem[] = [];
    for await (const item of readActivityJsonl(written.meetingsJsonl)) if (item.kind === 'meeting') read.push(item);
    const expected = tenant.mailboxes().flatMap((mailbox) => tenant.mailboxItems(mailbox).filter((item) => item.kind === 'meeting'));
    expect(read.length).toBeGreaterThan(0);
    expect(read).toEqual(expected);
  });

  it('writes the customer dataset as a contacts CSV that loads back the same', async () => {
    const text = await readFile(written.contactsCsv, 'utf8');
    expect(text.split('\n')[0]).toBe('email,accountId,accountName,domains,owner');
    const { dataset } = await readCustomerCsv(written.contactsCsv, { email: 'email', accountId: 'accountId', accountName: 'accountName', domain: 'domains', owner: 'owner' });
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const sortedDomains = <T extends { domains: string[] }>(list: T[]) => list.map((account) => ({ ...account, domains: [...account.domains].sort() }));
    expect(sortedDomains(byId(dataset.accounts))).toEqual(sortedDomains(byId(tenant.dataset.accounts)));
    const contactKey = (contact: { email: string; accountId: string }) => `${contact.accountId} ${contact.email}`;
    expect(dataset.contacts.map(contactKey).sort()).toEqual(tenant.dataset.contacts.map(contactKey).sort());
  });

  it('writes headers only the sender copy has Bcc in, and a placeholder body', async () => {
    const sentWithBcc = tenant.mailboxes().flatMap((mailbox) => mailsOf(tenant, mailbox)).find((copy) => copy.folder === 'sent' && copy.bcc.length > 0);
    expect(sentWithBcc).toBeDefined();
    const folder = Object.entries(written.mailboxMap).find(([, address]) => address === sentWithBcc!.mailbox)![0];
    const files = await readdir(join(written.maildir, folder, 'sent'));
    const texts = await Promise.all(files.map((file) => readFile(join(written.maildir, folder, 'sent', file), 'utf8')));
    const text = texts.find((candidate) => candidate.includes(`Date: ${rfc5322Date(sentWithBcc!.sentAt)}`) && candidate.includes('Bcc:'))!;
    expect(text).toMatch(/^Message-ID: <[0-9a-f]+\.JavaMail\.rapport@simulator\.invalid>\nDate: [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000\n/);
    expect(text).toContain(`Subject: `);
    expect(text.split('\n\n')[1]).toMatch(/^Synthetic placeholder body/);
  });
});

describe('mail headers of the default demo tenant', () => {
  const tenant = generateTenant({ seed: 7, asOf: AS_OF });
  const copies = tenant.mailboxes().flatMap((mailbox) => mailsOf(tenant, mailbox));
  const starts = new ConversationStarts();
  for (const copy of copies) starts.note(copy);
  const names = new Map(tenant.users.map((user) => [user.address, user.displayName]));
  const headersOf = (copy: MailItem) =>
    parseHeaderBlock(mailHeaderLines(copy, conversationSubject(copy.conversationId, starts.isReply(copy)), (address) => names.get(address) ?? null).join('\n'));

  it('never gives two different messages the same export fingerprint, nor one message two', () => {
    const pairs: [string, string][] = copies.map((copy) => [copy.messageId, messageFingerprint(headersOf(copy))]);
    expectSameGrouping(pairs);
  });

  it('groups exactly the messages of one conversation by the export conversation fingerprint', () => {
    expectSameGrouping(copies.map((copy) => [copy.conversationId, conversationFingerprint(headersOf(copy))]));
  });

  it('marks every message after a conversation first as a reply', () => {
    const firstSubjects = copies.filter((copy) => !starts.isReply(copy)).map((copy) => headersOf(copy).get('subject')!);
    expect(firstSubjects.every((subject) => subject.startsWith('Project '))).toBe(true);
    expect(copies.some((copy) => starts.isReply(copy) && headersOf(copy).get('subject')!.startsWith('Re: Project '))).toBe(true);
  });

  it('formats dates as RFC 5322 in +0000, whole seconds', () => {
    expect(rfc5322Date(Date.UTC(2024, 4, 7, 16, 39, 7, 999))).toBe('Tue, 07 May 2024 16:39:07 +0000');
  });

  it('names mailbox folders by local part, falling back to the address on a clash', () => {
    expect(mailboxFolderNames(['ann@a.example', 'bob@a.example', 'bob@b.example'])).toEqual(
      new Map([['ann@a.example', 'ann'], ['bob@a.example', 'bob@a.example'], ['bob@b.example', 'bob@b.example']]),
    );
  });
});
