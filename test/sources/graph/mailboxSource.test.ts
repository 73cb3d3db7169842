import { describe, expect, it } from 'vitest';
import type { ActivityItem } from '../../../src/engagement/activity.js';
import { GraphAuthError } from '../../../src/sources/graph/authErrors.js';
import { GraphRequestError } from '../../../src/sources/graph/graphRequestError.js';
import type { MailboxActivitySource } from '../../../src/sources/graph/mailboxSource.js';
import { fakeMailbox, fakeSource, mailboxHandler } from './fakeMailboxes.js';

async function readAll(source: MailboxActivitySource): Promise<Map<string, ActivityItem[]>> {
  const read = new Map<string, ActivityItem[]>();
  for await (const stream of source.streams()) {
    const items: ActivityItem[] = [];
    for await (const item of stream.items) items.push(item);
    read.set(stream.label, items);
  }
  return read;
}

const identity = (item: ActivityItem) => (item.kind === 'mail' ? `${item.folder}:${item.messageId}` : `meeting:${item.meetingId}`);

describe('mailboxSource', () => {
  it('streams every mailbox in directory order, following every nextLink, drafts left out', async () => {
    const mailboxes = [0, 1, 2, 3, 4, 5].map((i) => fakeMailbox(i, { inbox: 7 + i, sentitems: 5, calendarView: 3, drafts: 2 }));
    const { source, graph } = fakeSource(mailboxes, mailboxHandler(mailboxes, 3), { prefetchMailboxes: 3 });
    expect(source.mailboxes).toEqual(mailboxes.map((fake) => fake.mailbox.address));
    const read = await readAll(source);
    expect([...read.keys()]).toEqual(source.mailboxes);
    for (const fake of mailboxes) {
      const items = read.get(fake.mailbox.address)!;
      expect(items).toHaveLength(fake.inbox.length + 5 + 3);
      expect(new Set(items.map(identity)).size).toBe(items.length);
      expect(items.every((item) => item.mailbox === fake.mailbox.address)).toBe(true);
      expect(items.filter((item) => item.kind === 'mail' && item.folder === 'sent')).toHaveLength(5);
    }
    expect(source.skipped()).toEqual({ drafts: 12, failedMailboxes: 0 });
    const statuses = source.statuses();
    expect(statuses.map((status) => status.address)).toEqual(source.mailboxes);
    // inbox ceil(n/3) + sent items (5 + 2 drafts) 3 pages + calendar 1 page
    expect(statuses.map((status) => status.requests)).toEqual(mailboxes.map((fake) => Math.ceil(fake.inbox.length / 3) + 3 + 1));
    expect(statuses.every((status) => status.status === 'ok' && status.error === undefined)).toBe(true);
    expect(graph.calls.filter((call) => call.url.pathname.endsWith('/calendarView')).every((call) => call.url.searchParams.has('startDateTime'))).toBe(true);
  });

  it('reads a folder again from the window start when its paging state is gone (410), without repeating items', async () => {
    const mailboxes = [0, 1].map((i) => fakeMailbox(i, { inbox: 10, sentitems: 4, calendarView: 2 }));
    let gone = 0;
    const handler = mailboxHandler(mailboxes, 3, (url, fake, folder) => {
      if (fake.mailbox.address === 'user0@contoso.com' && folder === 'inbox' && url.searchParams.get('$skiptoken') === '6' && gone++ === 0) {
        throw new GraphRequestError(410, 'SyncStateNotFound', 'HTTP 410 SyncStateNotFound: the sync state is gone');
      }
      return undefined;
    });
    const { source } = fakeSource(mailboxes, handler);
    const read = await readAll(source);
    expect(gone).toBe(2);
    const items = read.get('user0@contoso.com')!;
    expect(items).toHaveLength(16);
    expect(new Set(items.map(identity)).size).toBe(16);
    // 3 inbox pages, then 4 again from the start; 2 sent items pages; 1 calendar page.
    expect(source.statuses()[0]).toMatchObject({ status: 'ok', items: 16, requests: 3 + 4 + 2 + 1 });
  });

  it('reports a mailbox that cannot be read and goes on with the others', async () => {
    const mailboxes = [0, 1, 2].map((i) => fakeMailbox(i, { inbox: 4, sentitems: 4, calendarView: 4 }));
    const handler = mailboxHandler(mailboxes, 2, (_url, fake) => {
      if (fake.mailbox.address === 'user1@contoso.com') throw new GraphRequestError(404, 'MailboxNotEnabledForRESTAPI', 'HTTP 404 MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
      return undefined;
    });
    const { source } = fakeSource(mailboxes, handler);
    const read = await readAll(source);
    expect(read.get('user0@contoso.com')).toHaveLength(12);
    expect(read.get('user1@contoso.com')).toEqual([]);
    expect(read.get('user2@contoso.com')).toHaveLength(12);
    const failed = source.statuses()[1]!;
    expect(failed).toMatchObject({ address: 'user1@contoso.com', status: 'failed', items: 0 });
    expect(failed.error).toMatch(/404 MailboxNotEnabledForRESTAPI/);
    expect(source.skipped()).toMatchObject({ failedMailboxes: 1 });
    expect(source.statuses().map((status) => status.status)).toEqual(['ok', 'failed', 'ok']);
  });

  it('stops the run on a failure that is not about one mailbox', async () => {
    const mailboxes = [0, 1, 2].map((i) => fakeMailbox(i, { inbox: 4, sentitems: 4, calendarView: 4 }));
    const expired = new GraphAuthError('expired-secret', 'The client secret has expired.');
    const handler = mailboxHandler(mailboxes, 2, (_url, fake) => {
      if (fake.mailbox.address === 'user1@contoso.com') throw expired;
      return undefined;
    });
    const { source } = fakeSource(mailboxes, handler);
    await expect(readAll(source)).rejects.toBe(expired);
  });

  it('reads at most prefetchMailboxes mailboxes ahead, and stops reading when the run stops', async () => {
    const mailboxes = Array.from({ length: 12 }, (_, i) => fakeMailbox(i, { inbox: 6, sentitems: 2, calendarView: 2 }));
    let consumed = -1;
    let furthestAhead = 0;
    const handler = mailboxHandler(mailboxes, 2, async (_url, fake) => {
      const index = Number(/\d+/.exec(fake.mailbox.address)![0]);
      furthestAhead = Math.max(furthestAhead, index - consumed);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return undefined;
    });
    const { source, graph } = fakeSource(mailboxes, handler, { prefetchMailboxes: 3, bufferedPages: 2 });
    for await (const stream of source.streams()) {
      consumed++;
      for await (const item of stream.items) expect(item.mailbox).toBe(stream.label);
      if (consumed === 4) break;
    }
    // While mailbox i is consumed, only i, i+1 and i+2 are being read.
    expect(furthestAhead).toBeLessThanOrEqual(3);
    const callsAtStop = graph.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(graph.calls.length - callsAtStop).toBeLessThanOrEqual(6);
    const touched = new Set(graph.calls.map((call) => call.url.pathname.split('/')[3]));
    expect(touched.size).toBeLessThanOrEqual(7);
  });
});
