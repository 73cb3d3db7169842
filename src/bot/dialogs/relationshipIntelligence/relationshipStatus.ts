/**
 * Relationship intelligence as the admins see it: its status (with the consent button while
 * consent is missing) and the notice that who-knows-whom switched off.
 */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import { RELATIONSHIP_CONSENT_DAYS, relationshipAvailability, switchOffAt } from '../../../jobs/admin/relationshipPolicy.js';
import type { ReferencesRepository, RelationshipSettings } from '../../../store/rapportStore.js';
import { adminNames } from '../../admin/adminGate.js';
import { formatDateTime } from '../../admin/adminFormat.js';
import type { Catalog } from '../../catalog/catalog.js';
import { renderCard } from '../../cards.js';
import { messageCardData } from '../../cardData/message.js';
import type { Fact } from '../../cardData/shared.js';
import type { Reply } from '../../turn.js';
import { listNames } from '../wizardText.js';

/** The Action.Execute verb of the consent button. */
export const RELATIONSHIP_CONSENT_VERB = 'relationship.consent';

export interface RelationshipAdminDeps {
  services: Pick<AdminServices, 'config' | 'settings' | 'now'>;
  /** Names admins known by object id as Teams named them. */
  references: ReferencesRepository;
}

type Services = RelationshipAdminDeps['services'];

const when = (at: number, services: Services, catalog: Catalog) => formatDateTime(at, catalog, services.config.timeZone);

/** What state relationship intelligence is in, in words. */
export function statusParagraphs(settings: RelationshipSettings | null, services: Services, catalog: Catalog): string[] {
  if (settings === null) return [catalog.t('ri.status.notEnabled')];
  const availability = relationshipAvailability(settings, services.now(), services.config.tenantRegion);
  if (availability.whoKnows === 'switchedOff') {
    const at = settings.switchedOffAt ?? switchOffAt(settings);
    return [catalog.t('ri.status.switchedOff', { date: when(at, services, catalog), days: RELATIONSHIP_CONSENT_DAYS }), catalog.t('ri.status.turnOnAgain')];
  }
  const paragraphs = settings.identifiableConsentAt === null
    ? [catalog.t('ri.status.pending', { date: when(switchOffAt(settings), services, catalog), days: catalog.t('ri.count.days', { count: availability.daysLeft ?? 0 }) })]
    : [catalog.t('ri.status.consented', { date: when(settings.identifiableConsentAt, services, catalog) })];
  if (availability.whoKnows === 'exchangeOff') {
    const region = services.config.tenantRegion;
    paragraphs.push(settings.exchangeIntegration && region !== null ? catalog.t('ri.status.regionExcluded', { region }) : catalog.t('ri.status.exchangeOff'));
  }
  return paragraphs;
}

function statusFacts(settings: RelationshipSettings, services: Services, catalog: Catalog): Fact[] {
  const off = settings.switchedOffAt !== null || relationshipAvailability(settings, services.now()).switchOffDue;
  const consent = settings.identifiableConsentAt !== null
    ? when(settings.identifiableConsentAt, services, catalog)
    : catalog.t(off ? 'ri.status.switchedOffValue' : 'ri.status.pendingValue');
  return [
    { title: catalog.t('ri.fact.enabled'), value: when(settings.enabledAt, services, catalog) },
    { title: catalog.t('ri.fact.groups'), value: listNames(settings.groups, catalog) || catalog.t('ri.fact.none') },
    { title: catalog.t('ri.fact.members'), value: catalog.t('ri.count.people', { count: settings.members?.length ?? 0 }) },
    { title: catalog.t('ri.fact.exchange'), value: catalog.t(settings.exchangeIntegration ? 'ri.fact.on' : 'ri.fact.off') },
    { title: catalog.t('ri.fact.regions'), value: settings.exchangeRegions.join(', ') || catalog.t('ri.fact.none') },
    { title: catalog.t('ri.fact.consent'), value: consent },
  ];
}

/** Who may give the consent, as people know them. */
export function tenantAdminNames(deps: RelationshipAdminDeps): string[] {
  return adminNames(deps.services.config.tenantAdmins, deps.references);
}

/** "relationship intelligence status": the state, the settings, and the consent button while consent is missing. */
export function relationshipStatusReply(deps: RelationshipAdminDeps, catalog: Catalog): Reply {
  const settings = deps.services.settings.relationship();
  const paragraphs = statusParagraphs(settings, deps.services, catalog);
  const needsConsent = settings !== null && settings.identifiableConsentAt === null;
  if (needsConsent) {
    const names = tenantAdminNames(deps);
    paragraphs.push(names.length > 0 ? catalog.t('ri.status.whoConsents', { admins: names.join(', ') }) : catalog.t('ri.consent.refusedNone'));
  }
  const data = messageCardData({
    title: catalog.t('ri.status.title'),
    text: paragraphs.join('\n\n'),
    facts: settings === null ? [] : statusFacts(settings, deps.services, catalog),
    tone: settings !== null && !needsConsent ? 'success' : 'neutral',
  });
  // The same message, with the consent button (its verb is RELATIONSHIP_CONSENT_VERB) while consent is missing.
  return { card: needsConsent ? renderCard('relationshipStatus', { ...data, consentTitle: catalog.t('ri.consent.button') }) : renderCard('message', data) };
}

/** What the watch tells the admin who enabled it (and anyone else the composition root chooses), once. */
export function relationshipSwitchedOffReply(settings: RelationshipSettings, services: Services, catalog: Catalog): Reply {
  const text = [
    catalog.t('ri.switchedOff.text', {
      enabled: when(settings.enabledAt, services, catalog), days: RELATIONSHIP_CONSENT_DAYS,
      date: when(settings.switchedOffAt ?? switchOffAt(settings), services, catalog),
    }),
    catalog.t('ri.status.turnOnAgain'),
  ].join('\n\n');
  return { card: renderCard('message', messageCardData({ title: catalog.t('ri.switchedOff.title'), text, tone: 'error' })) };
}
