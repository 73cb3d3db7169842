/**
 * Consent in chat: "consent status", what the admin hears after the configure-engagement
 * wizard saved (and the requests tenant admins get), and the notice when consent is recorded.
 */
import type { AdminServices } from '../../jobs/admin/adminServices.js';
import type { Catalog } from '../catalog/catalog.js';
import { renderCard } from '../cards.js';
import { consentCardData, consentStatusView, type ConsentCardView } from '../cardData/consentStatus.js';
import { message, type Asker, type Reply } from '../turn.js';
import { formatDateTime } from './adminFormat.js';
import type { RunCommandServices } from './runCommands.js';

export type ConsentCommandServices = RunCommandServices & Pick<AdminServices, 'settings'>;

/** Sends a reply to a person's 1:1 chat with Rapport; false when they cannot be reached. */
export type Notify = (personKey: string, reply: Reply) => Promise<boolean>;

const consentCard = (view: ConsentCardView, catalog: Catalog): Reply => ({ card: renderCard('consentStatus', consentCardData(view, catalog)) });

export async function consentStatusReply(services: Pick<AdminServices, 'consent' | 'config'>, catalog: Catalog, asker: Asker): Promise<Reply> {
  const status = await services.consent.status();
  // A link also helps when consent was recorded but the token lost permissions since.
  const needsLink = status.recordedAt === null || (!status.error && status.missing.length > 0);
  const link = needsLink ? await services.consent.consentLink(asker.userKey) : undefined;
  return consentCard(consentStatusView(status, catalog, services.config.timeZone, link), catalog);
}

export interface AfterSavedOptions {
  notify: Notify;
  /** How to name a tenant admin to the asker (their Teams name when known); the key itself by default. */
  nameOf?: (personKey: string) => string;
}

/** The replies, in order, for the admin whose wizard just saved the enrichment. */
export async function afterEnrichmentSaved(services: ConsentCommandServices, asker: Asker, catalog: Catalog, options: AfterSavedOptions): Promise<Reply[]> {
  const name = services.settings.enrichment()?.name ?? '';
  const savedText = catalog.t('enrichment.saved', { name });
  if (services.runs.readiness() === 'ready') return [message(catalog.t('enrichment.savedTitle'), `${savedText} ${runDueText(services, catalog)}`, 'success')];
  const saved = message(catalog.t('enrichment.savedTitle'), savedText, 'success');

  const replies: Reply[] = [saved];
  const link = await services.consent.consentLink(asker.userKey);
  replies.push(consentCard({ title: catalog.t('enrichment.consentNeededTitle'), paragraphs: [catalog.t('enrichment.consentNeeded')], link, tone: 'warning' }, catalog));

  const nameOf = options.nameOf ?? ((key: string) => key);
  const recipients = [...new Set(services.config.tenantAdmins)];
  if (recipients.length === 0) return [...replies, message(catalog.t('enrichment.notifiedTitle'), catalog.t('enrichment.noTenantAdmins'), 'error')];
  const reached: string[] = [];
  const unreachable: string[] = [];
  for (const recipient of recipients) {
    const request = consentCard({
      title: catalog.t('consentRequest.title'),
      paragraphs: [catalog.t('consentRequest.text', { requester: asker.name })],
      link: await services.consent.consentLink(asker.userKey),
      tone: 'warning',
    }, catalog);
    const delivered = await options.notify(recipient, request).catch(() => false);
    (delivered ? reached : unreachable).push(nameOf(recipient));
  }
  const lines = [
    ...(reached.length > 0 ? [catalog.t('enrichment.notified', { names: reached.join(', ') })] : []),
    ...(unreachable.length > 0 ? [catalog.t('enrichment.unreachable', { names: unreachable.join(', ') })] : []),
  ];
  replies.push(message(catalog.t('enrichment.notifiedTitle'), lines.join(' '), unreachable.length > 0 ? 'error' : 'success'));
  return replies;
}

function runDueText(services: RunCommandServices, catalog: Catalog): string {
  const next = services.runs.nextRunAt();
  if (next === null) return catalog.t('enrichment.noRunDue');
  const when = formatDateTime(next, catalog, services.config.timeZone);
  return services.runs.history(1).length === 0 ? catalog.t('enrichment.firstRunDue', { when }) : catalog.t('enrichment.nextRunDue', { when });
}

/** What the admin who asked hears when the callback reported consent that Rapport's app token cannot confirm yet. */
export function consentPendingNotice(services: RunCommandServices, pendingSince: number, catalog: Catalog): Reply {
  const paragraphs = [catalog.t('consentAccess.pending', { date: formatDateTime(pendingSince, catalog, services.config.timeZone) })];
  return consentCard({ title: catalog.t('consentAccess.pendingTitle'), paragraphs, tone: 'warning' }, catalog);
}

/** What admins get when consent was recorded: when the first (or next) run is due. */
export function consentRecordedNotice(services: RunCommandServices, recordedAt: number, catalog: Catalog): Reply {
  const { timeZone } = services.config;
  const paragraphs = [catalog.t('consentRecorded.text', { date: formatDateTime(recordedAt, catalog, timeZone) })];
  const next = services.runs.nextRunAt();
  if (services.runs.readiness() === 'not-configured') paragraphs.push(catalog.t('consentRecorded.notConfigured'));
  else if (next === null) paragraphs.push(catalog.t('consentRecorded.noRunDue'));
  else {
    const when = formatDateTime(next, catalog, timeZone);
    paragraphs.push(services.runs.history(1).length === 0 ? catalog.t('consentRecorded.firstRun', { when }) : catalog.t('consentRecorded.nextRun', { when }));
  }
  return consentCard({ title: catalog.t('consentRecorded.title'), paragraphs, tone: 'success' }, catalog);
}
