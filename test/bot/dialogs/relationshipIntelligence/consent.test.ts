import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../../src/bot/catalog/catalog.js';
import type { Asker } from '../../../../src/bot/turn.js';
import { recordIdentifiableConsent } from '../../../../src/bot/dialogs/relationshipIntelligence/relationshipConsent.js';
import {
  RELATIONSHIP_CONSENT_VERB, relationshipStatusReply, relationshipSwitchedOffReply, type RelationshipAdminDeps,
} from '../../../../src/bot/dialogs/relationshipIntelligence/relationshipStatus.js';
import { relationshipAvailability } from '../../../../src/jobs/admin/relationshipPolicy.js';
import type { ReferencesRepository, RelationshipSettings, StoredReference } from '../../../../src/store/rapportStore.js';
import { ADMIN, DAY, NOW, TENANT_ADMIN, actions, cardOf, facts, setup, texts } from './fakes.js';

const catalog = catalogFor('en-GB');
const ENABLED: RelationshipSettings = {
  enabledAt: NOW - 4 * DAY, enabledBy: ADMIN.aadObjectId, groups: ['Sales EMEA'], members: ['ann@contoso.com', 'bob@contoso.com'],
  exchangeIntegration: true, exchangeRegions: ['Europe'], identifiableConsentAt: null, switchedOffAt: null,
};

/** Teams told Rapport the tenant admin's name when they last talked to it. */
const references: ReferencesRepository = {
  save: async () => undefined,
  all: () => [],
  personalFor: (key) => (key === TENANT_ADMIN.aadObjectId ? { userKey: key, name: TENANT_ADMIN.name } as StoredReference : undefined),
  anyFor: (key) => references.personalFor(key),
};

function deps(initial: RelationshipSettings | null, tenantAdmins?: string[]) {
  const context = setup({ initial, ...(tenantAdmins ? { config: { tenantAdmins } } : {}) });
  const adminDeps: RelationshipAdminDeps = { services: context.services, references };
  return { ...context, adminDeps };
}

const asker = (user: { aadObjectId: string; name: string }, email?: string): Asker => ({ userKey: user.aadObjectId, aadObjectId: user.aadObjectId, name: user.name, ...(email ? { email } : {}) });
const tenantAdmin = asker(TENANT_ADMIN);

describe('the identifiable-insights consent (verb relationship.consent)', () => {
  it('is recorded for a tenant admin, by object id or by address, and lifts the banner', async () => {
    const { adminDeps, settings } = deps(ENABLED);
    const reply = await recordIdentifiableConsent(adminDeps, tenantAdmin, catalog);
    expect(texts(reply)).toEqual(['Consent recorded', 'Thank you. Who knows whom stays on, and sellers no longer see the “consent pending” banner.']);
    expect(settings.saved).toEqual([{ ...ENABLED, identifiableConsentAt: NOW }]);
    expect(relationshipAvailability(settings.saved[0]!, NOW + 30 * DAY)).toMatchObject({ whoKnows: 'on', banner: null });

    const byAddress = deps(ENABLED);
    await recordIdentifiableConsent(byAddress.adminDeps, asker({ aadObjectId: 'aad-it', name: 'IT' }, 'it@contoso.com'), catalog);
    expect(byAddress.settings.saved.map((saved) => saved.identifiableConsentAt)).toEqual([NOW]);
  });

  it('is refused for anyone else, a Rapport admin too, naming the tenant admins as Teams named them', async () => {
    const { adminDeps, settings } = deps(ENABLED);
    const reply = await recordIdentifiableConsent(adminDeps, asker(ADMIN, 'alexw@contoso.com'), catalog);
    expect(texts(reply)).toEqual(['Only a tenant admin can consent', 'The identifiable-insights consent is for your tenant admins: Grace Admin, it@contoso.com. Ask one of them.']);
    expect(cardOf(reply).body).toMatchObject([{ style: 'attention' }, {}]);
    expect(settings.saved).toEqual([]);
    const none = deps(ENABLED, []);
    expect(texts(await recordIdentifiableConsent(none.adminDeps, tenantAdmin, catalog))[1]).toBe(
      'The identifiable-insights consent is for your tenant admins, and none is configured yet: your IT team sets them with RAPPORT_TENANT_ADMINS.',
    );
  });

  it('changes nothing before relationship intelligence is enabled, or once consent was given', async () => {
    const never = deps(null);
    expect(texts(await recordIdentifiableConsent(never.adminDeps, tenantAdmin, catalog))).toEqual([
      'Relationship intelligence', 'Relationship intelligence is not enabled. An admin can say “enable relationship intelligence”.',
    ]);
    const given = deps({ ...ENABLED, identifiableConsentAt: NOW - DAY });
    expect(texts(await recordIdentifiableConsent(given.adminDeps, tenantAdmin, catalog))[1]).toBe('The consent was already given on Tue, 1 Dec 2026, 14:00. Nothing changed.');
    expect([...never.settings.saved, ...given.settings.saved]).toEqual([]);
  });

  it('after day 14 is kept, but does not switch who-knows-whom back on, even before the watch noticed', async () => {
    const late = { ...ENABLED, enabledAt: NOW - 15 * DAY };
    const { adminDeps, settings } = deps(late);
    const reply = await recordIdentifiableConsent(adminDeps, tenantAdmin, catalog);
    expect(texts(reply)[1]).toBe('The consent is recorded, but who knows whom had already switched off on Tue, 1 Dec 2026, 14:00. An admin can turn it on again with “enable relationship intelligence”; the consent is kept.');
    expect(settings.saved).toEqual([{ ...late, identifiableConsentAt: NOW, switchedOffAt: NOW - DAY }]);
    expect(relationshipAvailability(settings.saved[0]!, NOW).whoKnows).toBe('switchedOff');
  });
});

