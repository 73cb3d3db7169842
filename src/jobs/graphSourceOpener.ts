/** How Rapport reaches the tenant's Graph: from the command line or the configuration, to a GraphConfig. */
import { readFile } from 'node:fs/promises';
import type { GraphAppConfig } from '../appRegistration.js';
import type { Timestamp } from '../engagement/activity.js';
import type { GraphConfig } from '../sources/graph/graphConfig.js';
import { createGraphSource, type GraphSource } from '../sources/graph/graphSource.js';

/** How to reach the tenant; the secret comes from the environment rather than the command line. */
export interface GraphConnection {
  tenantId: string;
  clientId: string;
  clientSecret: string | null;
  certificateFile: string | null;
  certificateThumbprint: string | null;
  authorityHost: string | null;
  graphBaseUrl: string | null;
  caFile: string | null;
  /** Sign in as the user-assigned managed identity `clientId`. */
  managedIdentity?: boolean;
}

/** The configured Graph app (production), as a connection. */
export function connectionOf(app: GraphAppConfig): GraphConnection {
  const { credential } = app;
  return {
    tenantId: app.tenantId,
    clientId: app.clientId,
    clientSecret: credential.kind === 'secret' ? credential.secret : null,
    certificateFile: credential.kind === 'certificate' ? credential.privateKeyFile : null,
    certificateThumbprint: credential.kind === 'certificate' ? credential.thumbprint : null,
    authorityHost: null,
    graphBaseUrl: null,
    caFile: null,
    managedIdentity: credential.kind === 'managed-identity',
  };
}

/** Reads the certificate and CA files the connection names. */
export async function graphConfigOf(connection: GraphConnection): Promise<GraphConfig> {
  return {
    tenantId: connection.tenantId,
    clientId: connection.clientId,
    ...(connection.managedIdentity ? { managedIdentity: true } : {}),
    ...(connection.clientSecret ? { clientSecret: connection.clientSecret } : {}),
    ...(connection.certificateFile
      ? { certificate: { thumbprint: connection.certificateThumbprint ?? '', privateKeyPem: await readFile(connection.certificateFile, 'utf8') } }
      : {}),
    ...(connection.authorityHost ? { authorityHost: connection.authorityHost } : {}),
    ...(connection.graphBaseUrl ? { graphBaseUrl: connection.graphBaseUrl } : {}),
    ...(connection.caFile ? { caPem: await readFile(connection.caFile, 'utf8') } : {}),
  };
}

/** Signs in, checks consent, resolves `entries` (users and groups) and streams their mailboxes. */
export async function openGraphSource(connection: GraphConnection, entries: readonly string[], asOf: Timestamp): Promise<GraphSource> {
  return createGraphSource(await graphConfigOf(connection), { entries, asOf });
}
