/**
 * An app-only access token for one resource, from msal-node: client credentials (secret or
 * certificate) for an app registration, or the Azure resource's managed identity. MSAL caches
 * tokens; `forceRefresh` asks the service for a new one.
 */
import { ConfidentialClientApplication, ManagedIdentityApplication } from '@azure/msal-node';
import type { Dispatcher } from 'undici';
import { classifySignInError, GraphAuthError, type SignInContext } from './authErrors.js';
import { graphEndpoints, type GraphConfig } from './graphConfig.js';
import { msalConfiguration } from './msalConfiguration.js';
import { msalNetworkClient } from './msalNetworkClient.js';
import { trustedDispatcher } from './trustedDispatcher.js';

/** Microsoft Graph, and the Bot Framework (whose token the bot's own app gets, checked by `rapport doctor`). */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const BOT_FRAMEWORK_RESOURCE = 'https://api.botframework.com';

export interface TokenSource {
  acquire(forceRefresh: boolean): Promise<string>;
  /** Who signs in where, for error messages. */
  readonly context: SignInContext;
}

export function tokenSource(config: GraphConfig, resource: string, dispatcher: Dispatcher | undefined): TokenSource {
  const context: SignInContext = {
    tenantId: config.tenantId,
    clientId: config.clientId,
    authorityHost: graphEndpoints(config).authorityHost,
    credential: config.managedIdentity ? 'managed-identity' : config.clientSecret ? 'secret' : 'certificate',
  };
  const request = config.managedIdentity ? managedIdentityRequest(config, resource) : clientCredentialsRequest(config, resource, dispatcher);
  return {
    context,
    async acquire(forceRefresh) {
      let accessToken: string | undefined;
      try {
        accessToken = await request(forceRefresh);
      } catch (error) {
        throw classifySignInError(error, context);
      }
      if (!accessToken) throw new GraphAuthError('unknown', `The sign-in service returned no access token for the app ${context.clientId}.`);
      return accessToken;
    },
  };
}

type Request = (forceRefresh: boolean) => Promise<string | undefined>;

function clientCredentialsRequest(config: GraphConfig, resource: string, dispatcher: Dispatcher | undefined): Request {
  const app = new ConfidentialClientApplication(msalConfiguration(config, dispatcher));
  const scopes = [`${resource}/.default`];
  return async (skipCache) => (await app.acquireTokenByClientCredential({ scopes, skipCache }))?.accessToken;
}

/**
 * msal-node keeps the managed identity source it finds first, with that application's network
 * client, for the whole process: so the network client must outlive any one session, and its
 * dispatcher (which trusts `caPem`, a simulator's certificate) is made once and never closed.
 */
const managedIdentityDispatchers = new Map<string, Dispatcher | undefined>();

function processWideDispatcher(caPem: string | undefined): Dispatcher | undefined {
  if (!managedIdentityDispatchers.has(caPem ?? '')) managedIdentityDispatchers.set(caPem ?? '', trustedDispatcher(caPem));
  return managedIdentityDispatchers.get(caPem ?? '');
}

/**
 * The user-assigned identity named by the client id. msal-node finds the endpoint itself
 * (IDENTITY_ENDPOINT and IDENTITY_HEADER on App Service and Container Apps, IMDS on a VM).
 */
function managedIdentityRequest(config: GraphConfig, resource: string): Request {
  const app = new ManagedIdentityApplication({
    managedIdentityIdParams: { userAssignedClientId: config.clientId },
    system: { networkClient: msalNetworkClient(processWideDispatcher(config.caPem)) },
  });
  return async (forceRefresh) => (await app.acquireToken({ resource, forceRefresh })).accessToken;
}
