import { describe, expect, it } from 'vitest';
import { describeDomainProblem } from '../../src/package/domainName.js';

describe('describeDomainProblem', () => {
  it.each(['rapport.contoso.com', 'RAPPORT.Contoso.com', '*.contoso.com', 'abc-123.devtunnels.ms', 'localhost', 'localhost:3978', 'bot.contoso.com:443'])(
    'accepts %j',
    (domain) => {
      expect(describeDomainProblem(domain)).toBeUndefined();
    },
  );

  it.each([
    ['https://x', 'has a scheme; give the host name only (e.g. rapport.contoso.com)'],
    ['not a domain', 'contains white space'],
    ['', 'is empty'],
    ['rapport.contoso.com/api/messages', 'has a path, query or user part; give the host name only'],
    ['user@contoso.com', 'has a path, query or user part; give the host name only'],
    ['rapport', 'has no dot; give a fully qualified host name'],
    ['-rapport.contoso.com', 'is not a host name (letters, digits and hyphens in dot-separated labels)'],
    ['rapport..contoso.com', 'is not a host name (letters, digits and hyphens in dot-separated labels)'],
    ['rapport_bot.contoso.com', 'is not a host name (letters, digits and hyphens in dot-separated labels)'],
    ['*.com', 'has a wildcard over a top-level domain; use *.example.com'],
    ['a.*.contoso.com', 'is not a host name (letters, digits and hyphens in dot-separated labels)'],
    ['10.0.0.1', 'is an IP address; Teams needs a host name'],
    ['contoso.com:0', 'has an invalid port "0"'],
    ['contoso.com:http', 'has an invalid port "http"'],
    [`${'a'.repeat(250)}.com`, 'is longer than 253 characters'],
  ])('rejects %j: %s', (domain, problem) => {
    expect(describeDomainProblem(domain)).toBe(problem);
  });
});
