/** Opens the tenant named on the command line as an ActivitySource through Microsoft Graph. */
import { readFile } from 'node:fs/promises';
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
}

async function graphConfigOf(connection: GraphConnection): Promise<GraphConfig> {
  return {
    tenantId: connection.tenantId,
    clientId: connection.clientId,
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
