import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, type MailItem } from '../../../../src/engagement/activity.js';
import { startSimulator, type RunningSimulator } from '../../../../src/sources/simulator/server/simulator.js';
import { BIG_INBOX_SIZE, handmadeTenant, START, USERS } from './handmadeTenant.js';
import { AS_OF, demoTenant, SimulatorClient } from './simulatorClient.js';

const tenant = demoTenant();
const METADATA = ['id', 'internetMessageId', 'conversationId', 'from', 'toRecipients', 'ccRecipients', 'bccRecipients', 'sentDateTime', 'receivedDateTime'];
const SELECT = METADATA.join(',');

let simulator: RunningSimulator;
let client: SimulatorClient;

/** The monitored mailbox holding the most mail, and its copies. */
const mailbox = tenant
  .mailboxes()
  .map((address) => ({ address, mails: tenant.mailboxItems(address).filter((item): item is MailItem => item.kind === 'mail') }))
  .sort((a, b) => b.mails.length - a.mails.length)[0]!;

function iso(time: number): string {
  return new Date(time).toISOString();
}

function window(field: string, from: number, until: number): string {
  return encodeURIComponent(`${field} ge ${iso(from)} and ${field} lt ${iso(until)}`);
}

beforeAll(async () => {
  simulator = await startSimulator({ tenant });
  client = new SimulatorClient(simulator);
});

afterAll(async () => {
  await client.close();
  await simulator.close();
});

describe('mail folder messages', () => {
  it('pages through a time window with $top, returning exactly that window of the folder', async () => {
    const from = AS_OF - 120 * DAY_MS;
    const until = AS_OF - 30 * DAY_MS;
    const expected = mailbox.mails.filter((mail) => mail.folder === 'inbox' && mail.sentAt >= from && mail.sentAt < until);
    expect(expected.length).toBeGreaterThan(100);
    const { items, pages, links } = await client.getAll(
      `/users/${mailbox.address}/mailFolders/inbox/messages?$select=${SELECT}&$top=50&$filter=${window('receivedDateTime', from, until)}`,
    );
    expect(pages).toBe(Math.ceil(expected.length / 50));
    for (const link of links) expect(link.startsWith(`${simulator.url}/v1.0/users/${mailbox.address}/mailFolders/inbox/messages?`)).toBe(true);
    expect(items.map((item) => item['internetMessageId']).sort()).toEqual(expected.map((mail) => mail.messageId).sort());
    const times = items.map((item) => Date.parse(item['receivedDateTime'] as string));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['@odata.etag', ...METADATA].sort());
  });

  it('maps each copy to Graph JSON: addresses, times, folder and bcc only on the sent copy', async () => {
    const sent = mailbox.mails.find((mail) => mail.folder === 'sent' && mail.bcc.length > 0) ?? mailbox.mails.find((mail) => mail.folder === 'sent')!;
    const response = await client.get(
      `/users/${mailbox.address}/mailFolders/sentitems/messages?$select=${SELECT}&$filter=${window('sentDateTime', sent.sentAt, sent.sentAt + 1)}`,
    );
    const item = response.body.value.find((message: Record<string, unknown>) => message['internetMessageId'] === sent.messageId);
    const addresses = (list: { emailAddress: { address: string } }[]) => list.map((recipient) => recipient.emailAddress.address);
    expect(item.from.emailAddress.address).toBe(mailbox.address);
    expect(addresses(item.toRecipients)).toEqual(sent.to);
    expect(addresses(item.ccRecipients)).toEqual(sent.cc);
    expect(addresses(item.bccRecipients)).toEqual(sent.bcc);
    expect(Date.parse(item.sentDateTime)).toBe(sent.sentAt);
    expect(item.conversationId).toBe(sent.conversationId);
    const received = mailbox.mails.find((mail) => mail.folder === 'inbox')!;
    const inbox = await client.get(
      `/users/${mailbox.address}/mailFolders/inbox/messages?$select=internetMessageId,bccRecipients&$filter=${window('receivedDateTime', received.sentAt, received.sentAt + 1)}`,
    );
    expect(inbox.body.value.find((message: Record<string, unknown>) => message['internetMessageId'] === received.messageId).bccRecipients).toEqual([]);
  });

  it('keeps drafts out of inbox and sent items', async () => {
    const owner = tenant.mailboxes().find((address) => tenant.mailboxItems(address).some((item) => item.kind === 'mail' && item.folder === 'drafts'))!;
    const drafts = tenant.mailboxItems(owner).filter((item): item is MailItem => item.kind === 'mail' && item.folder === 'drafts');
    const seen = new Set<string>();
    for (const folder of ['inbox', 'sentitems']) {
      const { items } = await client.getAll(`/users/${owner}/mailFolders/${folder}/messages?$select=internetMessageId,isDraft&$top=1000`);
      for (const item of items) {
        seen.add(item['internetMessageId'] as string);
        expect(item['isDraft']).toBe(false);
      }
    }
    for (const draft of drafts) expect(seen.has(draft.messageId)).toBe(false);
    const { items } = await client.getAll(`/users/${owner}/mailFolders/drafts/messages?$select=internetMessageId,isDraft`);
    expect(items.map((item) => item['internetMessageId']).sort()).toEqual(drafts.map((draft) => draft.messageId).sort());
  });

  it('returns everything without $select, subject and body included', async () => {
    const response = await client.get(`/users/${mailbox.address}/mailFolders/inbox/messages`);
    expect(response.body.value).toHaveLength(10);
    const [message] = response.body.value;
    expect(message).toHaveProperty('subject');
    expect(message).toHaveProperty('bodyPreview');
    expect(message.body).toMatchObject({ contentType: 'text' });
    expect(message.isDraft).toBe(false);
  });

  it('records every $select by path, a request for subject included', async () => {
    simulator.resetRecord();
    const path = `/v1.0/users/${mailbox.address}/mailFolders/sentitems/messages`;
    await client.get(`/users/${mailbox.address}/mailFolders/sentitems/messages?$select=id,subject,from&$top=1`);
    await client.get(`/users/${mailbox.address}/mailFolders/inbox/messages?$top=1`);
    expect(simulator.record.selects).toEqual([{ path, select: ['id', 'subject', 'from'] }]);
    expect(simulator.record.requests).toBe(2);
    expect(simulator.record.requestsByMailbox.get(mailbox.address)).toBe(2);
  });

  it('orders oldest first on request, and answers 400 for a filter it does not know', async () => {
    const ascending = await client.get(`/users/${mailbox.address}/mailFolders/inbox/messages?$select=receivedDateTime&$orderby=receivedDateTime%20asc&$top=20`);
    const times = ascending.body.value.map((item: { receivedDateTime: string }) => Date.parse(item.receivedDateTime));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBe(mailbox.mails.find((mail) => mail.folder === 'inbox')!.sentAt);
    const unknown = await client.get(`/users/${mailbox.address}/mailFolders/inbox/messages?$filter=${encodeURIComponent("subject eq 'x'")}`);
    expect(unknown.status).toBe(400);
  });

  it('answers 404 for unknown users, users without a mailbox and unknown folders', async () => {
    const unknown = await client.get('/users/nobody@northwind.example/mailFolders/inbox/messages');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ErrorInvalidUser');
    const unlicensed = tenant.users.find((user) => !user.hasMailbox)!;
    const noMailbox = await client.get(`/users/${unlicensed.id}/mailFolders/inbox/messages`);
    expect(noMailbox.status).toBe(404);
    const folder = await client.get(`/users/${mailbox.address}/mailFolders/archive/messages`);
    expect(folder.status).toBe(404);
    expect(folder.body.error.code).toBe('ErrorItemNotFound');
  });
});

