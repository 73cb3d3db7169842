/** The composition root: config, store, demo tenant, bot, server, playground. */
import { pino, type Logger } from 'pino';
import type { Server } from 'restify';
import { startOfUtcDay } from './engagement/activity.js';
import type { Config } from './config.js';
import { createAdapter, messageEndpoint } from './bot/adapter.js';
import { createBot, type RapportBot } from './bot/RapportBot.js';
import { startDemoTenant, type DemoTenant } from './jobs/demoTenant.js';
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
  const close = async () => {
    await playground?.stop();
    if (server) await closeServer(server);
    await demo?.simulator.close();
    await store.close();
  };
  try {
    if (config.mode === 'demo') {
      demo = await startDemoTenant(store, options.asOf ?? startOfUtcDay(Date.now()));
      log.info({ runId: demo.run.runId, accounts: demo.run.insights.accounts.length, mailboxes: demo.run.summary.mailboxes }, 'demo tenant enriched');
    }
    ({ server } = await createBotServer(config, store, log));
    const port = await listen(server, config.port, config.host);
    if (config.mode === 'demo' && config.playground) {
      playground = startPlayground({ botEndpoint: `http://127.0.0.1:${port}/api/messages`, port: config.playgroundPort });
    }
    return { port, store, playground, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The bot behind its HTTP server (not yet listening): adapter, bot, message endpoint, routes. */
export async function createBotServer(config: Config, store: RapportStore, log: Logger): Promise<{ server: Server; bot: RapportBot }> {
  const adapter = createAdapter(config, log);
  const bot = await createBot({ store, log, publicUrl: config.publicUrl, adapter, appId: config.mode === 'production' ? config.appId : '', admins: config.admin.admins });
  const server = createServer({
    messages: messageEndpoint(adapter, bot, config),
    health: () => storeHealth(store),
    openDownload: (token) => store.downloads.open(token),
    log,
  });
  return { server, bot };
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
