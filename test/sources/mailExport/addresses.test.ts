import { describe, expect, it } from 'vitest';
import { addressOfPart, parseAddressList, senderAddress, splitAddressList } from '../../../src/sources/mailExport/addresses.js';

describe('splitAddressList', () => {
  it('splits on commas outside double quotes and angle brackets', () => {
    expect(splitAddressList('"Doe, Jane" <jane@x.com>, <odd,one@x.com>, b@c.com')).toEqual([
      '"Doe, Jane" <jane@x.com>',
      ' <odd,one@x.com>',
      ' b@c.com',
    ]);
  });

  it('does not treat a backslash as an escape', () => {
    expect(splitAddressList('"a\\", b@c.com')).toEqual(['"a\\"', ' b@c.com']);
  });
});

describe('parseAddressList', () => {
  it('keeps a quoted display name with a comma in one part', () => {
    expect(parseAddressList('"Doe, Jane" <jane@x.com>, john@y.org')).toEqual(['jane@x.com', 'john@y.org']);
  });

  it('takes the text inside the last <...>', () => {
    expect(parseAddressList('"a <fake@z.com>" <Real@Example.COM>')).toEqual(['real@example.com']);
    expect(parseAddressList('legal <.hall@enron.com>')).toEqual(['.hall@enron.com']);
  });

  it('strips white space and surrounding quotes, lower-cases', () => {
    expect(parseAddressList(" 'a@b.com' , \"C@D.com\" ,\t E@F.Com ")).toEqual(['a@b.com', 'c@d.com', 'e@f.com']);
  });

  it('drops results with white space, without exactly one @, or without a dot after the @', () => {
    expect(parseAddressList('Jane Doe, a@b@c.com, nobody, user@localhost, x.y@host, ok@x.com')).toEqual(['ok@x.com']);
    expect(parseAddressList('Jane <jane@x.com')).toEqual([]);
    expect(parseAddressList('<two words@x.com>')).toEqual([]);
  });

  it('drops group syntax and empty lists', () => {
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([]);
    expect(parseAddressList('')).toEqual([]);
  });
});

describe('addressOfPart and senderAddress', () => {
  it('addressOfPart returns null for an invalid part', () => {
    expect(addressOfPart('no-at-sign.com')).toBeNull();
    expect(addressOfPart('Bob <BOB@x.com>')).toBe('bob@x.com');
  });

  it('From is the first valid address', () => {
    expect(senderAddress('Someone, "B" <b@x.com>, c@x.com')).toBe('b@x.com');
    expect(senderAddress('nobody')).toBeNull();
  });
});
