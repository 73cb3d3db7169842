/**
 * The real msal-node against the simulator: it must trust the self-signed certificate,
 * authenticate with a secret or a certificate, and call nothing but the token endpoint.
 */
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorAuthority, simulatorDispatcher } from '../../../../src/sources/simulator/server/clientSetup.js';
import { REQUIRED_ROLES, startSimulator, type RunningSimulator } from '../../../../src/sources/simulator/server/simulator.js';
import { demoTenant, tokenClaims } from './simulatorClient.js';

type NetworkClient = NonNullable<NonNullable<Configuration['system']>['networkClient']>;

/** msal-node's network module over undici, trusting the simulator's certificate and logging every request (without its query). */
function trustingNetworkClient(caPem: string, calls: string[]): NetworkClient & { close(): Promise<void> } {
  const dispatcher = simulatorDispatcher(caPem);
  async function send<T>(url: string, method: 'GET' | 'POST', options?: { headers?: Record<string, string>; body?: string }) {
    const { origin, pathname } = new URL(url);
    calls.push(`${method} ${origin}${pathname}`);
    const response = await fetch(url, { method, headers: options?.headers, body: method === 'POST' ? (options?.body ?? '') : undefined, dispatcher });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return { status: response.status, headers, body: (await response.json()) as T };
  }
  return {
    sendGetRequestAsync: (url, options) => send(url, 'GET', options),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
    close: () => dispatcher.close(),
  };
}

let simulator: RunningSimulator;
const networkClients: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ tenant: demoTenant() });
});

afterAll(async () => {
  await Promise.all(networkClients.map((client) => client.close()));
  await simulator.close();
});

function application(credential: 'secret' | 'certificate', calls: string[]): ConfidentialClientApplication {
  const networkClient = trustingNetworkClient(simulator.caPem, calls);
  networkClients.push(networkClient);
  return new ConfidentialClientApplication({
    auth: {
      clientId: simulator.clientId,
      ...simulatorAuthority(simulator),
      ...(credential === 'secret'
        ? { clientSecret: simulator.clientSecret }
        : { clientCertificate: { thumbprintSha256: simulator.certificate.thumbprint, privateKey: simulator.certificate.privateKeyPem } }),
    },
    system: { networkClient },
  });
}

const tokenEndpoint = () => `POST ${simulator.authorityUrl}/oauth2/v2.0/token`;
const GRAPH_SCOPES = ['https://graph.microsoft.com/.default'];

describe('msal-node against the simulator', () => {
  it.each(['secret', 'certificate'] as const)('gets a token with the consented roles using a client %s, calling only the token endpoint', async (credential) => {
    const calls: string[] = [];
    const result = await application(credential, calls).acquireTokenByClientCredential({ scopes: GRAPH_SCOPES });
    expect(result).not.toBeNull();
    expect(calls).toEqual([tokenEndpoint()]);
    const claims = tokenClaims(result!.accessToken);
    expect(claims['appid']).toBe(simulator.clientId);
    expect([...(claims['roles'] as string[])].sort()).toEqual([...REQUIRED_ROLES].sort());
  });

  it('accepts the older SHA-1 thumbprint form of the certificate credential', async () => {
    const calls: string[] = [];
    const networkClient = trustingNetworkClient(simulator.caPem, calls);
    networkClients.push(networkClient);
    const app = new ConfidentialClientApplication({
      auth: {
        clientId: simulator.clientId,
        ...simulatorAuthority(simulator),
        clientCertificate: { thumbprint: simulator.certificate.thumbprintSha1, privateKey: simulator.certificate.privateKeyPem },
      },
      system: { networkClient },
    });
    const result = await app.acquireTokenByClientCredential({ scopes: GRAPH_SCOPES });
    expect(result?.accessToken).toBeTruthy();
  });

  it('gets a token without roles before consent and with them after', async () => {
    simulator.consent.revoke();
    try {
      const calls: string[] = [];
      const app = application('secret', calls);
      const before = await app.acquireTokenByClientCredential({ scopes: GRAPH_SCOPES });
      expect(tokenClaims(before!.accessToken)).not.toHaveProperty('roles');
      simulator.consent.grant();
      const after = await app.acquireTokenByClientCredential({ scopes: GRAPH_SCOPES, skipCache: true });
      expect([...(tokenClaims(after!.accessToken)['roles'] as string[])].sort()).toEqual([...REQUIRED_ROLES].sort());
      expect(calls).toEqual([tokenEndpoint(), tokenEndpoint()]);
    } finally {
      simulator.consent.grant();
    }
  });

  it('surfaces the AADSTS errors for a wrong secret and for an expired one', async () => {
    const calls: string[] = [];
    const networkClient = trustingNetworkClient(simulator.caPem, calls);
    networkClients.push(networkClient);
    const wrongSecret = new ConfidentialClientApplication({
      auth: { clientId: simulator.clientId, ...simulatorAuthority(simulator), clientSecret: 'wrong' },
      system: { networkClient },
    });
    await expect(wrongSecret.acquireTokenByClientCredential({ scopes: GRAPH_SCOPES })).rejects.toMatchObject({
      errorCode: 'invalid_client',
      errorMessage: expect.stringMatching(/AADSTS7000215/),
    });
    simulator.faults.expiredSecret = true;
    try {
      await expect(application('secret', []).acquireTokenByClientCredential({ scopes: GRAPH_SCOPES })).rejects.toMatchObject({
        errorMessage: expect.stringMatching(/AADSTS7000222/),
      });
      // Certificates are not secrets: the expired-secret fault leaves them working.
      expect(await application('certificate', []).acquireTokenByClientCredential({ scopes: GRAPH_SCOPES })).not.toBeNull();
    } finally {
      simulator.faults.expiredSecret = false;
    }
  });

  it('refuses a certificate the app does not have registered', async () => {
    const other = await startSimulator({ tenant: demoTenant() });
    try {
      const networkClient = trustingNetworkClient(simulator.caPem, []);
      networkClients.push(networkClient);
      const app = new ConfidentialClientApplication({
        auth: {
          clientId: simulator.clientId,
          ...simulatorAuthority(simulator),
          clientCertificate: { thumbprintSha256: other.certificate.thumbprint, privateKey: other.certificate.privateKeyPem },
        },
        system: { networkClient },
      });
      await expect(app.acquireTokenByClientCredential({ scopes: GRAPH_SCOPES })).rejects.toMatchObject({
        errorMessage: expect.stringMatching(/AADSTS700027/),
      });
    } finally {
      await other.close();
    }
  });
});
