/**
 * The Graph mailbox pipeline alone (real throttle and prefetching, in-process transport
 * with 50 ms latency): how close it stays to `requests x latency / 16` when neither JSON
 * nor TLS compete for the CPU.
 */
import { readFakeTenant } from '../test/sources/graph/fakePipeline.js';
import { report } from './report.js';

const LATENCY_MS = 50;
const CONCURRENCY = 16;
for (const mailboxes of [500, 2500]) {
  const run = await readFakeTenant(mailboxes, LATENCY_MS, CONCURRENCY);
  const lowerBoundMs = (run.requests * LATENCY_MS) / CONCURRENCY;
  report(`graph-pipeline-${mailboxes}`, {
    mailboxes, items: run.items, requests: run.requests, wallSeconds: +(run.wallMs / 1000).toFixed(1),
    lowerBoundSeconds: +(lowerBoundMs / 1000).toFixed(1), ratio: +(run.wallMs / lowerBoundMs).toFixed(2),
  });
}
