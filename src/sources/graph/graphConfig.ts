/** How Rapport reaches a tenant: the app registration, and the endpoints of the cloud (or simulator). */

export interface GraphCertificate {
  /** Hex thumbprint of the certificate: SHA-1 (40 digits) or SHA-256 (64 digits). */
  thumbprint: string;
  privateKeyPem: string;
}

export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  certificate?: GraphCertificate;
  /** Sign in as the user-assigned managed identity whose client id is `clientId` (no secret, no certificate). */
  managedIdentity?: boolean;
  /** Default https://login.microsoftonline.com; a simulator's https://localhost:PORT. */
  authorityHost?: string;
  /** Default https://graph.microsoft.com/v1.0. */
  graphBaseUrl?: string;
  /** An extra CA to trust (PEM), on top of the system's, e.g. a simulator's self-signed certificate. */
  caPem?: string;
}

export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export class GraphConfigError extends Error {
  override name = 'GraphConfigError';
}

export interface GraphEndpoints {
  /** Scheme, host and port, no trailing slash. */
  authorityHost: string;
  /** `{authorityHost}/{tenantId}` */
  authority: string;
  isDefaultAuthority: boolean;
  /** Scheme, host and port of Graph, no trailing slash. */
  graphOrigin: string;
  /** The API version segment, e.g. `v1.0`. */
  graphVersion: string;
  /** The host name (no port) the Graph client must treat as Graph, or null for Graph itself. */
  customHost: string | null;
}

export function graphEndpoints(config: GraphConfig): GraphEndpoints {
  if (!config.tenantId?.trim()) throw new GraphConfigError('The tenant id is missing.');
  if (!config.clientId?.trim()) throw new GraphConfigError('The client (application) id is missing.');
  const authorityUrl = httpsUrl(config.authorityHost ?? DEFAULT_AUTHORITY_HOST, 'authorityHost');
  const graphUrl = httpsUrl(config.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL, 'graphBaseUrl');
  const graphVersion = graphUrl.pathname.split('/').filter(Boolean)[0];
  if (!graphVersion) throw new GraphConfigError(`graphBaseUrl must name the API version, like ${DEFAULT_GRAPH_BASE_URL}; got ${config.graphBaseUrl}`);
  const authorityHost = authorityUrl.origin;
  const defaultGraph = new URL(DEFAULT_GRAPH_BASE_URL);
  return {
    authorityHost,
    authority: `${authorityHost}/${config.tenantId.trim()}`,
    isDefaultAuthority: authorityHost === DEFAULT_AUTHORITY_HOST,
    graphOrigin: graphUrl.origin,
    graphVersion,
    customHost: graphUrl.hostname === defaultGraph.hostname ? null : graphUrl.hostname,
  };
}

/** The Graph client attaches tokens only to https:// hosts, so anything else is a configuration error. */
function httpsUrl(value: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GraphConfigError(`${name} is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new GraphConfigError(`${name} must be an https:// URL; got ${value}`);
  return url;
}
