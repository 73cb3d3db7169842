import { ClientAuthError, ClientAuthErrorCodes, ServerError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { aadstsCode, classifySignInError, GraphAuthError, type SignInContext } from '../../../src/sources/graph/authErrors.js';
import { checkRoles, REQUIRED_ROLES, rolesMissingError, tokenRoles } from '../../../src/sources/graph/consent.js';
import { GraphConfigError } from '../../../src/sources/graph/graphConfig.js';
import { msalConfiguration } from '../../../src/sources/graph/msalConfiguration.js';

const context: SignInContext = { tenantId: 'tenant-1', clientId: 'client-1', authorityHost: 'https://login.example', credential: 'secret' };

/** What MSAL raises for an error answer of the token endpoint. */
const tokenEndpointError = (error: string, code: number) =>
  new ServerError(error, 'corr', `Error(s): ${code} - Timestamp: now - Description: AADSTS${code}: something. - Correlation ID: corr - Trace ID: trace`, undefined, String(code), 401);

describe('classifySignInError', () => {
  it.each([
    [700016, 'app-not-in-tenant', /not registered in tenant tenant-1/],
    [90002, 'app-not-in-tenant', /tenant tenant-1 was not found/],
    [7000215, 'bad-secret', /client secret was rejected/],
    [7000222, 'expired-secret', /client secret of the app client-1 has expired/],
  ] as const)('AADSTS%i is %s', (code, reason, message) => {
    const error = classifySignInError(tokenEndpointError('invalid_client', code), context);
    expect(error).toBeInstanceOf(GraphAuthError);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`AADSTS${code}`);
  });

  it('explains a rejected certificate as such', () => {
    const error = classifySignInError(tokenEndpointError('invalid_client', 700027), { ...context, credential: 'certificate' });
    expect(error.reason).toBe('bad-secret');
    expect(error.message).toMatch(/certificate was rejected/);
  });

  it('finds the AADSTS code in the description when there is no error number', () => {
    expect(aadstsCode(new Error('AADSTS7000222: The provided client secret keys are expired.'))).toBe(7000222);
    expect(aadstsCode(new Error('no code here'))).toBeNull();
  });

  it('reports a network failure as an unreachable tenant, with its cause', () => {
    const error = classifySignInError(new ClientAuthError(ClientAuthErrorCodes.networkError, '', 'Network request failed: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9'), context);
    expect(error.reason).toBe('tenant-unreachable');
    expect(error.message).toMatch(/Cannot reach the sign-in service at https:\/\/login\.example: ECONNREFUSED/);
  });

  it('keeps anything else as unknown, with the original message', () => {
    const error = classifySignInError(new Error('boom'), context);
    expect(error.reason).toBe('unknown');
    expect(error.message).toContain('boom');
    expect(classifySignInError(error, context)).toBe(error);
  });
});

const jwt = (claims: object) => ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.');

describe('consent', () => {
  it('reads the roles claim, and tells no claim from an empty one', () => {
    expect(tokenRoles(jwt({ roles: ['Mail.ReadBasic.All', 'User.ReadBasic.All'] }))).toEqual(['Mail.ReadBasic.All', 'User.ReadBasic.All']);
    expect(tokenRoles(jwt({ tid: 'x' }))).toBeNull();
    expect(() => tokenRoles('not-a-jwt')).toThrow(GraphAuthError);
  });

  it('lists the required roles that are missing', () => {
    expect(checkRoles([...REQUIRED_ROLES, 'Extra.Role'])).toEqual({ granted: [...REQUIRED_ROLES, 'Extra.Role'], missing: [] });
    expect(checkRoles(['Mail.ReadBasic.All', 'User.ReadBasic.All'])).toEqual({
      granted: ['Mail.ReadBasic.All', 'User.ReadBasic.All'],
      missing: ['Calendars.ReadBasic.All', 'GroupMember.Read.All'],
    });
    expect(checkRoles(null).missing).toEqual(REQUIRED_ROLES);
  });

  it('names the missing roles, or says consent was never given', () => {
    const partial = rolesMissingError(checkRoles(['Mail.ReadBasic.All']), 'client-1');
    expect(partial.reason).toBe('roles-missing');
    expect(partial.missingRoles).toEqual(['Calendars.ReadBasic.All', 'GroupMember.Read.All', 'User.ReadBasic.All']);
    expect(partial.message).toContain('lacks admin consent for Calendars.ReadBasic.All, GroupMember.Read.All, User.ReadBasic.All');
    const none = rolesMissingError(checkRoles(null), 'client-1');
    expect(none.message).toMatch(/Admin consent has not been given/);
    expect(none.missingRoles).toEqual(REQUIRED_ROLES);
  });
});

describe('msalConfiguration', () => {
  const base = { tenantId: 'tenant-1', clientId: 'client-1', clientSecret: 's3cret' };

  it('leaves discovery to MSAL for Entra ID itself', () => {
    const auth = msalConfiguration(base, undefined).auth;
    expect(auth.authority).toBe('https://login.microsoftonline.com/tenant-1');
    expect(auth.knownAuthorities).toBeUndefined();
    expect(auth.authorityMetadata).toBeUndefined();
  });

  it('gives MSAL all the metadata of another sign-in host, so it calls only the token endpoint', () => {
    const auth = msalConfiguration({ ...base, authorityHost: 'https://localhost:8443/' }, undefined).auth;
    expect(auth.authority).toBe('https://localhost:8443/tenant-1');
    expect(auth.knownAuthorities).toEqual(['localhost:8443']);
    expect(JSON.parse(auth.authorityMetadata!)).toMatchObject({
      token_endpoint: 'https://localhost:8443/tenant-1/oauth2/v2.0/token',
      issuer: 'https://localhost:8443/tenant-1/v2.0',
      jwks_uri: 'https://localhost:8443/tenant-1/discovery/v2.0/keys',
      authorization_endpoint: 'https://localhost:8443/tenant-1/oauth2/v2.0/authorize',
    });
    expect(JSON.parse(auth.cloudDiscoveryMetadata!).metadata).toEqual([{ preferred_network: 'localhost:8443', preferred_cache: 'localhost:8443', aliases: ['localhost:8443'] }]);
  });

  it('takes a certificate by SHA-1 or SHA-256 thumbprint', () => {
    const noSecret = { tenantId: 'tenant-1', clientId: 'client-1' };
    const sha1 = msalConfiguration({ ...noSecret, certificate: { thumbprint: 'ab'.repeat(20), privateKeyPem: 'KEY' } }, undefined).auth;
    expect(sha1.clientCertificate).toEqual({ thumbprint: 'AB'.repeat(20), privateKey: 'KEY' });
    const sha256 = msalConfiguration({ ...noSecret, certificate: { thumbprint: 'cd'.repeat(32), privateKeyPem: 'KEY' } }, undefined).auth;
    expect(sha256.clientCertificate).toEqual({ thumbprintSha256: 'CD'.repeat(32), privateKey: 'KEY' });
  });

  it('refuses configurations that cannot sign in', () => {
    expect(() => msalConfiguration({ tenantId: 't', clientId: 'c' }, undefined)).toThrow(GraphConfigError);
    expect(() => msalConfiguration({ ...base, certificate: { thumbprint: 'ab'.repeat(20), privateKeyPem: 'KEY' } }, undefined)).toThrow(/not both/);
    expect(() => msalConfiguration({ ...base, authorityHost: 'http://localhost:8080' }, undefined)).toThrow(/https/);
    expect(() => msalConfiguration({ ...base, tenantId: ' ' }, undefined)).toThrow(/tenant id/);
  });
});
