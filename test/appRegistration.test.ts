/**
 * The bot's registration and the Graph app's credential per MicrosoftAppType: what each type
 * needs, the setting a mistake names, and which credential Graph then signs in with.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type ProductionConfig } from '../src/config.js';

const IDS = { MicrosoftAppId: 'app-id', MicrosoftAppTenantId: 'tenant-id', RAPPORT_PUBLIC_URL: 'https://bot.example.com' };
const SHA1 = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
const SHA256 = 'AB'.repeat(32);

const production = (env: Record<string, string>) => loadConfig(env, { demo: false }) as ProductionConfig;
const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env, { demo: false });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('MicrosoftAppType', () => {
  it('is SingleTenant unless set, and is read without regard to case (botbuilder spells it UserAssignedMsi)', () => {
    expect(production({ ...IDS, MicrosoftAppPassword: 's' }).appType).toBe('SingleTenant');
    expect(production({ ...IDS, MicrosoftAppType: 'userassignedmsi' }).appType).toBe('UserAssignedMSI');
    expect(production({ ...IDS, MicrosoftAppType: 'MultiTenant', MicrosoftAppPassword: 's' }).appType).toBe('MultiTenant');
    expect(refusal({ ...IDS, MicrosoftAppType: 'Federated' })).toMatch(/MicrosoftAppType: "Federated" is not one of SingleTenant, MultiTenant, UserAssignedMSI/);
  });

  it.each([
    ['SingleTenant', { MicrosoftAppPassword: 's', MicrosoftAppTenantId: '' }, /MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId/],
    ['SingleTenant', { MicrosoftAppId: '' , MicrosoftAppPassword: 's'}, /MicrosoftAppType=SingleTenant needs MicrosoftAppId/],
    ['SingleTenant', {}, /MicrosoftAppType=SingleTenant needs MicrosoftAppPassword \(the client secret's value\) or RAPPORT_CERTIFICATE_FILE/],
    ['UserAssignedMSI', { MicrosoftAppTenantId: '' }, /MicrosoftAppType=UserAssignedMSI needs MicrosoftAppTenantId/],
    ['UserAssignedMSI', { MicrosoftAppPassword: 's' }, /signs in as the managed identity: remove MicrosoftAppPassword/],
    ['UserAssignedMSI', { RAPPORT_CERTIFICATE_FILE: 'k.pem', RAPPORT_CERTIFICATE_THUMBPRINT: SHA1 }, /remove RAPPORT_CERTIFICATE_FILE/],
    ['MultiTenant', {}, /MicrosoftAppType=MultiTenant needs MicrosoftAppPassword/],
  ])('%s refuses %o, naming the setting', (type, overrides, message) => {
    expect(refusal({ ...IDS, MicrosoftAppType: type, ...overrides })).toMatch(message);
  });

  it('needs the public URL in production, naming it', () => {
    expect(refusal({ MicrosoftAppId: 'a', MicrosoftAppTenantId: 't', MicrosoftAppPassword: 's' })).toMatch(/needs RAPPORT_PUBLIC_URL/);
  });
});

describe('the bot credential', () => {
  it('is the secret, the certificate or the managed identity', () => {
    expect(production({ ...IDS, MicrosoftAppPassword: 's' }).botCredential).toEqual({ kind: 'secret', secret: 's' });
    expect(production({ ...IDS, RAPPORT_CERTIFICATE_FILE: 'k.pem', RAPPORT_CERTIFICATE_THUMBPRINT: 'a1:b2:c3:d4:e5:f6:07:18:29:3a:4b:5c:6d:7e:8f:90:12:34:56:78' }).botCredential)
      .toEqual({ kind: 'certificate', privateKeyFile: 'k.pem', thumbprint: SHA1 });
    expect(production({ ...IDS, MicrosoftAppType: 'UserAssignedMSI' }).botCredential).toEqual({ kind: 'managed-identity' });
  });

  it('refuses a secret and a certificate at once, half a certificate, and a SHA-256 thumbprint botbuilder cannot use', () => {
    expect(refusal({ ...IDS, MicrosoftAppPassword: 's', RAPPORT_CERTIFICATE_FILE: 'k.pem', RAPPORT_CERTIFICATE_THUMBPRINT: SHA1 })).toMatch(/MicrosoftAppPassword or RAPPORT_CERTIFICATE_FILE, not both/);
    expect(refusal({ ...IDS, RAPPORT_CERTIFICATE_FILE: 'k.pem' })).toMatch(/RAPPORT_CERTIFICATE_FILE needs RAPPORT_CERTIFICATE_THUMBPRINT/);
    expect(refusal({ ...IDS, RAPPORT_CERTIFICATE_THUMBPRINT: SHA1 })).toMatch(/RAPPORT_CERTIFICATE_THUMBPRINT needs RAPPORT_CERTIFICATE_FILE/);
    expect(refusal({ ...IDS, RAPPORT_CERTIFICATE_FILE: 'k.pem', RAPPORT_CERTIFICATE_THUMBPRINT: SHA256 })).toMatch(/SHA-1 thumbprint \(40 hex digits\)/);
    expect(refusal({ ...IDS, RAPPORT_CERTIFICATE_FILE: 'k.pem', RAPPORT_CERTIFICATE_THUMBPRINT: 'xyz' })).toMatch(/40 \(SHA-1\) or 64 \(SHA-256\) hex digits/);
  });
});

describe('the Graph app', () => {
  it('is the bot app with its credential by default: secret, certificate, or the managed identity', () => {
    expect(production({ ...IDS, MicrosoftAppPassword: 's' }).graph).toEqual({ tenantId: 'tenant-id', clientId: 'app-id', credential: { kind: 'secret', secret: 's' } });
    expect(production({ ...IDS, RAPPORT_CERTIFICATE_FILE: 'k.pem', RAPPORT_CERTIFICATE_THUMBPRINT: SHA1 }).graph.credential).toEqual({ kind: 'certificate', privateKeyFile: 'k.pem', thumbprint: SHA1 });
    expect(production({ ...IDS, MicrosoftAppType: 'UserAssignedMSI' }).graph).toEqual({ tenantId: 'tenant-id', clientId: 'app-id', credential: { kind: 'managed-identity' } });
  });

  it('is its own app with its own secret or certificate (SHA-256 allowed: msal-node 7 takes it)', () => {
    expect(production({ ...IDS, MicrosoftAppPassword: 's', RAPPORT_GRAPH_CLIENT_ID: 'graph-app', RAPPORT_GRAPH_CLIENT_SECRET: 'g' }).graph)
      .toEqual({ tenantId: 'tenant-id', clientId: 'graph-app', credential: { kind: 'secret', secret: 'g' } });
    expect(production({ ...IDS, MicrosoftAppType: 'UserAssignedMSI', RAPPORT_GRAPH_CLIENT_ID: 'graph-app', RAPPORT_GRAPH_CERTIFICATE_FILE: 'g.pem', RAPPORT_GRAPH_CERTIFICATE_THUMBPRINT: SHA256 }).graph)
      .toEqual({ tenantId: 'tenant-id', clientId: 'graph-app', credential: { kind: 'certificate', privateKeyFile: 'g.pem', thumbprint: SHA256 } });
    expect(production({ ...IDS, MicrosoftAppPassword: 's', RAPPORT_GRAPH_CLIENT_SECRET: 'g' }).graph.credential).toEqual({ kind: 'secret', secret: 'g' });
  });

  it('refuses an app without a credential, two credentials, and a secret for the managed identity', () => {
    expect(refusal({ ...IDS, MicrosoftAppPassword: 's', RAPPORT_GRAPH_CLIENT_ID: 'graph-app' })).toMatch(/RAPPORT_GRAPH_CLIENT_ID needs RAPPORT_GRAPH_CLIENT_SECRET or RAPPORT_GRAPH_CERTIFICATE_FILE/);
    expect(refusal({ ...IDS, MicrosoftAppPassword: 's', RAPPORT_GRAPH_CLIENT_SECRET: 'g', RAPPORT_GRAPH_CERTIFICATE_FILE: 'g.pem', RAPPORT_GRAPH_CERTIFICATE_THUMBPRINT: SHA1 })).toMatch(/not both/);
    expect(refusal({ ...IDS, MicrosoftAppType: 'UserAssignedMSI', RAPPORT_GRAPH_CLIENT_SECRET: 'g' })).toMatch(/Graph is read as the managed identity: set RAPPORT_GRAPH_CLIENT_ID too/);
  });

  it('RAPPORT_EXCHANGE_RBAC=on says mailbox access is meant to come from an Exchange RBAC scope', () => {
    expect(production({ ...IDS, MicrosoftAppPassword: 's' }).admin.exchangeRbac).toBe(false);
    expect(production({ ...IDS, MicrosoftAppPassword: 's', RAPPORT_EXCHANGE_RBAC: 'on' }).admin.exchangeRbac).toBe(true);
  });
});
