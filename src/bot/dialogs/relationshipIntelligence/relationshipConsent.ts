/**
 * The identifiable-insights consent (the button with verb `relationship.consent`): only a tenant
 * admin may give it; everyone else is refused, told who can. It never switches a switched-off
 * setting back on (an admin re-enables), but it is kept for when they do.
 */
import { relationshipAvailability, switchOffAt } from '../../../jobs/admin/relationshipPolicy.js';
import { isAdmin } from '../../admin/adminGate.js';
import { formatDateTime } from '../../admin/adminFormat.js';
import type { Catalog } from '../../catalog/catalog.js';
import { message, type Asker, type Reply } from '../../turn.js';
import { tenantAdminNames, type RelationshipAdminDeps } from './relationshipStatus.js';

export async function recordIdentifiableConsent(deps: RelationshipAdminDeps, asker: Asker, catalog: Catalog): Promise<Reply> {
  const { services } = deps;
  if (!isAdmin(asker, services.config.tenantAdmins)) {
    const names = tenantAdminNames(deps);
    const text = names.length > 0 ? catalog.t('ri.consent.refused', { admins: names.join(', ') }) : catalog.t('ri.consent.refusedNone');
    return message(catalog.t('ri.consent.refusedTitle'), text, 'error');
  }
  const settings = services.settings.relationship();
  if (settings === null) return message(catalog.t('ri.status.title'), catalog.t('ri.status.notEnabled'), 'neutral');
  const when = (at: number) => formatDateTime(at, catalog, services.config.timeZone);
  if (settings.identifiableConsentAt !== null) {
    return message(catalog.t('ri.consent.title'), catalog.t('ri.consent.already', { date: when(settings.identifiableConsentAt) }), 'neutral');
  }
  const now = services.now();
  // Consent that comes after the deadline, even before the watch has noticed, finds it switched off.
  const switchedOffAt = settings.switchedOffAt ?? (relationshipAvailability(settings, now).switchOffDue ? switchOffAt(settings) : null);
  await services.settings.saveRelationship({ ...settings, identifiableConsentAt: now, switchedOffAt });
  if (switchedOffAt !== null) {
    return message(catalog.t('ri.consent.title'), catalog.t('ri.consent.givenSwitchedOff', { date: when(switchedOffAt) }), 'success');
  }
  return message(catalog.t('ri.consent.title'), catalog.t('ri.consent.given'), 'success');
}
