/**
 * The deployment `rapport doctor` checks, from the production configuration and the doctor's
 * flags: the certificates read, the configured mailboxes (--mailboxes, or the saved enrichment's)
 * and the app package (--package, or the one `npm run package` builds).
 */
import { access } from 'node:fs/promises';
import type { AppCredential } from '../appRegistration.js';
import type { ProductionConfig } from '../config.js';
import { connectionOf, graphConfigOf } from '../jobs/graphSourceOpener.js';
import { DEFAULT_OUT_PATH } from '../package/packageConfig.js';
import type { GraphConfig } from '../sources/graph/graphConfig.js';
import { readStateSnapshot } from '../store/stateSnapshot.js';
import type { DoctorTarget } from './doctorTarget.js';

export interface DoctorFlags {
  mailboxes?: readonly string[];
  /** An app package (.zip) or manifest (.json). */
  appPackage?: string;
}

/** The tenant a MultiTenant bot's token comes from; the others sign in to their own. */
const BOT_FRAMEWORK_TENANT = 'botframework.com';

export async function productionTarget(config: ProductionConfig, flags: DoctorFlags, now: () => number = Date.now): Promise<DoctorTarget> {
  const registration = { appType: config.appType, appId: config.appId, tenantId: config.tenantId, credential: config.botCredential };
  return {
    mode: 'production',
    bot: { registration, signIn: await signInConfig(config.appType === 'MultiTenant' ? BOT_FRAMEWORK_TENANT : config.tenantId, config.appId, config.botCredential) },
    graph: await signInConfig(config.graph.tenantId, config.graph.clientId, config.graph.credential),
    exchangeRbac: config.admin.exchangeRbac === true,
    dataDir: config.dataDir,
    publicUrl: config.publicUrl,
    entries: flags.mailboxes ?? (await savedEntries(config.dataDir)),
    appPackage: flags.appPackage ?? (await exists(DEFAULT_OUT_PATH) ? DEFAULT_OUT_PATH : null),
    now,
  };
}

function signInConfig(tenantId: string, clientId: string, credential: AppCredential): Promise<GraphConfig> {
  return graphConfigOf(connectionOf({ tenantId, clientId, credential }));
}

/** The saved enrichment's users and groups; null when none is saved (or the state cannot be read: the data directory check says why). */
async function savedEntries(dataDir: string): Promise<string[] | null> {
  try {
    return (await readStateSnapshot(dataDir))?.admin.enrichment?.mailboxEntries ?? null;
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
