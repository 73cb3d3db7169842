import { describe, expect, it } from 'vitest';
import { AccountIndex } from '../../../src/bot/accountSearch.js';
import type { AccountCandidate, AccountMatch } from '../../../src/bot/accountSearch.js';
import { generateAccounts } from './generatedAccounts.js';

const PLANTED: readonly AccountCandidate[] = [
  { id: 'planted-1', name: 'Zephyrine Quantum Holdings GmbH', domains: ['zephyrine.example'] },
  { id: 'planted-2', name: 'The Okonkwo & Mbeki Trading Company', domains: [] },
  { id: 'planted-3', name: 'Hyvä Oy', domains: ['hyva.fi'] },
];

const GENERATED = generateAccounts(10_000);
const index = new AccountIndex([...GENERATED.slice(0, 5_000), ...PLANTED, ...GENERATED.slice(5_000)]);
const SAMPLE = GENERATED.filter((_, position) => position % 20 === 0);

function foundId(match: AccountMatch): string | null {
  return match.kind === 'found' ? match.account.id : null;
}

/** The name with its legal suffix (if any) replaced by "Incorporated", in upper case. */
const respelled = (name: string): string => `${name.replace(/ (?:Inc|Ltd|GmbH|LLC|Corp|AG|S\.A\.|PLC)$/, '')} Incorporated`.toUpperCase();

/** One character of the stem (the first word) replaced by a digit, which no generated name contains. */
function withTypo(name: string, seed: number): string {
  const position = 1 + (seed % Math.max(1, name.indexOf(' ') - 1));
  return `${name.slice(0, position)}7${name.slice(position + 1)}`;
}

describe('AccountIndex with 10,000 accounts', () => {
  it('has 10,000 distinct generated names', () => {
    expect(GENERATED).toHaveLength(10_000);
    expect(new Set(GENERATED.map((account) => account.name)).size).toBe(10_000);
  });

  it('finds the planted accounts, also misspelled', () => {
    expect(foundId(index.find('Zephyrine Quantum Holdings GmbH'))).toBe('planted-1');
    expect(foundId(index.find('zephyrine quantum'))).toBe('planted-1');
    expect(foundId(index.find('Zephyrnie Quantm Holdings'))).toBe('planted-1');
    expect(foundId(index.find('Zephyrine'))).toBe('planted-1');
    expect(foundId(index.find('Okonkwo and Mbeki Trading'))).toBe('planted-2');
    expect(foundId(index.find('okonkwo & mbeki trading co.'))).toBe('planted-2');
    expect(foundId(index.find('Hyva'))).toBe('planted-3');
    expect(foundId(index.find('someone@hyva.fi'))).toBe('planted-3');
    expect(foundId(index.find('planted-2'))).toBe('planted-2');
  });

  it('finds sampled accounts by name, normalized name, id and domain', () => {
    for (const account of SAMPLE) {
      expect(foundId(index.find(account.name))).toBe(account.id);
      expect(foundId(index.find(respelled(account.name)))).toBe(account.id);
      expect(foundId(index.find(account.id))).toBe(account.id);
      expect(foundId(index.find(account.domains[0]!))).toBe(account.id);
    }
  });

  it('never picks a wrong account for a one-character typo, and usually picks the right one', () => {
    let found = 0;
    SAMPLE.forEach((account, position) => {
      const match = index.find(withTypo(account.name, position));
      if (match.kind === 'found') {
        expect(match.account.id).toBe(account.id);
        found++;
      } else {
        expect(match.kind === 'ambiguous' && match.candidates.map((candidate) => candidate.id)).toContain(account.id);
      }
    });
    expect(found).toBeGreaterThan(SAMPLE.length * 0.9);
  });

  it('finds nothing for names far from all of them', () => {
    expect(index.find('Quixotic Yttrium Zoo')).toEqual({ kind: 'none', query: 'Quixotic Yttrium Zoo' });
  });
});
