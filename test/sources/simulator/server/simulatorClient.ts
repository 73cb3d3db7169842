/** A small HTTPS client for the simulator tests: it trusts the simulator's certificate and parses JSON. */
import { fetch, type Agent } from 'undici';
import { simulatorDispatcher } from '../../../../src/sources/simulator/server/clientSetup.js';
import type { RunningSimulator } from '../../../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../../../src/sources/simulator/tenantGenerator.js';
import type { SimulatedTenant } from '../../../../src/sources/simulator/tenantModel.js';

export const AS_OF = Date.UTC(2025, 2, 14, 9, 30);

let sharedTenant: SimulatedTenant | null = null;

/** The default demo tenant, generated once per test file. */
export function demoTenant(): SimulatedTenant {
  sharedTenant ??= generateTenant({ seed: 7, asOf: AS_OF });
  return sharedTenant;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON (any shape Graph sends), or the text when the answer is not JSON. */
  body: any;
}

export class SimulatorClient {
  readonly dispatcher: Agent;
  private cachedToken: string | null = null;

  constructor(private readonly simulator: RunningSimulator) {
    this.dispatcher = simulatorDispatcher(simulator.caPem);
  }

  async request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; redirect?: 'manual' | 'follow' } = {}): Promise<ApiResponse> {
    const response = await fetch(url, { ...init, dispatcher: this.dispatcher });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json') && text.length > 0;
    return { status: response.status, headers: response.headers as unknown as Headers, body: isJson ? JSON.parse(text) : text };
  }

  /** POSTs to the token endpoint with the client credentials grant; `form` overrides or adds fields. */
  tokenRequest(form: Record<string, string> = {}, tenant = this.simulator.tenantId): Promise<ApiResponse> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.simulator.clientId,
      client_secret: this.simulator.clientSecret,
      scope: 'https://graph.microsoft.com/.default',
      ...form,
    });
    return this.request(`${this.simulator.url}/${tenant}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  /** A fresh access token (secret credential). */
  async newToken(): Promise<string> {
    const response = await this.tokenRequest();
    if (response.status !== 200) throw new Error(`token request failed: ${JSON.stringify(response.body)}`);
    return response.body.access_token as string;
  }

  /** One token, reused across requests. */
  async token(): Promise<string> {
    this.cachedToken ??= await this.newToken();
    return this.cachedToken;
  }

  /** GET a Graph path (`/users/...`, under /v1.0) or an absolute URL, with a bearer token unless told `null`. */
  async get(pathOrUrl: string, options: { token?: string | null; headers?: Record<string, string> } = {}): Promise<ApiResponse> {
    const url = pathOrUrl.startsWith('https://') ? pathOrUrl : `${this.simulator.graphBaseUrl}${pathOrUrl}`;
    const token = options.token === undefined ? await this.token() : options.token;
    const headers: Record<string, string> = { ...options.headers };
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    return this.request(url, { headers });
  }

  /** Follows `@odata.nextLink` to the end; every page must succeed. */
  async getAll(path: string): Promise<{ items: Record<string, unknown>[]; pages: number; links: string[] }> {
    const items: Record<string, unknown>[] = [];
    const links: string[] = [];
    let next: string | undefined = path;
    let pages = 0;
    while (next !== undefined) {
      const response = await this.get(next);
      if (response.status !== 200) throw new Error(`${next}: ${response.status} ${JSON.stringify(response.body)}`);
      items.push(...(response.body.value as Record<string, unknown>[]));
      pages++;
      next = response.body['@odata.nextLink'];
      if (next !== undefined) links.push(next);
    }
    return { items, pages, links };
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}

/** The JWT payload of an access token, unverified. */
export function tokenClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}
