/**
 * App-only sign-in to Graph with msal-node (client credentials with a secret or certificate,
 * or a managed identity). A token is asked for on every request: MSAL answers from its cache
 * until the token nears expiry.
 */
import type { Dispatcher } from 'undici';
import { checkRoles, tokenRoles, type ConsentCheck } from './consent.js';
import type { GraphConfig } from './graphConfig.js';
import { GRAPH_RESOURCE, tokenSource, type TokenSource } from './tokenSource.js';

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
  private readonly tokens: TokenSource;
  private lastToken: string | null = null;
  private rejectedToken: string | null = null;
  private refreshing: Promise<string> | null = null;

  constructor(config: GraphConfig, dispatcher: Dispatcher | undefined) {
    this.tokens = tokenSource(config, GRAPH_RESOURCE, dispatcher);
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

  private async acquire(forceRefresh: boolean): Promise<string> {
    const accessToken = await this.tokens.acquire(forceRefresh);
    this.lastToken = accessToken;
    return accessToken;
  }
}
