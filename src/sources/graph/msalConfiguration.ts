/**
 * The msal-node configuration for one tenant. For a sign-in host other than Entra's own, MSAL
 * is given the cloud-discovery and OpenID metadata up front, so it only ever calls
 * `POST {authorityHost}/{tenant}/oauth2/v2.0/token` and never looks anything up.
 */
import type { Configuration } from '@azure/msal-node';
import type { Dispatcher } from 'undici';
import { GraphConfigError, graphEndpoints, type GraphCertificate, type GraphConfig } from './graphConfig.js';
import { msalNetworkClient } from './msalNetworkClient.js';

export function msalConfiguration(config: GraphConfig, dispatcher: Dispatcher | undefined): Configuration {
  const endpoints = graphEndpoints(config);
  return {
    auth: {
      clientId: config.clientId,
      authority: endpoints.authority,
      ...credential(config),
      ...(endpoints.isDefaultAuthority ? {} : offlineAuthority(endpoints.authorityHost, endpoints.authority)),
    },
    system: { networkClient: msalNetworkClient(dispatcher) },
  };
}

function credential(config: GraphConfig): Pick<NonNullable<Configuration['auth']>, 'clientSecret' | 'clientCertificate'> {
  if (config.clientSecret && config.certificate) throw new GraphConfigError('Give either a client secret or a certificate, not both.');
  if (config.clientSecret) return { clientSecret: config.clientSecret };
  if (config.certificate) return { clientCertificate: certificate(config.certificate) };
  throw new GraphConfigError('A client secret or a certificate (thumbprint and private key) is needed.');
}

/** MSAL takes SHA-1 and SHA-256 thumbprints under different names; tell them apart by length. */
function certificate(certificate: GraphCertificate): NonNullable<NonNullable<Configuration['auth']>['clientCertificate']> {
  const thumbprint = certificate.thumbprint.replace(/[:\s]/g, '').toUpperCase();
  if (!certificate.privateKeyPem) throw new GraphConfigError('The certificate\'s private key (PEM) is missing.');
  if (/^[0-9A-F]{40}$/.test(thumbprint)) return { thumbprint, privateKey: certificate.privateKeyPem };
  if (/^[0-9A-F]{64}$/.test(thumbprint)) return { thumbprintSha256: thumbprint, privateKey: certificate.privateKeyPem };
  throw new GraphConfigError('The certificate thumbprint must be 40 (SHA-1) or 64 (SHA-256) hex digits.');
}

function offlineAuthority(authorityHost: string, authority: string): Pick<NonNullable<Configuration['auth']>, 'knownAuthorities' | 'cloudDiscoveryMetadata' | 'authorityMetadata'> {
  const host = new URL(authorityHost).host;
  return {
    knownAuthorities: [host],
    // MSAL matches the authority's host-and-port against these aliases.
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    }),
    authorityMetadata: JSON.stringify({
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      device_authorization_endpoint: `${authority}/oauth2/v2.0/devicecode`,
      issuer: `${authority}/v2.0`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    }),
  };
}
