import { describe, expect, it } from 'vitest';
import { Attribution, INTERNAL, UNATTRIBUTED } from '../../src/engagement/attribution.js';
import { dataset } from './builders.js';

const idOf = (attribution: Attribution, address: string) => {
  const index = attribution.classify(address);
  return index >= 0 ? attribution.accounts[index]!.id : index;
};

describe('internal addresses', () => {
  it('are internal by their domain or any parent of it, and never attributed', () => {
    const a = new Attribution(dataset({ acme: ['boss@us.com'] }), { internalDomains: ['us.com'] });
    expect(a.classify('me@us.com')).toBe(INTERNAL);
    expect(a.classify('me@eu.sales.us.com')).toBe(INTERNAL);
    expect(a.classify('Boss@US.com ')).toBe(INTERNAL);
    expect(a.classify('me@notus.com')).toBe(UNATTRIBUTED);
  });
});

describe('attribution by contact email', () => {
  it('attributes an exact contact email to its one account, even on a public provider', () => {
    const a = new Attribution(dataset({ acme: ['jo@gmail.com'], beta: ['al@beta.com'] }), { internalDomains: ['us.com'] });
    expect(idOf(a, 'JO@gmail.com')).toBe('acme');
    expect(idOf(a, 'someone@gmail.com')).toBe(UNATTRIBUTED);
  });

  it('skips an email listed under two accounts and gives its domain to neither', () => {
    const a = new Attribution(dataset({ acme: ['shared@partner.com'], beta: ['shared@partner.com'] }), { internalDomains: ['us.com'] });
    expect(a.classify('shared@partner.com')).toBe(UNATTRIBUTED);
    expect(a.classify('other@partner.com')).toBe(UNATTRIBUTED);
    expect(a.report.ambiguousEmails).toEqual([{ key: 'shared@partner.com', accountIds: ['acme', 'beta'] }]);
    expect(a.report.ambiguousDomains).toEqual([]);
  });
});

describe('attribution by domain', () => {
  const customers = dataset(
    { acme: ['ann@acme.com'], acmeEu: ['eve@eu.acme.com'], beta: ['bo@beta.com'], gamma: ['gil@beta.com'] },
    { acme: ['acme.net; acme.org', 'us.com'], beta: [] },
  );
  const a = new Attribution(customers, { internalDomains: ['us.com'] });

  it('uses the most specific account domain among the domain and its parents', () => {
    expect(idOf(a, 'x@acme.com')).toBe('acme');
    expect(idOf(a, 'x@sales.acme.com')).toBe('acme');
    expect(idOf(a, 'x@eu.acme.com')).toBe('acmeEu');
    expect(idOf(a, 'x@de.eu.acme.com')).toBe('acmeEu');
  });

  it('takes explicit domains split on commas, semicolons and white space, minus internal ones', () => {
    expect(idOf(a, 'x@acme.net')).toBe('acme');
    expect(idOf(a, 'x@acme.org')).toBe('acme');
    expect(a.classify('x@us.com')).toBe(INTERNAL);
  });

  it('leaves addresses whose deciding domain is claimed twice unattributed, and reports it', () => {
    expect(a.classify('bo@beta.com')).toBe(a.accounts.findIndex((x) => x.id === 'beta'));
    expect(a.classify('new@beta.com')).toBe(UNATTRIBUTED);
    expect(a.classify('new@x.beta.com')).toBe(UNATTRIBUTED);
    expect(a.report.ambiguousDomains).toEqual([{ key: 'beta.com', accountIds: ['beta', 'gamma'] }]);
  });

  it('never makes a public provider an account domain, but a subdomain of one can be', () => {
    const b = new Attribution(dataset({ acme: ['a@gmail.com', 'b@team.gmail.com'] }), { internalDomains: ['us.com'] });
    expect(b.classify('z@gmail.com')).toBe(UNATTRIBUTED);
    expect(idOf(b, 'z@team.gmail.com')).toBe('acme');
  });

  it('honours public providers added by the admin', () => {
    const b = new Attribution(dataset({ acme: ['a@mailbox.org'] }), { internalDomains: ['us.com'], extraPublicDomains: ['Mailbox.org'] });
    expect(idOf(b, 'a@mailbox.org')).toBe('acme');
    expect(b.classify('z@mailbox.org')).toBe(UNATTRIBUTED);
  });
});
