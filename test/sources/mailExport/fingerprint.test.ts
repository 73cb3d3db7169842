import { describe, expect, it } from 'vitest';
import { conversationFingerprint, messageFingerprint, normalizeSubject } from '../../../src/sources/mailExport/fingerprint.js';
import { parseHeaderBlock } from '../../../src/sources/mailExport/headers.js';

const block = (lines: string[]): string => lines.join('\r\n') + '\r\n';
const base = [
  'Date: Tue, 12 Dec 2000 11:33:00 -0800 (PST)',
  'From: eric.letke@enron.com',
  'To: jennifer.medcalf@enron.com',
  'Cc: james.wood@enron.com',
  'Subject: Urgent - Sony',
];

describe('messageFingerprint', () => {
  it('is the same for two copies whose Message-ID, Bcc, folding and other headers differ', () => {
    const first = parseHeaderBlock(block(['Message-ID: <1@thyme>', ...base, 'Bcc: boss@enron.com', 'X-Folder: Sent']));
    const second = parseHeaderBlock(
      ['Message-ID: <2@thyme>', ...base.slice(0, 3), 'CC:   james.wood@enron.com  ', base[4], 'X-Folder: Inbox'].join('\n'),
    );
    expect(messageFingerprint(first)).toBe(messageFingerprint(second));
  });

  it.each([0, 1, 2, 3, 4])('changes when identity header %i changes', (index) => {
    const changed = base.map((line, i) => (i === index ? line + 'x' : line));
    expect(messageFingerprint(parseHeaderBlock(block(changed)))).not.toBe(messageFingerprint(parseHeaderBlock(block(base))));
  });

  it('does not confuse a value boundary with content', () => {
    const a = parseHeaderBlock(block(['To: a@x.com', 'Cc: b@x.com']));
    const b = parseHeaderBlock(block(['To: a@x.com', 'Cc: ', 'Subject: b@x.com']));
    expect(messageFingerprint(a)).not.toBe(messageFingerprint(b));
  });

  it('is a short url-safe string that holds no header text', () => {
    const id = messageFingerprint(parseHeaderBlock(block(base)));
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(id).not.toContain('Sony');
  });
});

describe('normalizeSubject', () => {
  it('removes re:, fw: and fwd: prefixes repeatedly, any case, white space around them', () => {
    expect(normalizeSubject('Re: RE:fw: Fwd:  Hello   World')).toBe('hello world');
    expect(normalizeSubject('  FWD:re:Hello')).toBe('hello');
  });

  it('keeps prefixes whose letters are not directly followed by the colon, and inner ones', () => {
    expect(normalizeSubject('re : x')).toBe('re : x');
    expect(normalizeSubject('Report: RE: x')).toBe('report: re: x');
    expect(normalizeSubject('AW: x')).toBe('aw: x');
  });

  it('collapses white space runs, trims and lower-cases', () => {
    expect(normalizeSubject('\tQ3  \t Numbers ')).toBe('q3 numbers');
  });
});

describe('conversationFingerprint', () => {
  it('is the same for a subject and its replies and forwards', () => {
    const subject = (value: string) => conversationFingerprint(parseHeaderBlock(`Subject: ${value}\n`));
    expect(subject('Re: RE:fw: Fwd:  Hello   World')).toBe(subject('hello world'));
    expect(subject('re : hello world')).not.toBe(subject('hello world'));
  });

  it('does not depend on other headers', () => {
    const a = parseHeaderBlock('Subject: Deal\nFrom: a@x.com\n');
    const b = parseHeaderBlock('Subject: RE: Deal\nFrom: b@x.com\n');
    expect(conversationFingerprint(a)).toBe(conversationFingerprint(b));
  });
});
