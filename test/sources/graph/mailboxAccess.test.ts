/** Which grant is in force, from the token's roles and probe reads: hand-made cases of each mode. */
import { describe, expect, it } from 'vitest';
import { REQUIRED_ROLES } from '../../../src/sources/graph/consent.js';
import { accessConfirmed, assessAccess, DIRECTORY_ROLES, type MailboxProbe } from '../../../src/sources/graph/mailboxAccess.js';

const probe = (address: string, mail: MailboxProbe['mail'], calendar: MailboxProbe['calendar'] = mail, error?: string): MailboxProbe =>
  ({ address, mail, calendar, ...(error ? { error } : {}) });
const readable = [probe('ann@contoso.example', 'readable'), probe('bo@contoso.example', 'readable')];

describe('assessAccess', () => {
  it('tenant-wide: every role in the token; nothing widens anything', () => {
    const access = assessAccess(REQUIRED_ROLES, readable);
    expect(access).toMatchObject({ mode: 'tenant-wide', missing: [], widening: [], probed: 2, readable: 2, outsideScope: [] });
    expect(accessConfirmed(access)).toBe(true);
  });

  it('rbac-scoped: directory roles only, reads succeed in the scope, 403 outside it is named', () => {
    const access = assessAccess(DIRECTORY_ROLES, [...readable, probe('cy@contoso.example', 'denied')]);
    expect(access).toMatchObject({ mode: 'rbac-scoped', missing: [], widening: [], probed: 3, readable: 2, outsideScope: ['cy@contoso.example'] });
    expect(accessConfirmed(access)).toBe(true);
  });

  it('both: a scope is in force and a tenant-wide role widens it', () => {
    const access = assessAccess([...DIRECTORY_ROLES, 'Mail.ReadBasic.All'], [probe('ann@contoso.example', 'readable'), probe('cy@contoso.example', 'readable', 'denied')]);
    expect(access).toMatchObject({ mode: 'both', missing: [], widening: ['Mail.ReadBasic.All'], outsideScope: ['cy@contoso.example'] });
  });

  it('both, as declared: RAPPORT_EXCHANGE_RBAC=on with the tenant-wide roles also granted', () => {
    const access = assessAccess(REQUIRED_ROLES, readable, { exchangeRbac: true });
    expect(access).toMatchObject({ mode: 'both', widening: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All'] });
  });

  it('none: no mail role and no readable mailbox; missing names the mail roles', () => {
    const access = assessAccess(DIRECTORY_ROLES, [probe('ann@contoso.example', 'denied')]);
    expect(access).toMatchObject({ mode: 'none', missing: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All'] });
    expect(accessConfirmed(access)).toBe(false);
    expect(assessAccess(DIRECTORY_ROLES, []).missing).toEqual(['Mail.ReadBasic.All', 'Calendars.ReadBasic.All']);
  });

  it('a scope for mail only leaves the calendar permission missing', () => {
    expect(assessAccess(DIRECTORY_ROLES, [probe('ann@contoso.example', 'readable', 'denied')])).toMatchObject({ mode: 'rbac-scoped', missing: ['Calendars.ReadBasic.All'] });
  });

  it('keeps missing mailboxes and outages apart from the scope', () => {
    const access = assessAccess(REQUIRED_ROLES, [probe('gone@contoso.example', 'missing', 'missing', 'HTTP 404 ErrorInvalidUser'), probe('ann@contoso.example', 'readable', 'failed', 'HTTP 503')]);
    expect(access.outsideScope).toEqual([]);
    expect(access.unreadable).toEqual([{ address: 'gone@contoso.example', error: 'HTTP 404 ErrorInvalidUser' }, { address: 'ann@contoso.example', error: 'HTTP 503' }]);
  });
});
