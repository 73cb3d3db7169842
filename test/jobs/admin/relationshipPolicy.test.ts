import { describe, expect, it } from 'vitest';
import { introducerPolicy, relationshipAvailability } from '../../../src/jobs/admin/relationshipPolicy.js';
import { adminStateSchema, emptyAdminState, type RelationshipSettings } from '../../../src/store/stateSchema.js';

const enabledAt = Date.parse('2024-07-01T00:00:00Z');
const settings = (over: Partial<RelationshipSettings> = {}): RelationshipSettings => ({
  enabledAt, enabledBy: 'admin-1', groups: ['sales'], exchangeIntegration: true, exchangeRegions: ['EU'],
  identifiableConsentAt: null, switchedOffAt: null, ...over,
});

describe('relationshipAvailability', () => {
  it('treats never-configured settings as not yet governed: everything on, no banner', () => {
    expect(relationshipAvailability(null, enabledAt)).toEqual({ whoKnows: 'on', health: 'on', banner: null, switchOffDue: false, daysLeft: null });
  });

  it('is on with the consent-pending banner on day 13 at 23:59 (2024-07-14T23:59Z)', () => {
    const view = relationshipAvailability(settings(), Date.parse('2024-07-14T23:59:00Z'));
    expect(view).toEqual({ whoKnows: 'on', health: 'on', banner: 'consentPending', switchOffDue: false, daysLeft: 1 });
  });

  it('counts 14 days left right after enabling', () => {
    expect(relationshipAvailability(settings(), enabledAt).daysLeft).toBe(14);
  });

  it('switches who-knows-whom off at exactly day 14 00:00 (2024-07-15T00:00Z)', () => {
    const view = relationshipAvailability(settings(), Date.parse('2024-07-15T00:00:00Z'));
    expect(view).toEqual({ whoKnows: 'switchedOff', health: 'on', banner: 'switchedOff', switchOffDue: true, daysLeft: null });
  });

  it('stays on without a banner past day 14 when consent came on day 10', () => {
    const view = relationshipAvailability(settings({ identifiableConsentAt: Date.parse('2024-07-11T00:00:00Z') }), Date.parse('2024-08-01T00:00:00Z'));
    expect(view).toEqual({ whoKnows: 'on', health: 'on', banner: null, switchOffDue: false, daysLeft: null });
  });

  it('builds no individual ties with Exchange integration off', () => {
    const view = relationshipAvailability(settings({ exchangeIntegration: false, identifiableConsentAt: enabledAt }), enabledAt);
    expect(view.whoKnows).toBe('exchangeOff');
    expect(view.banner).toBe('exchangeOff');
  });

  it('uses no Exchange data kept in a region the admin did not choose', () => {
    const consented = settings({ identifiableConsentAt: enabledAt, exchangeRegions: ['UK'] });
    expect(relationshipAvailability(consented, enabledAt, 'Europe')).toMatchObject({ whoKnows: 'exchangeOff', banner: 'exchangeOff' });
    expect(relationshipAvailability(consented, enabledAt, 'UK')).toMatchObject({ whoKnows: 'on', banner: null });
    expect(relationshipAvailability(consented, enabledAt, null), 'region unknown: not applied').toMatchObject({ whoKnows: 'on' });
    expect(relationshipAvailability(settings({ exchangeRegions: ['UK'] }), enabledAt, 'Europe')).toMatchObject({ whoKnows: 'exchangeOff', banner: 'consentPending' });
  });

  it('stays switched off, even if consent arrives later, until re-enabled', () => {
    const off = settings({ switchedOffAt: Date.parse('2024-07-15T00:00:00Z'), identifiableConsentAt: Date.parse('2024-07-20T00:00:00Z') });
    const view = relationshipAvailability(off, Date.parse('2024-07-21T00:00:00Z'));
    expect(view).toMatchObject({ whoKnows: 'switchedOff', banner: 'switchedOff', switchOffDue: false });
    const reEnabled = settings({ enabledAt: Date.parse('2024-07-21T00:00:00Z') });
    expect(relationshipAvailability(reEnabled, Date.parse('2024-07-21T00:00:00Z')).whoKnows).toBe('on');
  });
});

describe('introducerPolicy', () => {
  it('offers anyone while never configured, then only the configured groups’ members, in any case', () => {
    expect(introducerPolicy(null)('anyone@contoso.com')).toBe(true);
    const offered = introducerPolicy(settings({ members: ['ann@contoso.com', 'Bob@Contoso.com'] }));
    expect(['ann@contoso.com', 'BOB@contoso.com', 'cy@contoso.com'].map(offered)).toEqual([true, true, false]);
  });

  it('offers nobody from settings saved before members were kept, which still load', () => {
    const stored = { ...emptyAdminState(), relationship: settings() };
    expect(adminStateSchema.safeParse(JSON.parse(JSON.stringify(stored))).success).toBe(true);
    expect(introducerPolicy(settings())('ann@contoso.com')).toBe(false);
    const withMembers = { ...emptyAdminState(), relationship: settings({ members: ['ann@contoso.com'] }) };
    expect(adminStateSchema.parse(withMembers).relationship?.members).toEqual(['ann@contoso.com']);
  });
});
