/**
 * `rapport simulate`: the demo tenant, either served over HTTPS as a Graph-compatible
 * tenant until stopped, or written to disk as a mail export (`--write-export DIR`).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTenantExport } from '../sources/simulator/export/writeExport.js';
import { startSimulator } from '../sources/simulator/server/simulator.js';
import { generateTenant } from '../sources/simulator/tenantGenerator.js';
import type { SimulatedTenant } from '../sources/simulator/tenantModel.js';
import type { CommandIo } from './aggregateCommand.js';
import { demoTenantFlags, parseFlags, untilSignalled } from './flags.js';
import { UsageError } from './usageError.js';

export interface SimulateHooks {
  /** Resolves when the served simulator should stop (default: SIGINT or SIGTERM). */
  stopSignal?: Promise<unknown>;
}

export async function simulateCommand(argv: string[], io: CommandIo, hooks: SimulateHooks = {}): Promise<number> {
  const values = parseFlags(argv, { seed: { type: 'string' }, 'as-of': { type: 'string' }, port: { type: 'string' }, 'write-export': { type: 'string' } });
  const { seed, asOf } = demoTenantFlags(values, Date.now());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port '${values.port}' is not a port number`);

  const tenant = generateTenant({ seed, asOf });
  if (values['write-export'] !== undefined) return writeExport(tenant, values['write-export'], io);
  return serve(tenant, port, io, hooks.stopSignal ?? untilSignalled());
}

async function writeExport(tenant: SimulatedTenant, dir: string, io: CommandIo): Promise<number> {
  const written = await writeTenantExport(tenant, dir);
  io.stdout.write([
    `Wrote ${tenant.organizationName} (seed ${tenant.seed}) to ${dir}:`,
    `  mail     ${written.maildir}`,
    `  meetings ${written.meetingsJsonl}`,
    `  contacts ${written.contactsCsv}`,
    '',
    'Aggregate it with:',
    `  npx rapport aggregate --source maildir:${written.maildir} --source jsonl:${written.meetingsJsonl} \\`,
    `    --mailbox-map ${Object.entries(written.mailboxMap).map(([folder, address]) => `${folder}=${address}`).join(',')} \\`,
    `    --contacts ${written.contactsCsv} --email-field email --account-field accountId --account-name-field accountName \\`,
    `    --domain-field domains --owner-field owner --internal-domains ${tenant.organizationDomains.join(',')} \\`,
    `    --as-of ${new Date(tenant.asOf).toISOString()} --out engagement.csv`,
    '',
  ].join('\n'));
  return 0;
}

async function serve(tenant: SimulatedTenant, port: number, io: CommandIo, stopSignal: Promise<unknown>): Promise<number> {
  const simulator = await startSimulator({ tenant, port });
  const dir = await mkdtemp(join(tmpdir(), 'rapport-simulator-'));
  const caFile = join(dir, 'ca.pem');
  await writeFile(caFile, simulator.caPem);
  const { contactsCsv } = await writeTenantExport(tenant, dir);
  const everyone = tenant.groups.find((group) => group.displayName === 'Customer Facing') ?? tenant.groups[0];
  io.stdout.write([
    `Simulated tenant ${tenant.organizationName} (seed ${tenant.seed}, as of ${new Date(tenant.asOf).toISOString()}) at ${simulator.url}`,
    `  tenant id  ${simulator.tenantId}`,
    `  client id  ${simulator.clientId}`,
    `  secret     ${simulator.clientSecret}`,
    `  CA file    ${caFile}`,
    `  contacts   ${contactsCsv}`,
    '',
    'Read it through Microsoft Graph with:',
    `  AZURE_CLIENT_SECRET=${simulator.clientSecret} npx rapport aggregate --source graph \\`,
    `    --tenant-id ${simulator.tenantId} --client-id ${simulator.clientId} \\`,
    `    --authority-host ${simulator.url} --graph-base-url ${simulator.graphBaseUrl} --ca-file ${caFile} \\`,
    `    --mailboxes ${everyone?.address ?? tenant.mailboxes().join(',')} --contacts ${contactsCsv} --email-field email --account-field accountId \\`,
    `    --account-name-field accountName --domain-field domains --internal-domains ${tenant.organizationDomains.join(',')} \\`,
    `    --as-of ${new Date(tenant.asOf).toISOString()} --out engagement.csv`,
    '',
    'Stop with Ctrl+C.',
    '',
  ].join('\n'));
  await stopSignal;
  await simulator.close();
  return 0;
}
