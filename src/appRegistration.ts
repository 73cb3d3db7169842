/**
 * The bot's registration and the Graph app's credential, from the environment, checked per
 * app type the way botbuilder's ConfigurationServiceClientCredentialFactory will use them,
 * so a wrong combination fails at start with the setting to fix, not at the first message.
 *
 * Azure creates only single-tenant and managed-identity bots since 31 July 2025:
 * - SingleTenant (the default): MicrosoftAppId, MicrosoftAppTenantId, and a client secret
 *   (MicrosoftAppPassword) or the app's certificate (RAPPORT_CERTIFICATE_FILE and _THUMBPRINT).
 * - UserAssignedMSI: MicrosoftAppId is the managed identity's client id, no password.
 * - MultiTenant: still accepted for bots registered before; Rapport itself serves one tenant.
 */

export const APP_TYPES = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

/** How an app signs in to Entra ID. */
export type AppCredential =
  | { kind: 'secret'; secret: string }
  /** A PEM file holding the private key, and the certificate's hex thumbprint. */
  | { kind: 'certificate'; privateKeyFile: string; thumbprint: string }
  /** The managed identity of the Azure resource Rapport runs on (App Service, Container Apps). */
  | { kind: 'managed-identity' };

export interface BotRegistration {
  appType: AppType;
  appId: string;
  tenantId: string;
  credential: AppCredential;
}

/** The app Rapport reads mail metadata with: the bot's own unless RAPPORT_GRAPH_CLIENT_ID names another. */
export interface GraphAppConfig {
  tenantId: string;
  clientId: string;
  credential: AppCredential;
}

export interface RegistrationVariables {
  MicrosoftAppId?: string | undefined;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppTenantId?: string | undefined;
  MicrosoftAppType?: string | undefined;
  RAPPORT_CERTIFICATE_FILE?: string | undefined;
  RAPPORT_CERTIFICATE_THUMBPRINT?: string | undefined;
  RAPPORT_GRAPH_CLIENT_ID?: string | undefined;
  RAPPORT_GRAPH_CLIENT_SECRET?: string | undefined;
  RAPPORT_GRAPH_CERTIFICATE_FILE?: string | undefined;
  RAPPORT_GRAPH_CERTIFICATE_THUMBPRINT?: string | undefined;
}

export class RegistrationError extends Error {}

const SHA1_THUMBPRINT = /^[0-9A-F]{40}$/;
const ANY_THUMBPRINT = /^(?:[0-9A-F]{40}|[0-9A-F]{64})$/;
const normalizeThumbprint = (value: string) => value.replace(/[:\s]/g, '').toUpperCase();

/** botbuilder compares the app type without case (`UserAssignedMsi`); so does Rapport. */
export function parseAppType(value: string | undefined): AppType {
  if (value === undefined || value.trim() === '') return 'SingleTenant';
  const type = APP_TYPES.find((known) => known.toLowerCase() === value.trim().toLowerCase());
  if (!type) throw new RegistrationError(`MicrosoftAppType: "${value}" is not one of ${APP_TYPES.join(', ')}`);
  return type;
}

export function botRegistration(vars: RegistrationVariables): BotRegistration {
  const appType = parseAppType(vars.MicrosoftAppType);
  const missing = (['MicrosoftAppId', 'MicrosoftAppTenantId'] as const).filter((name) => !vars[name]);
  if (missing.length > 0) throw new RegistrationError(`MicrosoftAppType=${appType} needs ${missing.join(' and ')}`);
  return { appType, appId: vars.MicrosoftAppId!, tenantId: vars.MicrosoftAppTenantId!, credential: botCredential(appType, vars) };
}

