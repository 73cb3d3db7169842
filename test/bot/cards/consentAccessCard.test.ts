/**
 * "consent status" on how Rapport reaches the mailboxes: the grant mode, readable mailboxes,
 * those outside the Exchange RBAC scope, the warning when a tenant-wide grant widens the scope,
 * and consent pending confirmation. Asserted through message keys, in every language.
 */
import { describe, expect, it } from 'vitest';
import { consentPendingNotice } from '../../../src/bot/admin/consentCommands.js';
import { formatDateTime } from '../../../src/bot/admin/adminFormat.js';
import { consentStatusView } from '../../../src/bot/cardData/consentStatus.js';
import { availableLanguages, catalogFor, type Catalog } from '../../../src/bot/catalog/catalog.js';
import { consentAccessMessages as ca } from '../../../src/bot/catalog/ca/consentAccess.js';
import { consentAccessMessages as en } from '../../../src/bot/catalog/en/consentAccess.js';
import { consentAccessMessages as id } from '../../../src/bot/catalog/id/consentAccess.js';
import { consentAccessMessages as kk } from '../../../src/bot/catalog/kk/consentAccess.js';
import { consentAccessMessages as sv } from '../../../src/bot/catalog/sv/consentAccess.js';
import { messageShape, parseMessage } from '../../../src/bot/catalog/messageShape.js';
import type { ConsentStatus } from '../../../src/jobs/admin/adminServices.js';
import { cardText } from '../conversations/fixtures.js';

const AT = Date.parse('2026-11-04T10:15:00Z');
const DIRECTORY = ['GroupMember.Read.All', 'User.ReadBasic.All'];
const outside = ['f@contoso.example', 'g@contoso.example', 'h@contoso.example', 'i@contoso.example', 'j@contoso.example', 'k@contoso.example', 'l@contoso.example'];

const scoped: ConsentStatus = {
  recordedAt: AT, requestedAt: AT, granted: DIRECTORY, missing: [],
  access: { mode: 'rbac-scoped', configured: 12, readable: 5, outsideScope: outside, widening: [] },
};

const fact = (view: ReturnType<typeof consentStatusView>, title: string) => view.facts?.find((candidate) => candidate.title === title)?.value;

describe.each(availableLanguages())('the consent status card in %s', (language) => {
  const catalog: Catalog = catalogFor(language);

  it('says the grant is scoped by Exchange RBAC, how many mailboxes are readable, and names those outside the scope', () => {
    const view = consentStatusView(scoped, catalog, 'UTC');
    expect(fact(view, catalog.t('consentAccess.mode'))).toBe(catalog.t('consentAccess.modeRbacScoped'));
    expect(fact(view, catalog.t('consentAccess.readable'))).toBe(catalog.t('consentAccess.readableCount', { readable: 5, configured: 12 }));
    expect(fact(view, catalog.t('consentAccess.outsideScope'))).toBe(`${outside.slice(0, 5).join(', ')} ${catalog.t('consentAccess.moreMailboxes', { count: 2 })}`);
    expect(view.paragraphs).toContain(catalog.t('consentAccess.outsideScopeText', { count: 7 }));
    expect(view.tone).toBe('warning');
  });

  it('warns when a tenant-wide grant widens the scope, naming the role', () => {
    const view = consentStatusView({ ...scoped, granted: [...DIRECTORY, 'Mail.ReadBasic.All'], access: { ...scoped.access!, mode: 'both', outsideScope: [], widening: ['Mail.ReadBasic.All'] } }, catalog, 'UTC');
    expect(fact(view, catalog.t('consentAccess.mode'))).toBe(catalog.t('consentAccess.modeBoth'));
    expect(view.paragraphs).toContain(catalog.t('consentAccess.widened', { roles: 'Mail.ReadBasic.All' }));
    expect(view.tone).toBe('warning');
  });

  it('is complete for a tenant-wide grant that reads every configured mailbox', () => {
    const view = consentStatusView({ ...scoped, access: { mode: 'tenant-wide', configured: 12, readable: 12, outsideScope: [], widening: [] } }, catalog, 'UTC');
    expect(fact(view, catalog.t('consentAccess.mode'))).toBe(catalog.t('consentAccess.modeTenantWide'));
    expect(fact(view, catalog.t('consentAccess.outsideScope'))).toBeUndefined();
    expect(view.tone).toBe('success');
  });

  it('says consent is pending confirmation, in the card and in the notice to the admin who asked', () => {
    const pending = consentStatusView({ recordedAt: null, requestedAt: AT, pendingSince: AT, granted: DIRECTORY, missing: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All'], access: { mode: 'none', configured: 0, readable: 0, outsideScope: [], widening: [] } }, catalog, 'UTC');
    const date = formatDateTime(AT, catalog, 'UTC');
    expect(pending.title).toBe(catalog.t('consentAccess.pendingTitle'));
    expect(pending.paragraphs[0]).toBe(catalog.t('consentAccess.pending', { date }));
    expect(fact(pending, catalog.t('consentAccess.mode'))).toBe(catalog.t('consentAccess.modeNone'));

    const notice = consentPendingNotice({ config: { timeZone: 'UTC' } } as Parameters<typeof consentPendingNotice>[0], AT, catalog);
    const text = cardText('card' in notice ? notice.card : {});
    expect(text).toContain(catalog.t('consentAccess.pendingTitle'));
    expect(text).toContain(catalog.t('consentAccess.pending', { date }));
  });
});

/** Every language's section, Kazakh's too before its catalog is registered: the same checks messages.test.ts makes. */
describe.each([['sv', sv], ['ca', ca], ['id', id], ['kk', kk]] as const)('the %s consentAccess messages', (language, messages) => {
  const shape = (text: string) => messageShape(parseMessage(text));
  const keys = Object.keys(en) as (keyof typeof en)[];

  it('translate every English key, with its arguments and the plural categories the language needs', () => {
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const key of keys) {
      expect([...shape(messages[key]).arguments].sort(), key).toEqual([...shape(en[key]).arguments].sort());
      for (const [, options] of shape(messages[key]).pluralOptions) expect(needed.filter((category) => !options.includes(category)), key).toEqual([]);
      expect(messages[key], key).not.toBe(en[key]);
    }
  });
});
