/**
 * App-only sign-in with msal-node (client credentials, secret or certificate). A token is
 * asked for on every request: MSAL answers from its cache until the token nears expiry.
 */
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { Dispatcher } from 'undici';
import { classifySignInError, GraphAuthError, type SignInContext } from './authErrors.js';
import { checkRoles, tokenRoles, type ConsentCheck } from './consent.js';
import { GRAPH_SCOPE, graphEndpoints, type GraphConfig } from './graphConfig.js';
import { msalConfiguration } from './msalConfiguration.js';

export interface GraphAuth {
  getAccessToken(): Promise<string>;
  /** The roles granted to the app, from a freshly issued token, and those Rapport needs but lacks. */
  checkConsent(): Promise<ConsentCheck>;
  /** Graph refused this token (401): the next request gets a new one instead of the cached one. */
  tokenRejected(token: string): void;
}

export function createGraphAuth(config: GraphConfig, dispatcher?: Dispatcher): GraphAuth {
  return new MsalGraphAuth(config, dispatcher);
}

class MsalGraphAuth implements GraphAuth {
  private readonly app: ConfidentialClientApplication;
  private readonly context: SignInContext;
  private lastToken: string | null = null;
  private rejectedToken: string | null = null;
  private refreshing: Promise<string> | null = null;

  constructor(config: GraphConfig, dispatcher: Dispatcher | undefined) {
    this.app = new ConfidentialClientApplication(msalConfiguration(config, dispatcher));
    this.context = {
      tenantId: config.tenantId,
      clientId: config.clientId,
      authorityHost: graphEndpoints(config).authorityHost,
      credential: config.clientSecret ? 'secret' : 'certificate',
    };
  }

  getAccessToken(): Promise<string> {
    if (this.rejectedToken !== null && this.rejectedToken === this.lastToken) return this.refresh();
    return this.acquire(false);
  }

  tokenRejected(token: string): void {
    if (token === this.lastToken) this.rejectedToken = token;
  }

  async checkConsent(): Promise<ConsentCheck> {
    // Consent may have been granted since the cached token was issued.
    return checkRoles(tokenRoles(await this.refresh()));
  }

  /** One forced refresh at a time: every request that saw the rejected token waits for the same new one. */
  private refresh(): Promise<string> {
    this.refreshing ??= this.acquire(true).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async acquire(skipCache: boolean): Promise<string> {
    let accessToken: string | undefined;
    try {
      accessToken = (await this.app.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE], skipCache }))?.accessToken;
    } catch (error) {
      throw classifySignInError(error, this.context);
    }
    if (!accessToken) throw new GraphAuthError('unknown', `The sign-in service returned no access token for the app ${this.context.clientId}.`);
    this.lastToken = accessToken;
    return accessToken;
  }
}