function botCredential(appType: AppType, vars: RegistrationVariables): AppCredential {
  const certificate = certificateOf(vars.RAPPORT_CERTIFICATE_FILE, vars.RAPPORT_CERTIFICATE_THUMBPRINT, 'RAPPORT_CERTIFICATE');
  if (appType === 'UserAssignedMSI') {
    if (vars.MicrosoftAppPassword) throw new RegistrationError('MicrosoftAppType=UserAssignedMSI signs in as the managed identity: remove MicrosoftAppPassword');
    if (certificate) throw new RegistrationError('MicrosoftAppType=UserAssignedMSI signs in as the managed identity: remove RAPPORT_CERTIFICATE_FILE and RAPPORT_CERTIFICATE_THUMBPRINT');
    return { kind: 'managed-identity' };
  }
  if (vars.MicrosoftAppPassword && certificate) throw new RegistrationError('Give the bot MicrosoftAppPassword or RAPPORT_CERTIFICATE_FILE, not both');
  if (certificate) {
    // botbuilder's certificate credential (msal-node 2) takes a SHA-1 thumbprint only.
    if (!SHA1_THUMBPRINT.test(certificate.thumbprint)) {
      throw new RegistrationError('RAPPORT_CERTIFICATE_THUMBPRINT must be the certificate\'s SHA-1 thumbprint (40 hex digits): the bot signs in with it');
    }
    return certificate;
  }
  if (!vars.MicrosoftAppPassword) {
    throw new RegistrationError(`MicrosoftAppType=${appType} needs MicrosoftAppPassword (the client secret's value) or RAPPORT_CERTIFICATE_FILE with RAPPORT_CERTIFICATE_THUMBPRINT`);
  }
  return { kind: 'secret', secret: vars.MicrosoftAppPassword };
}

/**
 * The Graph app: RAPPORT_GRAPH_CLIENT_ID with its own secret or certificate; otherwise the
 * bot's app and credential (the managed identity for UserAssignedMSI), where
 * RAPPORT_GRAPH_CLIENT_SECRET may still give the bot app a secret of its own for Graph.
 */
export function graphApp(vars: RegistrationVariables, bot: BotRegistration): GraphAppConfig {
  const certificate = certificateOf(vars.RAPPORT_GRAPH_CERTIFICATE_FILE, vars.RAPPORT_GRAPH_CERTIFICATE_THUMBPRINT, 'RAPPORT_GRAPH_CERTIFICATE');
  if (vars.RAPPORT_GRAPH_CLIENT_SECRET && certificate) {
    throw new RegistrationError('Give the Graph app RAPPORT_GRAPH_CLIENT_SECRET or RAPPORT_GRAPH_CERTIFICATE_FILE, not both');
  }
  const own: AppCredential | null = certificate ?? (vars.RAPPORT_GRAPH_CLIENT_SECRET ? { kind: 'secret', secret: vars.RAPPORT_GRAPH_CLIENT_SECRET } : null);
  if (vars.RAPPORT_GRAPH_CLIENT_ID && vars.RAPPORT_GRAPH_CLIENT_ID !== bot.appId) {
    if (!own) throw new RegistrationError('RAPPORT_GRAPH_CLIENT_ID needs RAPPORT_GRAPH_CLIENT_SECRET or RAPPORT_GRAPH_CERTIFICATE_FILE with RAPPORT_GRAPH_CERTIFICATE_THUMBPRINT');
    return { tenantId: bot.tenantId, clientId: vars.RAPPORT_GRAPH_CLIENT_ID, credential: own };
  }
  if (own && bot.credential.kind === 'managed-identity') {
    throw new RegistrationError('With MicrosoftAppType=UserAssignedMSI Graph is read as the managed identity: set RAPPORT_GRAPH_CLIENT_ID too, or remove the Graph secret or certificate');
  }
  return { tenantId: bot.tenantId, clientId: bot.appId, credential: own ?? bot.credential };
}

function certificateOf(file: string | undefined, thumbprint: string | undefined, prefix: string): Extract<AppCredential, { kind: 'certificate' }> | null {
  if (!file && !thumbprint) return null;
  if (!file) throw new RegistrationError(`${prefix}_THUMBPRINT needs ${prefix}_FILE (the PEM file with the private key)`);
  if (!thumbprint) throw new RegistrationError(`${prefix}_FILE needs ${prefix}_THUMBPRINT (the certificate's thumbprint, as Entra ID shows it)`);
  const normalized = normalizeThumbprint(thumbprint);
  if (!ANY_THUMBPRINT.test(normalized)) throw new RegistrationError(`${prefix}_THUMBPRINT must be 40 (SHA-1) or 64 (SHA-256) hex digits`);
  return { kind: 'certificate', privateKeyFile: file, thumbprint: normalized };
}
