import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityItem, MailItem, MeetingItem } from '../../../src/engagement/activity.js';
import { formatActivityLine } from '../../../src/sources/jsonl/activityJson.js';
import { JsonlError, readActivityJsonl, type JsonlReadOptions } from '../../../src/sources/jsonl/jsonlReader.js';
import { writeActivityJsonl } from '../../../src/sources/jsonl/jsonlWriter.js';

let dir: string;
let fileCount = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-jsonl-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function newPath(): string {
  return join(dir, `activity-${++fileCount}.jsonl`);
}

async function jsonlFile(text: string): Promise<string> {
  const path = newPath();
  await writeFile(path, text, 'utf8');
  return path;
}

async function readAll(path: string, options?: JsonlReadOptions) {
  const read = readActivityJsonl(path, options);
  const items: ActivityItem[] = [];
  for await (const item of read) items.push(item);
  return { items, report: read.report() };
}

function mail(n: number, overrides: Partial<MailItem> = {}): MailItem {
  return {
    kind: 'mail',
    mailbox: 'ann@contoso.com',
    messageId: `<${n}@contoso.com>`,
    conversationId: `conversation-${n % 3}`,
    from: 'ann@contoso.com',
    to: ['bob@fabrikam.com'],
    cc: n % 2 === 0 ? ['carl@contoso.com'] : [],
    bcc: [],
    sentAt: Date.UTC(2001, 4, 31, 17, 4) + n * 60_000,
    folder: 'sent',
    ...overrides,
  };
}

function meeting(n: number): MeetingItem {
  return {
    kind: 'meeting',
    mailbox: 'ann@contoso.com',
    meetingId: `uid-${n}`,
    organizer: 'ann@contoso.com',
    attendees: [
      { address: 'bob@fabrikam.com', response: 'accepted' },
      { address: 'dana@fabrikam.com', response: 'tentative' },
    ],
    start: Date.UTC(2001, 5, 1, 9) + n * 3_600_000,
    end: Date.UTC(2001, 5, 1, 10) + n * 3_600_000,
    isCancelled: n % 5 === 0,
    isAllDay: false,
  };
}

describe('writeActivityJsonl and readActivityJsonl', () => {
  it('give back the items written, mail and meetings', async () => {
    const items: ActivityItem[] = [mail(1), meeting(2), mail(3, { folder: 'inbox', bcc: ['x@y.com'] }), meeting(5)];
    const path = newPath();
    expect(await writeActivityJsonl(path, items)).toBe(4);
    const { items: read, report } = await readAll(path);
    expect(read).toEqual(items);
    expect(report).toEqual({ lines: 4, items: 4, malformed: 0, issues: [] });
  });

  it('writes one spec-form object per line', async () => {
    const path = newPath();
    await writeActivityJsonl(path, [mail(1), meeting(2)]);
    expect(await readFile(path, 'utf8')).toBe(`${formatActivityLine(mail(1))}\n${formatActivityLine(meeting(2))}\n`);
  });

  it('writes from an async source, many items', async () => {
    async function* source(): AsyncGenerator<ActivityItem> {
      for (let n = 0; n < 5_000; n++) yield n % 4 === 0 ? meeting(n) : mail(n);
    }
    const path = newPath();
    expect(await writeActivityJsonl(path, source())).toBe(5_000);
    const { items } = await readAll(path);
    expect(items).toHaveLength(5_000);
    expect(items[4_999]).toEqual(mail(4_999));
  });

  it('fails when the source fails', async () => {
    async function* failing(): AsyncGenerator<ActivityItem> {
      yield mail(1);
      throw new Error('source broke');
    }
    await expect(writeActivityJsonl(newPath(), failing())).rejects.toThrow('source broke');
  });

  it('writes an empty file for no items', async () => {
    const path = newPath();
    expect(await writeActivityJsonl(path, [])).toBe(0);
    expect(await readFile(path, 'utf8')).toBe('');
  });
});

