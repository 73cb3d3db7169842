/** Sign-in failures, told apart and explained to the admin who has to fix them. */
import { AuthError, ClientAuthErrorCodes } from '@azure/msal-node';

export type GraphAuthFailure = 'app-not-in-tenant' | 'bad-secret' | 'expired-secret' | 'roles-missing' | 'tenant-unreachable' | 'unknown';

export class GraphAuthError extends Error {
  override name = 'GraphAuthError';
  constructor(readonly reason: GraphAuthFailure, message: string, readonly missingRoles: readonly string[] = [], options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface SignInContext {
  tenantId: string;
  clientId: string;
  authorityHost: string;
  credential: 'secret' | 'certificate' | 'managed-identity';
}

/** AADSTS codes that have an admin-facing explanation (https://login.microsoftonline.com/error). */
const APP_NOT_IN_TENANT = [700016];
const TENANT_NOT_FOUND = [90002];
const BAD_CREDENTIAL = [7000215, 700027, 7000216];
const EXPIRED_SECRET = [7000222];

export function classifySignInError(error: unknown, context: SignInContext): GraphAuthError {
  if (error instanceof GraphAuthError) return error;
  const code = aadstsCode(error);
  const app = `the app ${context.clientId}`;
  if (code !== null && APP_NOT_IN_TENANT.includes(code)) {
    return new GraphAuthError('app-not-in-tenant', `Sign-in failed (AADSTS${code}): ${app} is not registered in tenant ${context.tenantId}. Check the tenant id and the client id, or have an administrator add the app to this tenant.`, [], { cause: error });
  }
  if (code !== null && TENANT_NOT_FOUND.includes(code)) {
    return new GraphAuthError('app-not-in-tenant', `Sign-in failed (AADSTS${code}): tenant ${context.tenantId} was not found, so ${app} cannot sign in to it. Check the tenant id.`, [], { cause: error });
  }
  if (code !== null && EXPIRED_SECRET.includes(code)) {
    return new GraphAuthError('expired-secret', `Sign-in failed (AADSTS${code}): the client secret of ${app} has expired. Create a new client secret for the app registration and update Rapport's configuration.`, [], { cause: error });
  }
  if (code !== null && BAD_CREDENTIAL.includes(code)) {
    const what = context.credential === 'secret'
      ? 'the client secret was rejected. Check that the configuration holds the secret\'s value (not its id) and that it belongs to this app'
      : 'the certificate was rejected. Check that the certificate with this thumbprint is uploaded to the app registration and that the private key matches it';
    return new GraphAuthError('bad-secret', `Sign-in failed (AADSTS${code}) for ${app}: ${what}.`, [], { cause: error });
  }
  if (error instanceof AuthError && error.errorCode === ClientAuthErrorCodes.networkError) {
    const detail = networkDetail(error);
    const advice = /certificate/i.test(detail)
      ? 'Check that this machine trusts the certificate of that host (a TLS-inspecting proxy needs its CA added).'
      : 'Check the network, DNS and proxy settings of the machine running Rapport.';
    const where = context.credential === 'managed-identity' ? 'the managed identity endpoint (IDENTITY_ENDPOINT, or IMDS)' : `the sign-in service at ${context.authorityHost}`;
    return new GraphAuthError('tenant-unreachable', `Cannot reach ${where}: ${detail}. ${advice}`, [], { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (context.credential === 'managed-identity') {
    return new GraphAuthError('unknown', `Sign-in as the managed identity ${context.clientId} failed: ${detail}. Check that this user-assigned identity is attached to the App Service or Container App running Rapport, and that MicrosoftAppId is its client id.`, [], { cause: error });
  }
  return new GraphAuthError('unknown', `Sign-in to tenant ${context.tenantId} failed for ${app}: ${detail}`, [], { cause: error });
}

/** The AADSTS number of a token-endpoint error: MSAL keeps the first of `error_codes`, and the description repeats it. */
export function aadstsCode(error: unknown): number | null {
  const errorNo = (error as { errorNo?: unknown } | null)?.errorNo;
  if (errorNo !== undefined && errorNo !== null && /^\d+$/.test(String(errorNo))) return Number(errorNo);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = /AADSTS(\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

function networkDetail(error: AuthError): string {
  const message = error.errorMessage || error.message;
  return message.replace(/^.*Network request failed:\s*/s, '') || 'the connection failed';
}
