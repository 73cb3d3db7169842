/**
 * Which proactive messages a finished run causes (pure). The spec's stale rule is applied
 * to the previous and the new run:
 * - newly stale → an alert to the owner and to everyone watching the account;
 * - still stale → only in the weekly digest of those same people;
 * - stale before, active now → a short "back to life" note to the watchers.
 * Snoozed (until a time) and muted recipients of an account hear nothing about it.
 *
 * Without a previous run there is nothing to compare with: the first run alerts nobody,
 * and its stale accounts go to the digest (which is due, as none was sent yet). This keeps
 * a first installation from flooding every owner with an alert per cold account.
 */
import type { EnrichmentInsights, AccountInsight } from '../engagement/insights.js';
import { wholeDaysBetween } from '../engagement/periods.js';
import { DEFAULT_STALE_DAYS, isStale } from '../engagement/segments.js';

export const DIGEST_INTERVAL_MS = 7 * 24 * 60 * 60_000;

export interface SnoozeRule {
  userKey: string;
  accountId: string;
  until: number;
}

export interface MuteRule {
  userKey: string;
  accountId: string;
}

export interface StaleAlertInput {
  runId: string;
  /** The accounts stale at the previous planned run (kept in the delivery store); null before the first. */
  staleBefore: ReadonlySet<string> | null;
  current: EnrichmentInsights;
  thresholdDays?: number;
  /**
   * Account id → its owner's recipient key. Give a user key where one is known (so that
   * owner and watcher are recognised as one person and mutes match); else the owner's email.
   */
  owners: ReadonlyMap<string, string>;
  /** User keys watching an account (`preferences.watchersOf`). */
  watchersOf: (accountId: string) => readonly string[];
  snoozes: readonly SnoozeRule[];
  mutes: readonly MuteRule[];
  now: number;
  lastDigestAt: number | null;
  digestIntervalMs?: number;
  /** Conversation id of a channel that also gets the weekly digest, of every stale account. */
  digestChannel?: string;
}

export interface LastContact {
  /** The colleague's address. */
  address: string;
  name: string | null;
  at: number;
}

export interface AccountFacts {
  accountId: string;
  accountName: string;
  daysSinceLastEmail: number | null;
  daysSinceLastMeeting: number | null;
  /** Who inside last talked with them (the introducer with the latest interaction). */
  lastContact: LastContact | null;
}

interface MessageBase {
  /** Idempotency key: run, kind, account, recipient. */
  key: string;
  recipientKey: string;
  asOf: number;
  /** Days the run's data covers (for the card's freshness line). */
  windowDays: number;
}

export type AlertMessage =
  | (MessageBase & { kind: 'staleAlert'; account: AccountFacts; thresholdDays: number })
  | (MessageBase & { kind: 'backToLife'; account: AccountFacts; thresholdDays: number })
  | (MessageBase & { kind: 'digest'; audience: 'user' | 'channel'; accounts: AccountFacts[]; thresholdDays: number });

export type AlertKind = AlertMessage['kind'];

export interface StaleAlertPlan {
  runId: string;
  staleAccountIds: string[];
  messages: AlertMessage[];
  includesDigest: boolean;
}

export const CHANNEL_RECIPIENT_PREFIX = 'channel:';
const ALL_ACCOUNTS = '*';

export function idempotencyKey(runId: string, kind: AlertKind, accountId: string, recipientKey: string): string {
  return [runId, kind, accountId, recipientKey].map(encodeURIComponent).join(':');
}

export function staleAccountIds(insights: EnrichmentInsights, thresholdDays: number = DEFAULT_STALE_DAYS): Set<string> {
  return new Set(insights.accounts.filter((insight) => isStale(insight.year, thresholdDays)).map((insight) => insight.account.id));
}

