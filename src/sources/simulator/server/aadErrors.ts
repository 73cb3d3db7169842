/** Errors of the Entra ID (AAD) endpoints, in the shape and wording Entra ID uses. */
import { randomUUID } from 'node:crypto';

export interface AadFailure {
  status: 400 | 401;
  /** The OAuth error: invalid_client, unauthorized_client, invalid_request, ... */
  error: string;
  /** The AADSTS number. */
  code: number;
  /** The text after `AADSTS<code>: `. */
  description: string;
}

export interface AadErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
}

export function aadErrorBody(failure: AadFailure, now: number, correlationId: string | undefined, baseUrl: string): AadErrorBody {
  const traceId = randomUUID();
  const correlation = correlationId ?? randomUUID();
  const timestamp = new Date(now).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return {
    error: failure.error,
    error_description: `AADSTS${failure.code}: ${failure.description}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlation}\r\nTimestamp: ${timestamp}`,
    error_codes: [failure.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlation,
    error_uri: `${baseUrl}/error?code=${failure.code}`,
  };
}

export function tenantNotFound(tenant: string): AadFailure {
  return {
    status: 400,
    error: 'invalid_request',
    code: 90002,
    description: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  };
}

export function applicationNotFound(clientId: string, tenantId: string): AadFailure {
  return {
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
    description: `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  };
}

export function invalidClientSecret(clientId: string): AadFailure {
  return {
    status: 401,
    error: 'invalid_client',
    code: 7000215,
    description: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
  };
}

export function expiredClientSecret(clientId: string): AadFailure {
  return {
    status: 401,
    error: 'invalid_client',
    code: 7000222,
    description: `The provided client secret keys for app '${clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
  };
}

export function missingClientCredential(): AadFailure {
  return {
    status: 401,
    error: 'invalid_client',
    code: 7000218,
    description: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  };
}

export function invalidClientAssertion(reason: string): AadFailure {
  return { status: 401, error: 'invalid_client', code: 700027, description: `Client assertion failed signature validation. ${reason}` };
}

export function unsupportedGrantType(grantType: string): AadFailure {
  return { status: 400, error: 'unsupported_grant_type', code: 70003, description: `The app requested an unsupported grant type '${grantType}'.` };
}

export function invalidScope(scope: string): AadFailure {
  return {
    status: 400,
    error: 'invalid_scope',
    code: 1002012,
    description: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  };
}
