import { describe, expect, it } from 'vitest';
import { isBlankLine, parseHeaderBlock, scanHeaderBlock } from '../../../src/sources/mailExport/headers.js';

describe('parseHeaderBlock', () => {
  it('reads names case-insensitively and trims values', () => {
    const headers = parseHeaderBlock('Subject:  Hello \nFROM: a@b.com\n');
    expect([...headers]).toEqual([
      ['subject', 'Hello'],
      ['from', 'a@b.com'],
    ]);
  });

  it('unfolds folded lines: the line break goes, the space or tab stays', () => {
    const headers = parseHeaderBlock('To: a@b.com,\n\tc@d.com,\n  e@f.com\nCc: x@y.com\n');
    expect(headers.get('to')).toBe('a@b.com,\tc@d.com,  e@f.com');
    expect(headers.get('cc')).toBe('x@y.com');
  });

  it('keeps the first occurrence of a repeated header, folded lines of the later one included', () => {
    const headers = parseHeaderBlock('Date: first\nFrom: a@b.com\ndate: second\n\tcontinued\nTo: c@d.com\n');
    expect(headers.get('date')).toBe('first');
    expect(headers.get('to')).toBe('c@d.com');
  });

  it('stops at the first empty line', () => {
    const headers = parseHeaderBlock('From: a@b.com\n\nTo: body@x.com\n');
    expect(headers.has('to')).toBe(false);
  });

  it('stops at a white-space-only line, even one that looks like a continuation', () => {
    const headers = parseHeaderBlock('From: a@b.com\n \t \nTo: body@x.com\n');
    expect(headers.get('from')).toBe('a@b.com');
    expect(headers.has('to')).toBe(false);
  });

  it('handles CRLF line ends, folding included', () => {
    const headers = parseHeaderBlock('From: a@b.com\r\nTo: c@d.com,\r\n\te@f.com\r\n\r\nCc: body@x.com\r\n');
    expect(headers.get('from')).toBe('a@b.com');
    expect(headers.get('to')).toBe('c@d.com,\te@f.com');
    expect(headers.has('cc')).toBe(false);
  });

  it('ignores lines without a colon and a leading continuation line', () => {
    const headers = parseHeaderBlock('\tstray\nnot a header\nFrom: a@b.com\n');
    expect([...headers.keys()]).toEqual(['from']);
  });
});

describe('scanHeaderBlock', () => {
  const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

  it('finds the blank line that ends the block', () => {
    const text = 'From: a@b.com\r\nTo: c@d.com\r\n\r\nbody\n';
    expect(scanHeaderBlock(bytes(text))).toEqual({ found: true, end: text.indexOf('\r\n\r\n') + 2 });
  });

  it('treats a white-space-only line as the end', () => {
    expect(scanHeaderBlock(bytes('From: a@b.com\n \t\nbody\n'))).toEqual({ found: true, end: 14 });
  });

  it('judges only complete lines and says where to resume', () => {
    expect(scanHeaderBlock(bytes('From: a@b.com\nTo: c@'))).toEqual({ found: false, resumeAt: 14 });
    expect(scanHeaderBlock(bytes('From: a@b.com\n   '))).toEqual({ found: false, resumeAt: 14 });
  });

  it('resumes from a given line start', () => {
    expect(scanHeaderBlock(bytes('From: a@b.com\n\n'), 14)).toEqual({ found: true, end: 14 });
  });

  it('isBlankLine accepts only white space', () => {
    expect(isBlankLine(bytes(' \t\r\n'), 0, 4)).toBe(true);
    expect(isBlankLine(bytes(' x\n'), 0, 3)).toBe(false);
  });
});
