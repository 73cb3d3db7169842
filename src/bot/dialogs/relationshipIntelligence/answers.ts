/** What the relationship-intelligence wizard collects, step by step (JSON only: it lives in dialog state). */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import { relationshipAvailability } from '../../../jobs/admin/relationshipPolicy.js';
import type { RelationshipSettings } from '../../../store/adminSchema.js';
import type { WizardStep } from '../wizardDialog.js';
import type { Language } from '../../catalog/catalog.js';
import { isTypedWord } from '../../commands/wizardWords.js';

export type RelationshipAnswers = {
  /** The groups as entered, distinct, in order. */
  groups?: string[];
  /** Their members with a mailbox, lower-cased and sorted. */
  members?: string[];
  /** Display names of members without a mailbox (the first few) and how many there were. */
  leftOut?: string[];
  leftOutCount?: number;
  exchangeIntegration?: boolean;
  exchangeRegions?: string[];
};

export type RelationshipStep = WizardStep<RelationshipAnswers>;
export type RelationshipStepFactory = (services: AdminServices) => RelationshipStep;


/** A toggle's value (Teams sends "true" / "false") or a typed yes / no, on / off; undefined when neither. */
export function onOff(value: string, language: Language): boolean | undefined {
  if (isTypedWord('yes', value, language)) return true;
  return isTypedWord('no', value, language) ? false : undefined;
}

/** The settings the answers make, or null while a step is incomplete. */
export function relationshipSettingsOf(
  answers: RelationshipAnswers,
  saved: { enabledAt: number; enabledBy: string; identifiableConsentAt: number | null },
): RelationshipSettings | null {
  const { groups, members, exchangeIntegration, exchangeRegions } = answers;
  if (!groups || !members || exchangeIntegration === undefined || !exchangeRegions) return null;
  return {
    enabledAt: saved.enabledAt, enabledBy: saved.enabledBy, groups: [...groups], members: [...members],
    exchangeIntegration, exchangeRegions: [...exchangeRegions], identifiableConsentAt: saved.identifiableConsentAt, switchedOffAt: null,
  };
}

/**
 * A tenant admin's consent, once given, is kept when the settings are saved again: re-enabling
 * after a switch-off, or changing the groups, does not ask them a second time.
 */
export function keptConsent(previous: RelationshipSettings | null): number | null {
  return previous?.identifiableConsentAt ?? null;
}

/**
 * Whether saving again keeps the running 14 days: the settings in force are on (not switched
 * off, their deadline not passed) and still wait for the consent. Re-saving must not push the
 * deadline back; settings that switched off start a new 14 days when re-enabled, as at first.
 */
export function keepsDeadline(previous: RelationshipSettings | null, now: number): previous is RelationshipSettings {
  return previous !== null && previous.switchedOffAt === null && previous.identifiableConsentAt === null
    && !relationshipAvailability(previous, now).switchOffDue;
}

/** When the saved settings count as enabled (the 14 days run from then). */
export function enabledAtFor(previous: RelationshipSettings | null, now: number): number {
  return keepsDeadline(previous, now) ? previous.enabledAt : now;
}
