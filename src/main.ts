/** The composition root: config, store, demo tenant, bot, server, playground. */
import { pino, type Logger } from 'pino';
import type { Server } from 'restify';
import { startOfUtcDay } from './engagement/activity.js';
import type { Config } from './config.js';
import { createAdapter, messageEndpoint } from './bot/adapter.js';
import { createBot, type RapportBot } from './bot/RapportBot.js';
import { deliveryStatus } from './alerts/deliveryStatus.js';
import { AdminConversations } from './bot/admin/adminConversations.js';
import { AlertDelivery } from './bot/delivery/alertDelivery.js';
import { deliveryStatusReply } from './bot/delivery/deliveryStatusReply.js';
import { proactiveSender } from './bot/proactive.js';
import { InsightsView } from './bot/insightsView.js';
import { openDeliveryStore, type DeliveryStore } from './store/delivery/deliveryStore.js';
import { createAdminBackend, type AdminBackend } from './jobs/admin/adminBackend.js';
import { configureDemoEnrichment } from './jobs/admin/demoEnrichment.js';
import { startDemoTenant, type DemoTenant } from './jobs/demoTenant.js';
import { connectionOf, graphConfigOf } from './jobs/graphSourceOpener.js';
import { adminConsentUrl } from './sources/graph/appConsent.js';
import { simulatorGraphConfig } from './sources/simulator/server/clientSetup.js';
import { startPlayground, type Playground } from './playground.js';
import { closeServer, createServer, listen, type HealthReport } from './server.js';
import { openStore, type RapportStore } from './store/rapportStore.js';

export interface RunningApp {
  port: number;
  store: RapportStore;
  playground: Playground | null;
  close(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  /** The demo's "now"; the start of the current UTC day by default. */
  asOf?: number;
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const log = options.log ?? pino({ level: config.logLevel });
  const store = await openStore(config.dataDir);
  let demo: DemoTenant | null = null;
  let server: Server | null = null;
  let playground: Playground | null = null;
  let admin: AdminBackend | null = null;
  let delivery: DeliveryStore | null = null;
  let alertDelivery: AlertDelivery | null = null;
  let stopRelationshipWatch: (() => void) | undefined;
  const close = async () => {
    stopRelationshipWatch?.();
    await playground?.stop();
    if (server) await closeServer(server);
    await admin?.stop();
    await alertDelivery?.stop();
    await delivery?.close();
    await demo?.simulator.close();
    await store.close();
  };
  try {
    if (config.mode === 'demo') {
      demo = await startDemoTenant(store, options.asOf ?? startOfUtcDay(Date.now()));
      log.info({ runId: demo.run.runId, accounts: demo.run.insights.accounts.length, mailboxes: demo.run.summary.mailboxes }, 'demo tenant enriched');
    }
    admin = await adminBackendFor(config, store, log, demo);
    if (demo) await configureDemoEnrichment(store, admin.services.datasets, demo.tenant, Date.now());
    delivery = await openDeliveryStore(config.dataDir, { onWarning: (message) => log.warn(message) });
    const parts = await createBotServer(config, store, log, { admin, delivery });
    ({ server, alerts: alertDelivery } = parts);
    const port = await listen(server, config.port, config.host);
    await parts.adminTurns?.resumeProgressCards();
    admin.start();
    alertDelivery?.start();
    // A run that finished just before a crash or stop gets its alerts now.
    await alertDelivery?.catchUp();
    stopRelationshipWatch = parts.adminTurns?.watchRelationshipConsent();
    if (config.mode === 'demo' && config.playground) {
      playground = startPlayground({ botEndpoint: `http://127.0.0.1:${port}/api/messages`, port: config.playgroundPort });
    }
    return { port, store, playground, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface BotServer {
  server: Server;
  bot: RapportBot;
  alerts: AlertDelivery | null;
  adminTurns: AdminConversations | null;
}

export interface BotServerParts {
  admin?: AdminBackend;
  delivery?: DeliveryStore;
}

/** The bot behind its HTTP server (not yet listening): adapter, bot, message endpoint, routes. */
export async function createBotServer(config: Config, store: RapportStore, log: Logger, parts: BotServerParts = {}): Promise<BotServer> {
  const { admin, delivery } = parts;
  const adapter = createAdapter(config, log);
  const appId = config.mode === 'production' ? config.appId : '';
  const alerts = delivery
    ? new AlertDelivery({ adapter, appId, store, delivery, log, thresholdDays: config.alerts.staleDays, ...(config.alerts.digestChannel ? { digestChannel: config.alerts.digestChannel } : {}) })
    : null;
  const proactive = alerts?.proactive() ?? proactiveSender(adapter, store, appId);
  const adminTurns = admin
    ? new AdminConversations({
      services: admin.services, store, adapter, appId, publicUrl: config.publicUrl, log,
      notify: (personKey, reply) => alerts?.notify(personKey, reply) ?? proactive.sendTo(personKey, reply),
      deliveryStatus: (catalog) => deliveryStatusReply(alerts?.status() ?? deliveryStatus([]), catalog, config.admin.timeZone),
    })
    : null;
  admin?.onConsentRecorded((record, requestedBy) => adminTurns?.consentRecorded(requestedBy, record.recordedAt ?? Date.now()));
  admin?.onConsentPending((record, requestedBy) => adminTurns?.consentPending(requestedBy, record.pendingSince ?? Date.now()));
  const bot = await createBot({
    store, log, publicUrl: config.publicUrl, adapter, appId, admins: config.admin.admins, tenantRegion: config.admin.tenantRegion,
    ...(alerts ? { delivery: alerts } : {}), ...(adminTurns ? { admin: adminTurns } : {}),
  });
  admin?.onRunSucceeded(async (runId, insights) => {
    bot.useInsights(new InsightsView(insights));
    await alerts?.afterRun({ runId, current: insights });
  });
  const server = createServer({
    messages: messageEndpoint(adapter, bot, config),
    health: () => storeHealth(store),
    openDownload: (token) => store.downloads.open(token),
    log,
    ...(admin ? { consentCallback: admin.consentCallback } : {}),
  });
  return { server, bot, alerts, adminTurns };
}

/** Production reads the tenant's Graph; the demo its simulator, which grants consent on its own consent page. */
async function adminBackendFor(config: Config, store: RapportStore, log: Logger, demo: DemoTenant | null): Promise<AdminBackend> {
  const common = { admin: config.admin, store, log, publicUrl: config.publicUrl };
  if (demo) {
    return createAdminBackend({
      ...common, graph: simulatorGraphConfig(demo.simulator), internalDomains: demo.tenant.organizationDomains,
      consentUrl: (redirectUri, state) => demo.simulator.adminConsentUrl(redirectUri, state),
    });
  }
  if (config.mode !== 'production') throw new Error('a demo configuration needs its demo tenant');
  const graph = await graphConfigOf(connectionOf(config.graph));
  return createAdminBackend({ ...common, graph, consentUrl: (redirectUri, state) => adminConsentUrl(graph, redirectUri, state) });
}

async function storeHealth(store: RapportStore): Promise<HealthReport> {
  try {
    const run = store.runs.latest();
    return {
      status: 'ok',
      store: 'readable',
      lastRun: run ? { id: run.id, status: run.status, finishedAt: new Date(run.finishedAt).toISOString(), accounts: run.accounts } : null,
    };
  } catch {
    return { status: 'degraded', store: 'unreadable', lastRun: null };
  }
}
