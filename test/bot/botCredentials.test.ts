/**
 * The credentials botbuilder uses for each app type, through the real credential factory:
 * whom it accepts incoming tokens for, and where proactive sends get their tokens.
 */
import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BotRegistration } from '../../src/appRegistration.js';
import { botCredentialFactory } from '../../src/bot/botCredentials.js';
import { tempDataDir } from '../store/storeFixtures.js';

const APP_ID = '6f1c2b7a-1111-4222-8333-444455556666';
const TENANT = 'contoso.onmicrosoft.com';
const CHANNEL = { audience: 'https://api.botframework.com', loginEndpoint: 'https://login.microsoftonline.com/botframework.com' };

interface Credentials { appId: string; oAuthEndpoint?: string; oAuthScope?: string; constructor: { name: string } }

async function credentialsFor(bot: BotRegistration): Promise<Credentials> {
  const factory = botCredentialFactory(bot);
  expect(await factory.isValidAppId(APP_ID)).toBe(true);
  expect(await factory.isValidAppId('someone-else')).toBe(false);
  expect(await factory.isAuthenticationDisabled()).toBeFalsy();
  return (await factory.createCredentials(APP_ID, CHANNEL.audience, CHANNEL.loginEndpoint, true)) as unknown as Credentials;
}

describe('the bot credential factory', () => {
  it('SingleTenant with a secret: tokens from the tenant\'s own authority', async () => {
    const credentials = await credentialsFor({ appType: 'SingleTenant', appId: APP_ID, tenantId: TENANT, credential: { kind: 'secret', secret: 's3cret' } });
    expect(credentials.constructor.name).toBe('MicrosoftAppCredentials');
    expect(credentials.oAuthEndpoint).toBe(`https://login.microsoftonline.com/${TENANT}`);
    expect(credentials.oAuthScope).toBe(CHANNEL.audience);
  });

  it('SingleTenant with a certificate: the private key read from its file, the tenant\'s authority', async () => {
    const dir = await tempDataDir();
    const keyFile = join(dir, 'bot.pem');
    await writeFile(keyFile, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const credentials = await credentialsFor({
      appType: 'SingleTenant', appId: APP_ID, tenantId: TENANT, credential: { kind: 'certificate', privateKeyFile: keyFile, thumbprint: 'A1'.repeat(20) },
    });
    expect(credentials.constructor.name).toBe('CertificateAppCredentials');
    expect(credentials.oAuthEndpoint).toBe(`https://login.microsoftonline.com/${TENANT}`);
  });

  it('UserAssignedMSI: the managed identity, for the Bot Framework audience', async () => {
    const credentials = await credentialsFor({ appType: 'UserAssignedMSI', appId: APP_ID, tenantId: TENANT, credential: { kind: 'managed-identity' } });
    expect(credentials.constructor.name).toBe('ManagedIdentityAppCredentials');
    expect(credentials.appId).toBe(APP_ID);
    expect(credentials.oAuthScope).toBe(CHANNEL.audience);
  });

  it('MultiTenant (older registrations): the botframework.com tenant', async () => {
    const credentials = await credentialsFor({ appType: 'MultiTenant', appId: APP_ID, tenantId: TENANT, credential: { kind: 'secret', secret: 's3cret' } });
    expect(credentials.constructor.name).toBe('MicrosoftAppCredentials');
    expect(credentials.oAuthEndpoint).toBe('https://login.microsoftonline.com/botframework.com');
  });
});
