import { describe, expect, it } from 'vitest';
import { AccountIndex, MAXIMUM_CANDIDATES } from '../../../src/bot/accountSearch.js';
import type { AccountCandidate, AccountMatch } from '../../../src/bot/accountSearch.js';
import type { Account } from '../../../src/engagement/customers.js';

function account(id: string, name: string, domains: string[] = []): AccountCandidate {
  return { id, name, domains };
}

const ACCOUNTS: readonly AccountCandidate[] = [
  account('acc-contoso', 'Contoso Ltd', ['contoso.com', 'contoso.co.uk']),
  account('acc-adatum', 'A. Datum Corporation', ['adatum.com']),
  account('acc-woodgrove', 'Woodgrove Bank'),
  account('acc-litware', 'Litware'),
  account('acc-litware-research', 'Litware Research'),
  account('acc-pg', 'Procter & Gamble'),
  account('acc-phone', 'The Phone Company'),
  account('acc-fabrikam', 'Fabrikam, Inc.', ['fabrikam.com']),
  account('acc-northwind', 'Northwind Traders GmbH'),
  account('acc-tailspin', 'Tailspin Toys Pty Ltd'),
  account('acc-blue-yonder', 'Blue Yonder Airlines S.A.'),
  account('acc-wingtip', 'Wingtip Toys L.L.C.'),
  account('acc-obrien', "O'Brien & Sons"),
  account('acc-cafe', 'Café Crème'),
  account('acc-abc', 'Abc'),
  account('acc-nod', 'Nodix'),
  account('acc-margie', 'Margie Travel'),
  account('acc-margie-2', 'Margie Travel AB'),
];

const index = new AccountIndex(ACCOUNTS);

function foundId(match: AccountMatch): string {
  if (match.kind !== 'found') throw new Error(`expected one account, got ${JSON.stringify(match)}`);
  return match.account.id;
}

function candidateIds(match: AccountMatch): string[] {
  if (match.kind !== 'ambiguous') throw new Error(`expected several accounts, got ${JSON.stringify(match)}`);
  return match.candidates.map((candidate) => candidate.id);
}

function expectFound(queries: readonly (readonly [query: string, id: string])[]): void {
  it.each(queries)('%j → %s', (query, id) => {
    expect(foundId(index.find(query))).toBe(id);
  });
}

describe('AccountIndex: case, punctuation and white space', () => {
  expectFound([
    ['Contoso Ltd', 'acc-contoso'],
    ['contoso ltd', 'acc-contoso'],
    ['  CONTOSO   LTD  ', 'acc-contoso'],
    ['Contoso, Ltd.', 'acc-contoso'],
    ['A. Datum Corp', 'acc-adatum'],
    ['a datum corporation', 'acc-adatum'],
    ['ADatum', 'acc-adatum'],
    ['A.Datum', 'acc-adatum'],
    ['obrien and sons', 'acc-obrien'],
    ["O\u2019Brien & Sons", 'acc-obrien'],
    ['cafe creme', 'acc-cafe'],
    ['CAFÉ CRÈME', 'acc-cafe'],
    ['Wood-grove Bank', 'acc-woodgrove'],
  ]);
});

