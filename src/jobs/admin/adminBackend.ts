/**
 * The admin back end composed: datasets, directory, consent, runs and settings over one store
 * and one Graph app (the production tenant's, or the demo's simulator). `main.ts` builds one
 * and hands `services` to the bot and `consentCallback` to the server.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { AdminConfig } from '../../config.js';
import type { Timestamp } from '../../engagement/activity.js';
import type { EnrichmentInsights } from '../../engagement/insights.js';
import { checkMailboxAccess } from '../../sources/graph/accessCheck.js';
import type { GraphConfig } from '../../sources/graph/graphConfig.js';
import type { ConsentRecord, RapportStore } from '../../store/rapportStore.js';
import { systemTimer, type Timer } from '../runs/timer.js';
import type { AdminServices, ConsentCallbackOutcome } from './adminServices.js';
import { consentConfirmation } from './consentConfirmation.js';
import { createConsentService } from './consentService.js';
import { createDatasetCatalog, registerConfiguredDatasets } from './datasetCatalog.js';
import { graphDirectoryLookup } from './directoryLookup.js';
import { enrichmentJob } from './enrichmentJob.js';
import { createRunService, type AdminRunService } from './runService.js';

export interface AdminBackendOptions {
  admin: AdminConfig;
  store: RapportStore;
  log: Logger;
  graph: GraphConfig;
  /** The bot's public origin: the consent callback's redirect URI is built on it. */
  publicUrl: string;
  /** Production: `adminConsentUrl`; demo: the simulator's. */
  consentUrl(redirectUri: string, state: string): string;
  /** The organization's own domains beyond those of its monitored mailboxes. */
  internalDomains?: readonly string[];
  timer?: Timer;
  now?: () => number;
  /** The `asOf` of a fresh run; the start time by default. */
  asOf?: (now: number) => Timestamp;
}

export interface AdminServicesWithRuns extends AdminServices {
  runs: AdminRunService;
}

export interface AdminBackend {
  services: AdminServicesWithRuns;
  consentCallback: {
    handle(query: Readonly<Record<string, string | undefined>>): Promise<ConsentCallbackOutcome>;
    firstRun(): string | null;
  };
  /** Told when consent is recorded, confirmed by an app token (with who asked for it, when known). */
  onConsentRecorded(listener: ConsentListener): void;
  /** Told when the callback reported consent that no app token confirms yet. */
  onConsentPending(listener: ConsentListener): void;
  /** Told about every succeeded run, once its insights are saved. */
  onRunSucceeded(listener: (runId: string, insights: EnrichmentInsights) => void | Promise<void>): void;
  start(): void;
  stop(): Promise<void>;
}

export type ConsentListener = (record: ConsentRecord, requestedBy: string | null) => void | Promise<void>;

export async function createAdminBackend(options: AdminBackendOptions): Promise<AdminBackend> {
  const { store, log } = options;
  const timer = options.timer ?? systemTimer;
  const now = options.now ?? (() => timer.now());
  const datasets = createDatasetCatalog(store.datasets);
  await registerConfiguredDatasets(datasets, options.admin.datasetFiles, log);

  const job = enrichmentJob({ store, graph: options.graph, ...(options.internalDomains ? { internalDomains: options.internalDomains } : {}) });
  const runs = createRunService({
    store, config: options.admin, prepare: job.prepare, logError: (message) => log.error(message),
    ...(options.timer ? { timer: options.timer } : {}), ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  const recordedListeners: ConsentListener[] = [];
  const pendingListeners: ConsentListener[] = [];
  // Consent is recorded whatever a listener does: the admin's browser must say so.
  const tell = async (listeners: readonly ConsentListener[], record: ConsentRecord, requestedBy: string | null) => {
    for (const listener of listeners) {
      try {
        await listener(record, requestedBy);
      } catch (error) {
        log.error({ error: error instanceof Error ? error.message : String(error) }, 'consent listener failed');
      }
    }
  };

  // The run service tells each run-finished listener on its own (a failing one is logged, the next still told).
  runs.onRunFinished((outcome) => {
    // A run that found consent withdrawn cleared it: the schedule must stop firing.
    runs.refresh();
    if (outcome.status === 'failed') log.warn({ runId: outcome.runId, error: outcome.error }, 'enrichment run failed');
  });
  runs.onRunFinished(async (outcome) => {
    if (outcome.status !== 'succeeded') return;
    log.info({ runId: outcome.run.runId, accounts: outcome.run.summary.accounts }, 'enrichment run succeeded');
    await store.admin.saveDirectory({ runId: outcome.run.runId, takenAt: now(), mailboxes: job.lastMailboxes() });
  });

  const consent = createConsentService({
    store,
    publicUrl: options.publicUrl,
    consentUrl: options.consentUrl,
    expectedTenantId: options.graph.tenantId,
    checkAccess: async () => (await checkMailboxAccess(options.graph, store.admin.enrichment()?.mailboxEntries ?? [], {
      at: now(), exchangeRbac: options.admin.exchangeRbac === true,
    })).access,
    now,
    nonce: randomUUID,
    async onConsentRecorded(record, requestedBy) {
      runs.refresh();
      await tell(recordedListeners, record, requestedBy);
    },
    async onConsentPending(record, requestedBy) {
      confirmation.watch();
      await tell(pendingListeners, record, requestedBy);
    },
  });
  const confirmation = consentConfirmation({ store, consent, timer, logError: (message) => log.error(message) });

  const services: AdminServicesWithRuns = {
    config: options.admin,
    directory: graphDirectoryLookup(options.graph),
    datasets,
    consent,
    runs,
    now,
    settings: {
      enrichment: () => store.admin.enrichment(),
      async saveEnrichment(settings) {
        await store.admin.saveEnrichment(settings);
        runs.refresh();
      },
      relationship: () => store.admin.relationship(),
      saveRelationship: (settings) => store.admin.saveRelationship(settings),
    },
  };

  return {
    services,
    consentCallback: {
      handle: (query) => consent.handleCallback(query),
      firstRun: () => {
        const next = runs.nextRunAt();
        const { timeZone } = options.admin;
        return next === null ? null : `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(next)} (${timeZone})`;
      },
    },
    onConsentRecorded: (listener) => void recordedListeners.push(listener),
    onConsentPending: (listener) => void pendingListeners.push(listener),
    onRunSucceeded: (listener) => void runs.onRunFinished(async (outcome) => {
      if (outcome.status === 'succeeded') await listener(outcome.run.runId, outcome.run.insights);
    }),
    start: () => {
      runs.start();
      confirmation.watch();
    },
    stop: () => {
      confirmation.stop();
      return runs.stop();
    },
  };
}
