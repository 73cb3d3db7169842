/**
 * Shared by the conversation, HTTP and server tests: the demo tenant (seed 7) run through the
 * real engine once per test file, a temp-dir store holding those insights, and helpers that
 * read what a card says.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Attribution } from '../../../src/engagement/attribution.js';
import { computeEngagement } from '../../../src/engagement/engine.js';
import { ActivityFold } from '../../../src/engagement/fold.js';
import { buildInsights, type AccountInsight, type EnrichmentInsights } from '../../../src/engagement/insights.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';
import type { SimulatedTenant } from '../../../src/sources/simulator/tenantModel.js';
import { openStore, type RapportStore, type StoreOptions } from '../../../src/store/rapportStore.js';

export const AS_OF = Date.parse('2026-11-03T00:00:00Z');
export const RUN_ID = 'run-2026-11-03';
export const silentLog = pino({ level: 'silent' });

let cached: { tenant: SimulatedTenant; insights: EnrichmentInsights } | undefined;

/** generateTenant → ActivityFold → computeEngagement → computeTies → buildInsights, once per file. */
export function demo(): { tenant: SimulatedTenant; insights: EnrichmentInsights } {
  if (!cached) {
    const tenant = generateTenant({ seed: 7, asOf: AS_OF });
    const attribution = new Attribution(tenant.dataset, { internalDomains: tenant.organizationDomains });
    const fold = new ActivityFold(AS_OF);
    for (const mailbox of tenant.mailboxes()) fold.addAll(tenant.mailboxItems(mailbox));
    const result = computeEngagement(fold, attribution);
    // Colleagues' display names, as the demo run reads them from the directory.
    const colleagueNames = new Map(tenant.users.map((user) => [user.address, user.displayName]));
    cached = { tenant, insights: buildInsights(result, colleagueNames) };
  }
  return cached;
}

export function insightNamed(name: string): AccountInsight {
  const found = demo().insights.accounts.find((insight) => insight.account.name === name);
  if (!found) throw new Error(`the demo tenant has no account "${name}"`);
  return found;
}

export interface TestStore {
  dir: string;
  store: RapportStore;
  /** Closes the store and deletes its folder. */
  dispose(): Promise<void>;
}

/** A fresh store in a temp dir with the demo insights saved as the current run (and a run record). */
export async function storeWithInsights(options: StoreOptions & { insights?: EnrichmentInsights } = {}): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-bot-'));
  const store = await openStore(dir, options);
  await saveDemoRun(store, options.insights);
  return {
    dir, store,
    async dispose() {
      await store.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function saveDemoRun(store: RapportStore, insights = demo().insights): Promise<void> {
  await store.insights.saveForRun(RUN_ID, insights);
  await store.runs.record({
    id: RUN_ID, startedAt: AS_OF, finishedAt: AS_OF + 60_000, status: 'succeeded',
    mailboxes: 30, emails: 1000, meetings: 100, accounts: insights.accounts.length,
  });
}

// ---- reading cards ------------------------------------------------------------------------

export interface AdaptiveCardJson {
  type: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

export interface CardAction {
  type: string;
  title?: string;
  verb?: string;
  url?: string;
  data?: Record<string, unknown>;
}

/** Undoes escapeMarkdown: `\.` → `.`. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_[\]()#+\-.!|><~`])/g, '$1');
}

/** Every text a user can read on the card (TextBlocks, facts, button titles), unescaped, in document order. */
export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label']) {
      if (typeof record[key] === 'string') texts.push(unescapeMarkdown(record[key] as string));
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'data' && typeof value === 'object') visit(value);
    }
  };
  visit(card);
  return texts;
}

export function cardText(card: unknown): string {
  return cardTexts(card).join('\n');
}

/** Every action on the card: actions, ActionSets and selectActions, in document order. */
export function cardActions(card: unknown): CardAction[] {
  const actions: CardAction[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record['type'] === 'string' && (record['type'] as string).startsWith('Action.')) actions.push(record as unknown as CardAction);
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'data' && key !== 'fallback' && typeof value === 'object') visit(value);
    }
  };
  visit(card);
  return actions;
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The Adaptive Card of a bot activity, or an error naming what was there instead. */
export function cardOf(activity: { attachments?: { contentType: string; content?: unknown }[]; text?: string } | undefined): AdaptiveCardJson {
  const attachment = activity?.attachments?.find((candidate) => candidate.contentType === ADAPTIVE_CARD);
  if (!attachment) throw new Error(`expected an Adaptive Card, got ${JSON.stringify(activity)?.slice(0, 300)}`);
  const card = attachment.content as AdaptiveCardJson;
  if (card.type !== 'AdaptiveCard') throw new Error('the attachment is not an AdaptiveCard');
  return card;
}
