/** "delivery status" for admins: the outbox's counts, why messages failed, who cannot be reached. */
import type { DeliveryStatus } from '../../alerts/deliveryStatus.js';
import type { Catalog } from '../catalog/catalog.js';
import { renderCard } from '../cards.js';
import { messageCardData } from '../cardData/message.js';
import type { Reply } from '../turn.js';
import { formatDateTime } from '../admin/adminFormat.js';
import { listNames } from '../dialogs/wizardText.js';

export function deliveryStatusReply(status: DeliveryStatus, catalog: Catalog, timeZone: string): Reply {
  const title = catalog.t('delivery.title');
  if (status.total === 0) return { card: renderCard('message', messageCardData({ title, text: catalog.t('delivery.nothing'), tone: 'neutral' })) };
  const n = (value: number) => catalog.formatNumber(value);
  const facts = [
    { title: catalog.t('delivery.sent'), value: n(status.sent) },
    { title: catalog.t('delivery.pending'), value: n(status.pending) },
    { title: catalog.t('delivery.retrying'), value: n(status.retrying) },
    { title: catalog.t('delivery.dead'), value: n(status.dead) },
    ...status.deadReasons.slice(0, 5).map(({ reason, count }) => ({ title: catalog.t('delivery.deadReason', { reason }), value: n(count) })),
    ...(status.unreachableUsers.length > 0 ? [{ title: catalog.t('delivery.unreachable'), value: listNames(status.unreachableUsers, catalog) }] : []),
    ...(status.interrupted > 0 ? [{ title: catalog.t('delivery.interrupted'), value: n(status.interrupted) }] : []),
    ...(status.nextAttemptAt !== null ? [{ title: catalog.t('delivery.nextRetry'), value: formatDateTime(status.nextAttemptAt, catalog, timeZone) }] : []),
  ];
  const tone = status.dead > 0 || status.unreachableUsers.length > 0 ? 'error' : 'success';
  return { card: renderCard('message', messageCardData({ title, text: catalog.t('delivery.summary', { total: n(status.total) }), facts, tone })) };
}
