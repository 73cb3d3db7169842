/** "Delivery status" for admins (pure): what the outbox holds, what failed and why, who cannot be reached. */
import type { OutboxEntry } from '../store/delivery/deliveryStore.js';

export interface DeadLetter {
  key: string;
  recipientKey: string;
  kind: string;
  accountId?: string;
  attempts: number;
  statusCode?: number;
  reason: string;
  at: number;
}

export interface DeliveryStatus {
  total: number;
  sent: number;
  /** Not tried yet. */
  pending: number;
  /** Tried and failed, waiting for another attempt (or being sent right now). */
  retrying: number;
  dead: number;
  /** Dead letters grouped by reason, most frequent first. */
  deadReasons: { reason: string; count: number }[];
  /** The latest dead letters, newest first (at most `DEAD_LETTERS_SHOWN`). */
  deadLetters: DeadLetter[];
  /** Recipients with messages they could not get: no conversation with the bot, app not installed. */
  unreachableUsers: string[];
  unreachableMessages: number;
  /** Entries that were mid-send when a process stopped and were sent again: each may have arrived twice. */
  interrupted: number;
  /** When the next retry is due, if any. */
  nextAttemptAt: number | null;
}

export const DEAD_LETTERS_SHOWN = 20;

export function deliveryStatus(entries: readonly Readonly<OutboxEntry>[]): DeliveryStatus {
  const status: DeliveryStatus = {
    total: entries.length, sent: 0, pending: 0, retrying: 0, dead: 0, deadReasons: [], deadLetters: [],
    unreachableUsers: [], unreachableMessages: 0, interrupted: 0, nextAttemptAt: null,
  };
  const reasons = new Map<string, number>();
  const unreachable = new Set<string>();
  const dead: DeadLetter[] = [];
  for (const entry of entries) {
    if (entry.interrupted) status.interrupted++;
    switch (entry.status) {
      case 'sent':
        status.sent++;
        break;
      case 'pending':
      case 'attempting':
        if (entry.attempts === 0) status.pending++;
        else status.retrying++;
        if (entry.status === 'pending' && entry.attempts > 0) status.nextAttemptAt = Math.min(status.nextAttemptAt ?? Infinity, entry.nextAttemptAt);
        break;
      case 'dead': {
        status.dead++;
        const reason = entry.lastError ?? 'unknown';
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        dead.push({
          key: entry.key, recipientKey: entry.recipientKey, kind: entry.kind, attempts: entry.attempts, reason, at: entry.finishedAt ?? entry.nextAttemptAt,
          ...(entry.accountId === undefined ? {} : { accountId: entry.accountId }),
          ...(entry.lastStatusCode === undefined ? {} : { statusCode: entry.lastStatusCode }),
        });
        break;
      }
      case 'unreachable':
        status.unreachableMessages++;
        unreachable.add(entry.recipientKey);
        break;
    }
  }
  status.deadReasons = [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  status.deadLetters = dead.sort((a, b) => b.at - a.at).slice(0, DEAD_LETTERS_SHOWN);
  status.unreachableUsers = [...unreachable].sort();
  return status;
}
