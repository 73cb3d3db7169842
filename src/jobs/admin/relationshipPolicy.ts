/**
 * What sellers may see of relationship intelligence, from the admin's settings and a clock.
 * Pure: no I/O; `now` is a parameter.
 *
 * Consent model: a tenant admin gives the identifiable-insights consent in chat, which sets
 * `identifiableConsentAt`. Until then every relationship card carries a "consent pending"
 * banner. "14 days after enabling" is read as the instant `enabledAt + 14 × 24 h`: at that
 * instant, still without consent, who-knows-whom switches off (whether or not the watch has
 * persisted `switchedOffAt` yet). Health stays on: it is per account, not per person.
 * A switched-off setting stays off until an admin re-enables (new settings, `switchedOffAt` null).
 *
 * Settings that were never saved (`null`) are "not yet governed": everything on, no banner,
 * which keeps a fresh or demo store answering as before.
 */
import type { RelationshipSettings } from '../../store/stateSchema.js';

export const RELATIONSHIP_CONSENT_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RelationshipOffReason = 'notEnabled' | 'exchangeOff' | 'consentPending' | 'switchedOff';
export type RelationshipBanner = 'consentPending' | 'exchangeOff' | 'switchedOff' | null;

export interface RelationshipAvailability {
  whoKnows: 'on' | RelationshipOffReason;
  health: 'on' | RelationshipOffReason;
  banner: RelationshipBanner;
  /** True when the watch must persist the switch-off now. */
  switchOffDue: boolean;
  /** Whole days (rounded up) until the switch-off while consent is pending; null otherwise. */
  daysLeft: number | null;
}

export function switchOffAt(settings: RelationshipSettings): number {
  return settings.enabledAt + RELATIONSHIP_CONSENT_DAYS * DAY_MS;
}

/**
 * `tenantRegion`: where the tenant's Exchange data is kept, when configured. Exchange data
 * from a region the admin did not choose is not used: as if Exchange integration were off.
 */
export function relationshipAvailability(settings: RelationshipSettings | null, now: number, tenantRegion: string | null = null): RelationshipAvailability {
  if (settings === null) return { whoKnows: 'on', health: 'on', banner: null, switchOffDue: false, daysLeft: null };
  if (settings.switchedOffAt !== null) {
    return { whoKnows: 'switchedOff', health: 'on', banner: 'switchedOff', switchOffDue: false, daysLeft: null };
  }
  const exchangeOn = settings.exchangeIntegration && (tenantRegion === null || settings.exchangeRegions.includes(tenantRegion));
  if (settings.identifiableConsentAt === null) {
    const due = switchOffAt(settings);
    if (now >= due) return { whoKnows: 'switchedOff', health: 'on', banner: 'switchedOff', switchOffDue: true, daysLeft: null };
    const daysLeft = Math.ceil((due - now) / DAY_MS);
    if (!exchangeOn) {
      return { whoKnows: 'exchangeOff', health: 'on', banner: 'consentPending', switchOffDue: false, daysLeft };
    }
    return { whoKnows: 'on', health: 'on', banner: 'consentPending', switchOffDue: false, daysLeft };
  }
  if (!exchangeOn) {
    return { whoKnows: 'exchangeOff', health: 'on', banner: 'exchangeOff', switchOffDue: false, daysLeft: null };
  }
  return { whoKnows: 'on', health: 'on', banner: null, switchOffDue: false, daysLeft: null };
}

/**
 * Who may be offered as an introducer: anyone while never configured; once configured, only
 * the configured groups' members as resolved when saved (nobody when that list was not kept).
 */
export function introducerPolicy(settings: RelationshipSettings | null): (address: string) => boolean {
  if (settings === null) return () => true;
  const members = new Set((settings.members ?? []).map((member) => member.toLowerCase()));
  return (address) => members.has(address.toLowerCase());
}
