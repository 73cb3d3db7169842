/** The reply-time rule (engagement-spec.md section 3, "Reply time"). */
import { DAY_MS } from './activity.js';
import type { Interaction } from './interactions.js';

export const REPLY_CAP_MS = 30 * DAY_MS;

export interface ReplyTimes {
  totalMs: number;
  count: number;
}

/**
 * Walks one account's emails in (sentAt, messageId) order, keeping one pending time per
 * conversation: an email to the account sets it, an email from the account records the
 * gap and clears it. Gaps over 30 days clear without being recorded.
 */
export function replyTimes(sortedInteractions: Iterable<Interaction>): ReplyTimes {
  const pending = new Map<number, number>();
  const result: ReplyTimes = { totalMs: 0, count: 0 };
  for (const interaction of sortedInteractions) {
    if (interaction.kind === 'emailToAccount') {
      pending.set(interaction.conversation, interaction.time);
    } else if (interaction.kind === 'emailFromAccount') {
      const since = pending.get(interaction.conversation);
      if (since === undefined) continue;
      pending.delete(interaction.conversation);
      const gap = interaction.time - since;
      if (gap <= REPLY_CAP_MS) {
        result.totalMs += gap;
        result.count++;
      }
    }
  }
  return result;
}

/** The mean reply time in hours, unrounded; null when nothing was recorded. */
export function meanReplyHours(times: ReplyTimes): number | null {
  return times.count === 0 ? null : times.totalMs / times.count / 3_600_000;
}