export function planStaleAlerts(input: StaleAlertInput): StaleAlertPlan {
  const { runId, current, now } = input;
  const thresholdDays = input.thresholdDays ?? DEFAULT_STALE_DAYS;
  const staleNow = staleAccountIds(current, thresholdDays);
  const { staleBefore } = input;
  const isHeld = heldRule(input.snoozes, input.mutes, now);
  const audience = (accountId: string, withOwner: boolean): string[] => {
    const owner = withOwner ? input.owners.get(accountId) : undefined;
    const people = new Set([...(owner ? [owner] : []), ...input.watchersOf(accountId)]);
    return [...people].filter((userKey) => !isHeld(userKey, accountId));
  };

  const messages: AlertMessage[] = [];
  const digestByRecipient = new Map<string, AccountFacts[]>();
  const asOf = current.asOf;
  const windowDays = wholeDaysBetween(current.windowStart, current.asOf);
  for (const insight of [...current.accounts].sort(byName)) {
    const accountId = insight.account.id;
    const facts = accountFacts(insight, current);
    if (staleNow.has(accountId)) {
      if (staleBefore !== null && !staleBefore.has(accountId)) {
        for (const recipientKey of audience(accountId, true)) {
          messages.push({ kind: 'staleAlert', key: idempotencyKey(runId, 'staleAlert', accountId, recipientKey), recipientKey, asOf, windowDays, account: facts, thresholdDays });
        }
      } else {
        for (const recipientKey of audience(accountId, true)) {
          let accounts = digestByRecipient.get(recipientKey);
          if (!accounts) digestByRecipient.set(recipientKey, (accounts = []));
          accounts.push(facts);
        }
      }
    } else if (staleBefore?.has(accountId)) {
      for (const recipientKey of audience(accountId, false)) {
        messages.push({ kind: 'backToLife', key: idempotencyKey(runId, 'backToLife', accountId, recipientKey), recipientKey, asOf, windowDays, account: facts, thresholdDays });
      }
    }
  }

  const includesDigest = input.lastDigestAt === null || now - input.lastDigestAt >= (input.digestIntervalMs ?? DIGEST_INTERVAL_MS);
  if (includesDigest) {
    for (const [recipientKey, accounts] of digestByRecipient) {
      messages.push({ kind: 'digest', audience: 'user', key: idempotencyKey(runId, 'digest', ALL_ACCOUNTS, recipientKey), recipientKey, asOf, windowDays, accounts, thresholdDays });
    }
    if (input.digestChannel !== undefined && staleNow.size > 0) {
      const recipientKey = `${CHANNEL_RECIPIENT_PREFIX}${input.digestChannel}`;
      const accounts = current.accounts.filter((insight) => staleNow.has(insight.account.id)).sort(byName).map((insight) => accountFacts(insight, current));
      messages.push({ kind: 'digest', audience: 'channel', key: idempotencyKey(runId, 'digest', ALL_ACCOUNTS, recipientKey), recipientKey, asOf, windowDays, accounts, thresholdDays });
    }
  }
  return { runId, staleAccountIds: [...staleNow].sort(), messages, includesDigest };
}

function heldRule(snoozes: readonly SnoozeRule[], mutes: readonly MuteRule[], now: number): (userKey: string, accountId: string) => boolean {
  const pair = (userKey: string, accountId: string): string => `${userKey}\u0000${accountId}`;
  const held = new Set(mutes.map((mute) => pair(mute.userKey, mute.accountId)));
  for (const snooze of snoozes) if (now < snooze.until) held.add(pair(snooze.userKey, snooze.accountId));
  return (userKey, accountId) => held.has(pair(userKey, accountId));
}

function accountFacts(insight: AccountInsight, insights: EnrichmentInsights): AccountFacts {
  let latest: AccountInsight['introducers'][number] | undefined;
  for (const introducer of insight.introducers) {
    if (!latest || introducer.lastInteraction > latest.lastInteraction) latest = introducer;
  }
  return {
    accountId: insight.account.id,
    accountName: insight.account.name,
    daysSinceLastEmail: insight.year.DaysSinceLastEmail,
    daysSinceLastMeeting: insight.year.DaysSinceLastMeeting,
    lastContact: latest ? { address: latest.internal, name: insights.colleagueNames[latest.internal] ?? null, at: latest.lastInteraction } : null,
  };
}

function byName(a: AccountInsight, b: AccountInsight): number {
  return a.account.name.localeCompare(b.account.name, 'en') || a.account.id.localeCompare(b.account.id, 'en');
}

/** An outbox entry for a planned message (the shape `DeliveryStore.commitRun` takes). */
export interface PlannedEntry {
  key: string;
  recipientKey: string;
  kind: AlertKind;
  accountId?: string;
  conversationId?: string;
  payload: unknown;
}

/** The plan's messages as outbox entries: `render` gives the card, `conversationIdFor` the conversation when one is known. */
export function outboxEntries(plan: StaleAlertPlan, render: (message: AlertMessage) => unknown, conversationIdFor: (recipientKey: string) => string | undefined): PlannedEntry[] {
  return plan.messages.map((message) => {
    const conversationId = conversationIdFor(message.recipientKey);
    return {
      key: message.key, recipientKey: message.recipientKey, kind: message.kind, payload: render(message),
      ...(message.kind === 'digest' ? {} : { accountId: message.account.accountId }),
      ...(conversationId === undefined ? {} : { conversationId }),
    };
  });
}
