import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_ROLES, startSimulator, type RunningSimulator } from '../../../../src/sources/simulator/server/simulator.js';
import { demoTenant, SimulatorClient, tokenClaims } from './simulatorClient.js';

let simulator: RunningSimulator;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ tenant: demoTenant() });
  client = new SimulatorClient(simulator);
});

afterAll(async () => {
  await client.close();
  await simulator.close();
});

describe('token endpoint', () => {
  it('issues a Graph token carrying the consented roles for the client secret', async () => {
    const response = await client.tokenRequest();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 });
    const claims = tokenClaims(response.body.access_token);
    expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', tid: simulator.tenantId, appid: simulator.clientId });
    expect([...(claims['roles'] as string[])].sort()).toEqual([...REQUIRED_ROLES].sort());
    const now = Math.floor(Date.now() / 1000);
    expect(claims['exp']).toBeGreaterThan(now + 3000);
    expect(claims['nbf']).toBeLessThanOrEqual(now);
    expect(claims['iat']).toBeLessThanOrEqual(now);
  });

  it('answers AADSTS700016 for an unknown client id', async () => {
    const response = await client.tokenRequest({ client_id: '11111111-2222-4333-8444-555555555555' });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('unauthorized_client');
    expect(response.body.error_codes).toEqual([700016]);
    expect(response.body.error_description).toMatch(/^AADSTS700016: Application with identifier '11111111-2222-4333-8444-555555555555' was not found in the directory/);
    expect(response.body).toHaveProperty('trace_id');
    expect(response.body).toHaveProperty('correlation_id');
  });

  it('answers AADSTS7000215 for a wrong secret', async () => {
    const response = await client.tokenRequest({ client_secret: 'not-the-secret' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
    expect(response.body.error_description).toMatch(/^AADSTS7000215: Invalid client secret provided/);
  });

  it('answers AADSTS7000222 for the right secret while the expired-secret fault is on', async () => {
    simulator.faults.expiredSecret = true;
    try {
      const response = await client.tokenRequest();
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ error: 'invalid_client', error_codes: [7000222] });
      expect(response.body.error_description).toMatch(/^AADSTS7000222: The provided client secret keys for app '.*' are expired/);
    } finally {
      simulator.faults.expiredSecret = false;
    }
    expect((await client.tokenRequest()).status).toBe(200);
  });

  it('answers AADSTS90002 for another tenant', async () => {
    const response = await client.tokenRequest({}, 'contoso.onmicrosoft.com');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_request', error_codes: [90002] });
    expect(response.body.error_description).toMatch(/^AADSTS90002: Tenant 'contoso.onmicrosoft.com' not found/);
  });

  it('refuses a request without a credential, another grant type and another scope', async () => {
    const emptySecret = await client.tokenRequest({ client_secret: '' });
    expect(emptySecret.body.error_codes).toEqual([7000218]);
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: simulator.clientId, scope: 'https://graph.microsoft.com/.default' });
    const missing = await client.request(`${simulator.authorityUrl}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    expect(missing.body.error_codes).toEqual([7000218]);
    expect((await client.tokenRequest({ grant_type: 'password' })).body.error).toBe('unsupported_grant_type');
    expect((await client.tokenRequest({ scope: 'Mail.Read' })).body.error).toBe('invalid_scope');
  });

  it('issues tokens without a roles claim before consent, and with the roles once the admin consent URL is opened', async () => {
    simulator.consent.revoke();
    try {
      const before = tokenClaims(await client.newToken());
      expect(before).not.toHaveProperty('roles');

      const consentUrl = simulator.adminConsentUrl('https://rapport.example/consent/callback?from=setup', 'state-42');
      expect(consentUrl).toBe(
        `${simulator.url}/${simulator.tenantId}/v2.0/adminconsent?client_id=${simulator.clientId}` +
          `&scope=${encodeURIComponent('https://graph.microsoft.com/.default')}` +
          `&redirect_uri=${encodeURIComponent('https://rapport.example/consent/callback?from=setup')}&state=state-42`,
      );
      const redirect = await client.request(consentUrl, { redirect: 'manual' });
      expect(redirect.status).toBe(302);
      const location = new URL(redirect.headers.get('location')!);
      expect(location.origin + location.pathname).toBe('https://rapport.example/consent/callback');
      expect(Object.fromEntries(location.searchParams)).toEqual({ from: 'setup', admin_consent: 'True', tenant: simulator.tenantId, state: 'state-42' });
      expect(simulator.consent.granted()).toEqual([...REQUIRED_ROLES].sort());

      const after = tokenClaims(await client.newToken());
      expect([...(after['roles'] as string[])].sort()).toEqual([...REQUIRED_ROLES].sort());
    } finally {
      simulator.consent.grant();
    }
  });

  it('redirects with invalid_client when the consent URL names an unknown client', async () => {
    const url = simulator.adminConsentUrl('https://rapport.example/cb', 's').replace(simulator.clientId, 'unknown-client');
    const redirect = await client.request(url, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_client');
    expect(location.searchParams.get('error_description')).toMatch(/^AADSTS700016: /);
    expect(location.searchParams.get('state')).toBe('s');
    expect(location.searchParams.has('admin_consent')).toBe(false);
  });

  it('issues already-expired tokens while the expired-token fault is on, which Graph refuses', async () => {
    simulator.faults.expiredTokens = true;
    let token: string;
    try {
      token = await client.newToken();
    } finally {
      simulator.faults.expiredTokens = false;
    }
    expect(tokenClaims(token)['exp']).toBeLessThan(Date.now() / 1000);
    const response = await client.get('/users', { token });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('InvalidAuthenticationToken');
    expect(response.body.error.message).toBe('Lifetime validation failed, the token is expired.');
    expect((await client.get('/users', { token: await client.newToken() })).status).toBe(200);
  });

  it('serves the OpenID configuration of its authority', async () => {
    const response = await client.request(`${simulator.authorityUrl}/v2.0/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      token_endpoint: `${simulator.authorityUrl}/oauth2/v2.0/token`,
      issuer: `${simulator.authorityUrl}/v2.0`,
    });
  });
});
