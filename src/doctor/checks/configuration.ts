/**
 * "Configuration valid": the environment parses for production (per MicrosoftAppType), the
 * certificate files hold private keys, botbuilder accepts the registration, and the public URL
 * is https. Returns the configuration for the other checks when it is usable.
 */
import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AppCredential } from '../../appRegistration.js';
import { botCredentialFactory } from '../../bot/botCredentials.js';
import { ConfigError, loadConfig, type ProductionConfig } from '../../config.js';
import { fail, messageOf, pass, warn, type CheckResult } from '../checkResult.js';

export const CONFIGURATION = 'Configuration valid';

export async function checkConfiguration(env: NodeJS.ProcessEnv): Promise<{ result: CheckResult; config: ProductionConfig | null }> {
  let config: ProductionConfig;
  try {
    config = loadConfig(env, { demo: false }) as ProductionConfig;
  } catch (error) {
    if (error instanceof ConfigError) return { result: fail(CONFIGURATION, error.message.replace(/ \(or run the local demo with: npm start\)$/, ''), 'set the named environment variables (docs/deployment.md lists them)'), config: null };
    throw error;
  }
  for (const [owner, credential] of [['the bot', config.botCredential], ['the Graph app', config.graph.credential]] as const) {
    const problem = await certificateProblem(credential);
    if (problem) return { result: fail(CONFIGURATION, `the certificate of ${owner} (${problem})`, 'point the _CERTIFICATE_FILE setting at the PEM file holding the private key'), config: null };
  }
  try {
    botCredentialFactory({ appType: config.appType, appId: config.appId, tenantId: config.tenantId, credential: config.botCredential });
  } catch (error) {
    return { result: fail(CONFIGURATION, `botbuilder refuses the bot registration: ${messageOf(error)}`), config: null };
  }
  const summary = `${config.appType} bot ${config.appId} in tenant ${config.tenantId}, signing in with ${credentialName(config.botCredential)}; Graph app ${config.graph.clientId} with ${credentialName(config.graph.credential)}`;
  if (new URL(config.publicUrl).protocol !== 'https:') {
    return { result: warn(CONFIGURATION, `${summary}; RAPPORT_PUBLIC_URL is not https (${config.publicUrl})`, 'Teams reaches bots over https only: give the public https:// address'), config };
  }
  if (config.appType === 'MultiTenant') {
    return { result: warn(CONFIGURATION, `${summary}; Azure no longer creates multi-tenant bots`, 'fine for an existing registration; a new Azure Bot is SingleTenant or UserAssignedMSI'), config };
  }
  return { result: pass(CONFIGURATION, summary), config };
}

function credentialName(credential: AppCredential): string {
  if (credential.kind === 'secret') return 'a client secret';
  if (credential.kind === 'certificate') return `the certificate ${credential.thumbprint}`;
  return 'the managed identity';
}

/** Why a certificate's file is unusable, or null. */
async function certificateProblem(credential: AppCredential): Promise<string | null> {
  if (credential.kind !== 'certificate') return null;
  let pem: string;
  try {
    pem = await readFile(credential.privateKeyFile, 'utf8');
  } catch (error) {
    return `${credential.privateKeyFile} cannot be read: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`;
  }
  try {
    createPrivateKey(pem);
    return null;
  } catch {
    return `${credential.privateKeyFile} holds no PEM private key`;
  }
}
