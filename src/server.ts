/** restify routes: /api/messages, /healthz and download links. Knows HTTP, not botbuilder. */
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from 'pino';
import type { ConsentCallbackOutcome } from './jobs/admin/adminServices.js';
import { consentPage } from './jobs/admin/consentPage.js';

export interface HealthReport {
  status: 'ok' | 'degraded';
  store: 'readable' | 'unreadable';
  lastRun: { id: string; status: string; finishedAt: string; accounts: number } | null;
}

export interface Download {
  content: string;
  fileName: string;
}

export interface ServerDependencies {
  /** Hands a Bot Framework request to the bot (which answers it). */
  messages(req: Request, res: Response): Promise<void>;
  health(): Promise<HealthReport>;
  openDownload(token: string): Promise<Download | 'expired' | 'not-found'>;
  log: Logger;
  /** `GET /api/consent/callback`: the tenant admin's consent answer. */
  consentCallback?: {
    handle(query: Readonly<Record<string, string | undefined>>): Promise<ConsentCallbackOutcome>;
    /** When the first run starts, as the admin should read it; null when unknown. */
    firstRun(): string | null;
  };
}

export function createServer(deps: ServerDependencies): Server {
  const server = restify.createServer({ name: 'rapport', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      await deps.messages(req, res);
    } catch (error) {
      deps.log.error({ err: error, requestId: req.id() }, 'message handling failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  // The Agents Playground probes the endpoint with HEAD before it connects.
  server.head('/api/messages', async (_req: Request, res: Response) => {
    res.send(200);
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const report = await deps.health();
    res.send(report.status === 'ok' ? 200 : 503, report);
  });

  server.get('/api/downloads/:token', async (req: Request, res: Response) => {
    const found = await deps.openDownload(String(req.params.token ?? ''));
    // No `return res.send(...)`: restify logs (the whole response object) a value returned by an async handler.
    if (found === 'not-found') return void res.send(404, { error: 'This download link is not valid.' });
    if (found === 'expired') return void res.send(410, { error: 'This download link has expired. Ask Rapport for the segment again.' });
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${found.fileName.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    });
    res.end(found.content);
  });

  const consentCallback = deps.consentCallback;
  if (consentCallback) {
    server.get('/api/consent/callback', async (req: Request, res: Response) => {
      const query: Record<string, string | undefined> = {};
      for (const [name, value] of new URL(req.url ?? '/', 'http://localhost').searchParams) query[name] = value;
      const outcome = await consentCallback.handle(query);
      // Only the outcome is logged: the state and the query values stay out of the logs.
      deps.log.info({ requestId: req.id(), consent: outcome.ok ? (outcome.confirmed ? 'recorded' : 'pending') : outcome.reason }, 'consent callback');
      const page = consentPage(outcome, outcome.ok ? consentCallback.firstRun() : null);
      res.writeHead(page.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(page.html);
    });
  }

  server.on('restifyError', (req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    deps.log.warn({ requestId: req.id(), path: req.path(), status: error.statusCode }, error.message);
    callback();
  });
  return server;
}

/** Resolves once the server listens; `port` 0 picks a free one. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as { port: number }).port;
}

export async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
