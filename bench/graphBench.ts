/**
 * A full read of a simulated tenant through Microsoft Graph (the real msal-node and Graph
 * client, over HTTPS) with 50 ms latency per request: requests, wall time, and the ratio
 * to the lower bound `requests x latency / allowed concurrency`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createGraphSource } from '../src/sources/graph/graphSource.js';
import { report } from './report.js';
import { BENCH_GROUP } from './syntheticTenant.js';
import { simulatorGraphConfig } from '../src/sources/simulator/server/clientSetup.js';

const LATENCY_MS = 50;
const CONCURRENCY = 16;
const asOf = Date.parse('2026-11-01T00:00:00Z');

async function readTenant(mailboxes: number, itemsPerMailbox: number): Promise<void> {
  const server = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/simprof'] : []), '--import', 'tsx', fileURLToPath(new URL('graphSimulatorProcess.ts', import.meta.url)),
    String(mailboxes), String(itemsPerMailbox), String(asOf), String(LATENCY_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [line] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
    const simulator = JSON.parse(line) as { url: string; graphBaseUrl: string; tenantId: string; clientId: string; clientSecret: string; caPem: string };
    const started = performance.now();
    const graph = await createGraphSource(
      simulatorGraphConfig(simulator),
      { entries: [BENCH_GROUP], asOf, globalConcurrency: CONCURRENCY },
    );
    let items = 0;
    for await (const stream of graph.source.streams()) for await (const _ of stream.items) items++;
    const seconds = (performance.now() - started) / 1000;
    const requests = graph.statuses().reduce((sum, status) => sum + status.requests, 0);
    await graph.close();
    const lowerBound = (requests * LATENCY_MS) / 1000 / CONCURRENCY;
    report(`graph-${mailboxes}`, {
      mailboxes, items, mailboxRequests: requests, wallSeconds: +seconds.toFixed(1), lowerBoundSeconds: +lowerBound.toFixed(1), ratio: +(seconds / lowerBound).toFixed(2),
    });
  } finally {
    server.kill('SIGTERM');
  }
}

const sizes = (process.env.BENCH_GRAPH_MAILBOXES ?? '500,2500').split(',').map(Number);
for (const mailboxes of sizes) await readTenant(mailboxes, Number(process.env.BENCH_GRAPH_ITEMS ?? 2000));
