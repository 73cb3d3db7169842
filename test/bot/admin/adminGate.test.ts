import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { isAdmin } from '../../../src/bot/admin/adminGate.js';
import { refusalFor } from '../../../src/bot/admin/adminCommands.js';
import type { ReferencesRepository } from '../../../src/store/rapportStore.js';

const ADMIN_ID = '00000000-0000-0000-0000-0000000000020';

function references(knownNames: Record<string, string> = {}): ReferencesRepository {
  return { personalFor: (key: string) => (knownNames[key] ? { name: knownNames[key] } : undefined) } as unknown as ReferencesRepository;
}

/** The card's text as shown (markdown escapes removed). */
const textOf = (reply: unknown) => JSON.stringify(reply).replace(/\\\\/g, '');

describe('who is an admin', () => {
  it('matches the Entra object id or the address, in any case', () => {
    expect(isAdmin({ userKey: ADMIN_ID, aadObjectId: ADMIN_ID, name: 'Alex' }, [ADMIN_ID])).toBe(true);
    expect(isAdmin({ userKey: 'u', name: 'Ann', email: 'ann@contoso.com' }, ['ann@contoso.com'])).toBe(true);
    expect(isAdmin({ userKey: 'u', aadObjectId: ADMIN_ID.toUpperCase(), name: 'Alex' }, [ADMIN_ID])).toBe(true);
    expect(isAdmin({ userKey: 'u', name: 'Bo', email: 'bo@contoso.com' }, ['ann@contoso.com', ADMIN_ID])).toBe(false);
  });

  it('refuses anyone else, naming the admins by address or by the name Teams gave them', () => {
    const catalog = catalogFor('en-US');
    const seller = { userKey: 'u', name: 'Bo', email: 'bo@contoso.com' };
    const refusal = refusalFor(seller, ['ann@contoso.com', ADMIN_ID], references({ [ADMIN_ID]: 'Alex Wilber' }), catalog);
    expect(textOf(refusal)).toContain('ann@contoso.com, Alex Wilber');
    expect(refusalFor({ ...seller, email: 'ann@contoso.com' }, ['ann@contoso.com'], references(), catalog)).toBeNull();
    expect(textOf(refusalFor(seller, [], references(), catalog))).toContain('RAPPORT_ADMINS');
  });
});
