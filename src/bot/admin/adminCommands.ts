/**
 * The admin commands: configure the enrichment, enable relationship intelligence, run now,
 * schedule, consent status, results, delivery status. Each is refused, naming who can do it,
 * for anyone who is not a configured admin.
 */
import type { ReferencesRepository } from '../../store/rapportStore.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Intent } from '../intents.js';
import { message, type Asker, type Reply } from '../turn.js';
import { adminNames, isAdmin } from './adminGate.js';

export type AdminIntent = Extract<Intent, { kind: AdminIntentKind }>;
export type AdminIntentKind = 'configureEngagement' | 'enableRelationshipIntelligence' | 'runNow' | 'consentStatus' | 'schedule' | 'results' | 'deliveryStatus';

export const ADMIN_INTENT_KINDS: ReadonlySet<string> = new Set<AdminIntentKind>([
  'configureEngagement', 'enableRelationshipIntelligence', 'runNow', 'consentStatus', 'schedule', 'results', 'deliveryStatus',
]);

export function isAdminIntent(intent: Intent): intent is AdminIntent {
  return ADMIN_INTENT_KINDS.has(intent.kind);
}

/** The refusal a non-admin gets, naming the admins; null for an admin. */
export function refusalFor(asker: Asker, admins: readonly string[], references: ReferencesRepository, catalog: Catalog): Reply | null {
  if (isAdmin(asker, admins)) return null;
  const names = adminNames(admins, references);
  const text = names.length > 0
    ? catalog.t('admin.refused', { admins: names.join(', ') })
    : catalog.t('admin.refusedNoneConfigured');
  return message(catalog.t('admin.refusedTitle'), text, 'error');
}