describe('AccountIndex: legal suffixes, a leading "the", "&" and "and"', () => {
  expectFound([
    ['Contoso', 'acc-contoso'],
    ['Contoso Limited', 'acc-contoso'],
    ['Contoso Inc.', 'acc-contoso'],
    ['Contoso Incorporated', 'acc-contoso'],
    ['Contoso LLC', 'acc-contoso'],
    ['Contoso Co., Ltd.', 'acc-contoso'],
    ['Fabrikam', 'acc-fabrikam'],
    ['Fabrikam Corp', 'acc-fabrikam'],
    ['Fabrikam GmbH', 'acc-fabrikam'],
    ['Fabrikam AG', 'acc-fabrikam'],
    ['Fabrikam SA', 'acc-fabrikam'],
    ['Fabrikam S.A.', 'acc-fabrikam'],
    ['Fabrikam Company', 'acc-fabrikam'],
    ['Fabrikam PLC', 'acc-fabrikam'],
    ['Fabrikam BV', 'acc-fabrikam'],
    ['Fabrikam N.V.', 'acc-fabrikam'],
    ['Fabrikam SAS', 'acc-fabrikam'],
    ['Fabrikam SRL', 'acc-fabrikam'],
    ['Fabrikam Oy', 'acc-fabrikam'],
    ['Fabrikam AS', 'acc-fabrikam'],
    ['Fabrikam KK', 'acc-fabrikam'],
    ['Northwind Traders', 'acc-northwind'],
    ['Tailspin Toys', 'acc-tailspin'],
    ['Tailspin Toys Pty. Ltd.', 'acc-tailspin'],
    ['Blue Yonder Airlines', 'acc-blue-yonder'],
    ['Wingtip Toys LLC', 'acc-wingtip'],
    ['Wingtip Toys', 'acc-wingtip'],
    ['Phone Company', 'acc-phone'],
    ['the phone co', 'acc-phone'],
    ['Phone', 'acc-phone'],
    ['Procter and Gamble', 'acc-pg'],
    ['procter&gamble', 'acc-pg'],
    ['The Procter & Gamble Company', 'acc-pg'],
  ]);

  it('treats suffixes only as trailing words', () => {
    expect(index.find('Inc Contoso').kind).toBe('none');
  });
});

describe('AccountIndex: ids and domains', () => {
  expectFound([
    ['acc-litware-research', 'acc-litware-research'],
    ['ACC-LITWARE', 'acc-litware'],
    ['contoso.com', 'acc-contoso'],
    ['CONTOSO.CO.UK', 'acc-contoso'],
    ['https://www.contoso.com/', 'acc-contoso'],
    ['mail.eu.fabrikam.com', 'acc-fabrikam'],
    ['jane@contoso.com', 'acc-contoso'],
    ['Jane.Doe@Fabrikam.com', 'acc-fabrikam'],
  ]);

  it('finds nothing for an unknown domain or a public provider', () => {
    expect(index.find('example.org')).toEqual({ kind: 'none', query: 'example.org' });
    expect(index.find('jane@gmail.com').kind).toBe('none');
  });

  it('reports a domain claimed by two accounts as ambiguous', () => {
    const shared = new AccountIndex([account('b', 'Bravo', ['shared.com']), account('a', 'Alpha', ['shared.com'])]);
    expect(candidateIds(shared.find('shared.com'))).toEqual(['a', 'b']);
  });

  it('prefers the most specific domain', () => {
    const nested = new AccountIndex([account('parent', 'Parent', ['contoso.com']), account('child', 'Child', ['eu.contoso.com'])]);
    expect(foundId(nested.find('jane@eu.contoso.com'))).toBe('child');
    expect(foundId(nested.find('jane@us.contoso.com'))).toBe('parent');
  });
});

describe('AccountIndex: prefixes of multi-word names', () => {
  expectFound([
    ['Woodgrove', 'acc-woodgrove'],
    ['woodgrove bank', 'acc-woodgrove'],
    ['Blue Yonder', 'acc-blue-yonder'],
    ['Blue', 'acc-blue-yonder'],
    ['Northwind', 'acc-northwind'],
  ]);

  it('prefers an exact name to a longer name it starts', () => {
    expect(foundId(index.find('Litware'))).toBe('acc-litware');
  });

  it('is ambiguous when the prefix starts several names', () => {
    const banks = new AccountIndex([account('b1', 'Woodgrove Bank'), account('b2', 'Woodgrove Insurance'), account('b3', 'Contoso')]);
    expect(candidateIds(banks.find('Woodgrove'))).toEqual(['b1', 'b2']);
  });

  it('needs whole words and at least three characters', () => {
    expect(index.find('Wood').kind).toBe('none');
    const short = new AccountIndex([account('x', 'AB Testing Partners')]);
    expect(short.find('A').kind).toBe('none');
  });
});

