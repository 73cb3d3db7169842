/**
 * 1,000 "how engaged is X?" questions over HTTP (`deliveryMode: expectReplies`) to the real
 * restify server, CloudAdapter and bot, with 10,000 accounts in the store.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { createBotServer } from '../src/main.js';
import { closeServer, listen } from '../src/server.js';
import { openStore } from '../src/store/rapportStore.js';
import { report } from './report.js';
import { syntheticInsights } from './syntheticInsights.js';

const ACCOUNTS = 10_000;
const REQUESTS = 1_000;
const CONCURRENCY = 4;
const asOf = Date.parse('2026-11-01T00:00:00Z');

const dir = await mkdtemp(join(tmpdir(), 'rapport-bot-bench-'));
const log = pino({ level: 'silent' });
const config = loadConfig({ RAPPORT_DATA_DIR: dir, RAPPORT_PLAYGROUND: 'off' }, { demo: true });
const store = await openStore(dir);
const insights = syntheticInsights(ACCOUNTS, asOf);
await store.insights.saveForRun('bench', insights);
const { server } = await createBotServer(config, store, log);
const port = await listen(server, 0, '127.0.0.1');

async function ask(n: number): Promise<number> {
  const account = insights.accounts[(n * 7919) % ACCOUNTS]!.account.name;
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `m${n}`, text: `how engaged is ${account}?`, locale: 'en-US', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/',
      deliveryMode: 'expectReplies', from: { id: `u${n % 20}`, name: 'Seller', aadObjectId: `aad-${n % 20}` }, recipient: { id: 'bot' },
      conversation: { id: `c${n % 20}`, conversationType: 'personal' },
    }),
  });
  const body = (await response.json()) as { activities?: { attachments?: unknown[] }[] };
  if (response.status !== 200 || !body.activities?.[0]?.attachments?.length) throw new Error(`request ${n} failed: ${response.status}`);
  return performance.now() - started;
}

try {
  for (let n = 0; n < 50; n++) await ask(n); // warm-up
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) latencies.push(await ask(next++));
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => +latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  report('bot', { accounts: ACCOUNTS, requests: REQUESTS, concurrency: CONCURRENCY, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), requestsPerSecond: Math.round(REQUESTS / seconds) });
} finally {
  await closeServer(server);
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
