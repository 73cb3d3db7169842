/**
 * What a client needs to talk to a running simulator: a dispatcher that trusts its
 * self-signed certificate, and the msal-node authority settings that keep msal from
 * looking anything up, so that it calls only the token endpoint.
 */
import { Agent } from 'undici';
import type { GraphConfig } from '../../graph/graphConfig.js';
import { openIdConfiguration } from './routes/authority.js';

/** An undici dispatcher (for undici's `fetch` or Node's) that trusts only the simulator's certificate. */
export function simulatorDispatcher(caPem: string): Agent {
  return new Agent({ connect: { ca: caPem } });
}

export interface SimulatorAuthoritySettings {
  authority: string;
  knownAuthorities: string[];
  authorityMetadata: string;
  cloudDiscoveryMetadata: string;
}

/**
 * msal-node `auth` settings for the simulator's authority. `authorityMetadata` replaces the
 * OpenID discovery request, and `cloudDiscoveryMetadata` (with `knownAuthorities`) the
 * instance discovery request to login.microsoftonline.com.
 */
export function simulatorAuthority(simulator: { url: string; tenantId: string }): SimulatorAuthoritySettings {
  const host = new URL(simulator.url).host;
  return {
    authority: `${simulator.url}/${simulator.tenantId}`,
    knownAuthorities: [host],
    authorityMetadata: JSON.stringify(openIdConfiguration(simulator.url, simulator.tenantId)),
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${simulator.url}/${simulator.tenantId}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    }),
  };
}

/** How Rapport's Graph source reaches a running simulator, as its own app (secret credential). */
export function simulatorGraphConfig(simulator: { url: string; graphBaseUrl: string; tenantId: string; clientId: string; clientSecret: string; caPem: string }): GraphConfig {
  return {
    tenantId: simulator.tenantId, clientId: simulator.clientId, clientSecret: simulator.clientSecret,
    authorityHost: simulator.url, graphBaseUrl: simulator.graphBaseUrl, caPem: simulator.caPem,
  };
}