describe('the relationship-intelligence status', () => {
  it('while consent is pending: days left, the settings, who consents and the consent button', () => {
    const reply = relationshipStatusReply(deps(ENABLED).adminDeps, catalog);
    expect(texts(reply)).toEqual([
      'Relationship intelligence',
      'It is on and waiting for the identifiable-insights consent. Without it, who knows whom switches off on Sat, 12 Dec 2026, 14:00, in 10 days.\n\nThe consent is given by a tenant admin: Grace Admin, it@contoso.com.',
    ]);
    expect(facts(reply)).toEqual({
      Enabled: 'Sat, 28 Nov 2026, 14:00', Groups: 'Sales EMEA', 'Members with a mailbox': '2 people', 'Exchange integration': 'On',
      'Exchange data regions': 'Europe', 'Identifiable-insights consent': 'Pending',
    });
    expect(actions(reply)).toEqual([{ type: 'Action.Execute', title: 'Give identifiable-insights consent', verb: RELATIONSHIP_CONSENT_VERB, style: 'positive' }]);
    expect(RELATIONSHIP_CONSENT_VERB).toBe('relationship.consent');
  });

  it('once consented: no button; with Exchange off it says no ties are built', () => {
    const reply = relationshipStatusReply(deps({ ...ENABLED, identifiableConsentAt: NOW - DAY, exchangeIntegration: false, exchangeRegions: [] }).adminDeps, catalog);
    expect(texts(reply)[1]).toBe('It is on: a tenant admin gave the identifiable-insights consent on Tue, 1 Dec 2026, 14:00.\n\nExchange integration is off, so no individual ties are built.');
    expect(facts(reply)).toMatchObject({ 'Exchange integration': 'Off', 'Exchange data regions': 'None', 'Identifiable-insights consent': 'Tue, 1 Dec 2026, 14:00' });
    expect(actions(reply)).toEqual([]);
  });

  it('switched off: when and why, how to turn it back on, and the button; not enabled: how to enable', () => {
    const off = relationshipStatusReply(deps({ ...ENABLED, enabledAt: NOW - 20 * DAY, switchedOffAt: NOW - 6 * DAY }).adminDeps, catalog);
    expect(texts(off)[1]).toBe([
      'Who knows whom and the Exchange integration switched off on Thu, 26 Nov 2026, 14:00: the identifiable-insights consent did not come within 14 days of enabling. Relationship health is still shown.',
      'To turn it back on, a tenant admin gives the consent and an admin says “enable relationship intelligence” again.',
      'The consent is given by a tenant admin: Grace Admin, it@contoso.com.',
    ].join('\n\n'));
    expect(facts(off)['Identifiable-insights consent']).toBe('Not given (switched off)');
    expect(actions(off).map((action) => action.verb)).toEqual([RELATIONSHIP_CONSENT_VERB]);
    const never = relationshipStatusReply(deps(null).adminDeps, catalog);
    expect(texts(never)).toEqual(['Relationship intelligence', 'Relationship intelligence is not enabled. An admin can say “enable relationship intelligence”.']);
    expect(actions(never)).toEqual([]);
  });

  it('tells the admin once it switched off, with the dates', () => {
    const { services } = setup();
    const reply = relationshipSwitchedOffReply({ ...ENABLED, enabledAt: NOW - 14 * DAY, switchedOffAt: NOW }, services, catalog);
    expect(texts(reply)).toEqual([
      'Who knows whom switched off',
      'Relationship intelligence was enabled on Wed, 18 Nov 2026, 14:00, and the identifiable-insights consent did not come within 14 days, so who knows whom and the Exchange integration switched off on Wed, 2 Dec 2026, 14:00. Relationship health is still shown.\n\nTo turn it back on, a tenant admin gives the consent and an admin says “enable relationship intelligence” again.',
    ]);
  });
});