describe('readActivityJsonl', () => {
  it('reports malformed lines with their line numbers and reads the rest', async () => {
    const good = [mail(1), meeting(2), mail(3), mail(4)];
    const badResponse = JSON.parse(formatActivityLine(meeting(9))) as Record<string, unknown>;
    badResponse.attendees = [{ address: 'bob@fabrikam.com', response: 'maybe' }];
    const { sentAt: _missing, ...noSentAt } = JSON.parse(formatActivityLine(mail(9))) as Record<string, unknown>;
    const lines = [
      formatActivityLine(good[0]!), // 1
      '{"kind":"mail", oops}', // 2: bad JSON
      formatActivityLine(good[1]!), // 3
      JSON.stringify(noSentAt), // 4: missing field
      JSON.stringify(badResponse), // 5: bad response value
      formatActivityLine(good[2]!).replace('2001-05-31T17:07:00.000Z', '2001-05-31T17:07:00'), // 6: time without zone
      formatActivityLine(good[3]!), // 7
    ];
    const { items, report } = await readAll(await jsonlFile(lines.join('\n') + '\n'));
    expect(items).toEqual([good[0], good[1], good[3]]);
    expect(report.lines).toBe(7);
    expect(report.items).toBe(3);
    expect(report.malformed).toBe(4);
    expect(report.issues.map((issue) => issue.line)).toEqual([2, 4, 5, 6]);
    expect(report.issues[0]!.reason).toMatch(/^invalid JSON/);
    expect(report.issues[1]!.reason).toBe('missing field "sentAt"');
    expect(report.issues[2]!.reason).toMatch(/^"attendees\[0\]\.response" must be one of/);
    expect(report.issues[3]!.reason).toMatch(/^"sentAt" must be an ISO 8601 time with a zone/);
  });

  it('counts every malformed line but details only the first 20', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 'not json' : formatActivityLine(mail(i))));
    const { items, report } = await readAll(await jsonlFile(lines.join('\n')));
    expect(items).toHaveLength(15);
    expect(report.malformed).toBe(15);
    expect(report.issues).toHaveLength(15);

    const many = await readAll(await jsonlFile(Array.from({ length: 25 }, () => '[]').join('\n')));
    expect(many.report.malformed).toBe(25);
    expect(many.report.issues).toHaveLength(20);
    expect(many.report.issues[19]!.line).toBe(20);
  });

  it('ignores unknown fields', async () => {
    const line = formatActivityLine(mail(1)).replace('{"kind":"mail",', '{"kind":"mail","subject":"hush","x":{"y":[1]},');
    const { items, report } = await readAll(await jsonlFile(line));
    expect(items).toEqual([mail(1)]);
    expect(Object.keys(items[0]!)).not.toContain('subject');
    expect(report.malformed).toBe(0);
  });

  it('ignores blank lines but keeps counting them, and reads a last line without a newline', async () => {
    const text = `\n${formatActivityLine(mail(1))}\n   \n\t\n[]\n${formatActivityLine(mail(2))}`;
    const { items, report } = await readAll(await jsonlFile(text));
    expect(items).toEqual([mail(1), mail(2)]);
    expect(report.issues).toEqual([{ line: 5, reason: expect.stringMatching(/JSON object/) }]);
    expect(report.lines).toBe(6);
  });

  it('reads CRLF line ends and a byte order mark', async () => {
    const text = `\uFEFF${formatActivityLine(mail(1))}\r\n\r\n${formatActivityLine(meeting(2))}\r\n`;
    const { items, report } = await readAll(await jsonlFile(text));
    expect(items).toEqual([mail(1), meeting(2)]);
    expect(report.malformed).toBe(0);
  });

  it('joins lines and multi-byte characters split across chunk boundaries', async () => {
    // 2-, 3- and 4-byte UTF-8 characters; every chunk size from 1 byte up puts a boundary
    // inside each of them somewhere, and inside a CRLF too.
    const items: ActivityItem[] = [
      mail(1, { from: 'josé@contoso.com' }),
      meeting(2),
      mail(3, { to: ['€uro@fabrikam.com', '😀@fabrikam.com'] }),
      mail(4, { conversationId: 'ü'.repeat(40) }),
    ];
    const text = items.map((item) => formatActivityLine(item)).join('\r\n') + '\r\n';
    const path = await jsonlFile(text);
    for (let chunkBytes = 1; chunkBytes <= 64; chunkBytes++) {
      const read = await readAll(path, { chunkBytes });
      expect(read.items, `chunk size ${chunkBytes}`).toEqual(items);
      expect(read.report.malformed).toBe(0);
    }
    const boundary = Buffer.byteLength(formatActivityLine(items[0]!).split('é')[0]!) + 1;
    const splitInsideE = await readAll(path, { chunkBytes: boundary });
    expect(splitInsideE.items[0]).toEqual(items[0]);
  });

  it('reads a file larger than its chunk size, numbering lines across chunks', async () => {
    const lines = Array.from({ length: 2_000 }, (_, n) => (n === 1_500 ? '{' : formatActivityLine(mail(n))));
    const { items, report } = await readAll(await jsonlFile(lines.join('\n')), { chunkBytes: 4096 });
    expect(items).toHaveLength(1_999);
    expect(items[1_500]).toEqual(mail(1_501));
    expect(report.issues.map((issue) => issue.line)).toEqual([1_501]);
  });

  it('stops reading when the caller stops early', async () => {
    const path = await jsonlFile([mail(1), mail(2), mail(3)].map((item) => formatActivityLine(item)).join('\n'));
    const read = readActivityJsonl(path, { chunkBytes: 16 });
    for await (const item of read) {
      expect(item).toEqual(mail(1));
      break;
    }
    expect(read.report().items).toBe(1);
  });

  it('can be iterated once', async () => {
    const read = readActivityJsonl(await jsonlFile(formatActivityLine(mail(1))));
    for await (const _item of read) {
      // drain
    }
    expect(() => read[Symbol.asyncIterator]()).toThrow(JsonlError);
  });

  it('names the missing file in a JsonlError', async () => {
    const path = join(dir, 'missing.jsonl');
    const error = await readAll(path).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(JsonlError);
    expect((error as Error).message).toBe(`Activity file not found: ${path}`);
  });
});
