/** Serves a synthetic benchmark tenant with 50 ms latency per request; prints how to reach it. */
import { startSimulator } from '../src/sources/simulator/server/simulator.js';
import { syntheticTenant } from './syntheticTenant.js';

const [mailboxes, items, asOf, latencyMs] = process.argv.slice(2).map(Number);
const simulator = await startSimulator({
  tenant: syntheticTenant(mailboxes!, items!, asOf!),
  faults: { latencyMs: latencyMs! },
  viewCacheSize: 64,
});
process.stdout.write(`${JSON.stringify({ url: simulator.url, graphBaseUrl: simulator.graphBaseUrl, tenantId: simulator.tenantId, clientId: simulator.clientId, clientSecret: simulator.clientSecret, caPem: simulator.caPem })}\n`);
process.on('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