describe('page sizes and the view cache', () => {
  let small: RunningSimulator;
  let smallClient: SimulatorClient;
  const content = handmadeTenant();
  const owner = USERS[0]!.address;

  beforeAll(async () => {
    small = await startSimulator({ tenant: content, viewCacheSize: 4 });
    smallClient = new SimulatorClient(small);
  });

  afterAll(async () => {
    await smallClient.close();
    await small.close();
  });

  it('clamps $top to 1000 and builds a folder once however many pages are read', async () => {
    const first = await smallClient.get(`/users/${owner}/mailFolders/inbox/messages?$select=id&$top=5000`);
    expect(first.body.value).toHaveLength(1000);
    const second = await smallClient.get(first.body['@odata.nextLink']);
    expect(second.body.value).toHaveLength(BIG_INBOX_SIZE - 1000);
    expect(second.body['@odata.nextLink']).toBeUndefined();
    expect(content.builds).toEqual([owner]);
  });

  it('treats gt/le bounds exactly and accepts a filter on sentDateTime', async () => {
    const filter = encodeURIComponent(`sentDateTime gt ${iso(START + 10 * 60_000)} and sentDateTime le ${iso(START + 20 * 60_000)}`);
    const { items } = await smallClient.getAll(`/users/${owner}/mailFolders/inbox/messages?$select=internetMessageId&$filter=${filter}`);
    expect(items.map((item) => item['internetMessageId']).sort()).toEqual(Array.from({ length: 10 }, (_, index) => `<m${index + 11}@fabrikam.example>`).sort());
  });

  it('rejects a $top that is not a positive whole number and a forged skip token', async () => {
    expect((await smallClient.get(`/users/${owner}/mailFolders/inbox/messages?$top=0`)).status).toBe(400);
    expect((await smallClient.get(`/users/${owner}/mailFolders/inbox/messages?$top=ten`)).status).toBe(400);
    expect((await smallClient.get(`/users/${owner}/mailFolders/inbox/messages?$skiptoken=garbage`)).status).toBe(400);
  });
});