describe('AccountIndex: typos', () => {
  expectFound([
    ['Contso', 'acc-contoso'], // deletion
    ['Conttoso', 'acc-contoso'], // insertion
    ['Cnotoso', 'acc-contoso'], // transposition
    ['Contaso Ltd', 'acc-contoso'], // substitution, suffix dropped
    ['Fabrikan', 'acc-fabrikam'],
    ['Fabirkan', 'acc-fabrikam'], // two edits on 8 characters
    ['Wodgrove', 'acc-woodgrove'], // typo on a prefix
    ['Abd', 'acc-abc'], // one edit on 3 characters
    ['Nodex', 'acc-nod'], // one edit on 5 characters
  ]);

  it('accepts exactly two edits on names longer than five characters, not three', () => {
    const long = new AccountIndex([account('x', 'Fabrikam')]);
    expect(foundId(long.find('Fbarikan'))).toBe('x'); // transposition + substitution
    expect(foundId(long.find('Fabrkm'))).toBe('x'); // two deletions
    expect(long.find('Fbarkan').kind).toBe('none'); // three edits
    expect(long.find('Fabr').kind).toBe('none');
  });

  it('accepts one edit on names of five characters or fewer, not two', () => {
    const short = new AccountIndex([account('x', 'Nodix'), account('y', 'Abc')]);
    expect(foundId(short.find('Nodxi'))).toBe('x');
    expect(short.find('Ndxi').kind).toBe('none');
    expect(short.find('Nadex').kind).toBe('none');
    expect(short.find('Xbd').kind).toBe('none');
  });

  it('prefers the closer of two typo candidates', () => {
    const close = new AccountIndex([account('one', 'Contoso'), account('two', 'Contaxo')]);
    expect(foundId(close.find('Contosx'))).toBe('one');
  });

  it('is ambiguous between equally close names', () => {
    const twins = new AccountIndex([account('one', 'Fabrikam'), account('two', 'Fabrikan')]);
    expect(candidateIds(twins.find('Fabrikaz'))).toEqual(['one', 'two']);
  });
});

describe('AccountIndex: ambiguity and none', () => {
  it('is ambiguous when normalized names collide, best first', () => {
    expect(candidateIds(index.find('Margie Travel AB Ltd'))).toEqual(['acc-margie', 'acc-margie-2']);
  });

  it('finds the exact spelling even when normalized names collide', () => {
    expect(foundId(index.find('Margie Travel'))).toBe('acc-margie');
    expect(foundId(index.find('margie travel ab'))).toBe('acc-margie-2');
  });

  it('lists at most five candidates, shorter names first, then alphabetically', () => {
    const many = new AccountIndex(
      ['Woodgrove Bank Holdings', 'Woodgrove Bank', 'Woodgrove Insurance', 'Woodgrove Air', 'Woodgrove Labs', 'Woodgrove Foods', 'Woodgrove Ventures'].map((name, i) =>
        account(`w${i}`, name),
      ),
    );
    const match = many.find('Woodgrove');
    expect(candidateIds(match)).toHaveLength(MAXIMUM_CANDIDATES);
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.name)).toEqual([
      'Woodgrove Air', 'Woodgrove Bank', 'Woodgrove Labs', 'Woodgrove Foods', 'Woodgrove Ventures',
    ]);
  });

  it('answers none with the query for nothing close, empty text and punctuation only', () => {
    expect(index.find('Zyxwvut Holdings')).toEqual({ kind: 'none', query: 'Zyxwvut Holdings' });
    expect(index.find('')).toEqual({ kind: 'none', query: '' });
    expect(index.find('   ')).toEqual({ kind: 'none', query: '   ' });
    expect(index.find('!!!')).toEqual({ kind: 'none', query: '!!!' });
  });

  it('works with no accounts', () => {
    expect(new AccountIndex([]).find('Contoso')).toEqual({ kind: 'none', query: 'Contoso' });
  });
});

describe('AccountIndex: the accounts it returns', () => {
  it('returns the objects it was given, with their own type', () => {
    const accounts: Account[] = [{ id: 'a1', name: 'Contoso', domains: ['contoso.com'], owner: 'owner@tenant.com' }];
    const match = new AccountIndex(accounts).find('contoso');
    expect(match.kind === 'found' && match.account.owner).toBe('owner@tenant.com');
    expect(match.kind === 'found' && match.account).toBe(accounts[0]);
  });

  it('does not depend on later changes to the array it was built from', () => {
    const accounts = [account('a', 'Contoso')];
    const built = new AccountIndex(accounts);
    accounts.length = 0;
    expect(foundId(built.find('Contoso'))).toBe('a');
  });
});
