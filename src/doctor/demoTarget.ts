/**
 * `rapport doctor --demo`: the same checks against the built-in simulated tenant, served over
 * HTTPS like Entra ID and Graph, its bot signing in as the simulator's app (SingleTenant).
 */
import { startOfUtcDay } from '../engagement/activity.js';
import { DEMO_TENANT_SEED } from '../jobs/demoTenant.js';
import { simulatorGraphConfig } from '../sources/simulator/server/clientSetup.js';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../sources/simulator/server/simulator.js';
import { generateTenant } from '../sources/simulator/tenantGenerator.js';
import { pass, type CheckResult } from './checkResult.js';
import { CONFIGURATION } from './checks/configuration.js';
import type { DoctorTarget } from './doctorTarget.js';

/** A target over a running simulator; `overrides` change what a test breaks (a wrong secret, another data directory). */
export function simulatorTarget(simulator: RunningSimulator, entries: readonly string[] | null, dataDir: string, overrides: Partial<DoctorTarget> = {}): DoctorTarget {
  const graph = simulatorGraphConfig(simulator);
  return {
    mode: 'demo',
    bot: {
      registration: { appType: 'SingleTenant', appId: simulator.clientId, tenantId: simulator.tenantId, credential: { kind: 'secret', secret: simulator.clientSecret } },
      signIn: graph,
    },
    graph,
    exchangeRbac: false,
    dataDir,
    publicUrl: null,
    entries,
    appPackage: null,
    now: Date.now,
    ...overrides,
  };
}

export function demoConfiguration(simulator: RunningSimulator): CheckResult {
  return pass(CONFIGURATION, `demo: the built-in simulated tenant ${simulator.tenantId} at ${simulator.url}, SingleTenant bot ${simulator.clientId} signing in with a client secret`);
}

export interface DemoDoctor {
  target: DoctorTarget;
  configuration: CheckResult;
  close(): Promise<void>;
}

export async function startDemoDoctor(dataDir: string, options: { appPackage?: string; simulator?: Partial<SimulatorOptions> } = {}): Promise<DemoDoctor> {
  const tenant = generateTenant({ seed: DEMO_TENANT_SEED, asOf: startOfUtcDay(Date.now()) });
  const simulator = await startSimulator({ tenant, ...options.simulator });
  return {
    target: simulatorTarget(simulator, tenant.mailboxes(), dataDir, options.appPackage ? { appPackage: options.appPackage } : {}),
    configuration: demoConfiguration(simulator),
    close: () => simulator.close(),
  };
}
