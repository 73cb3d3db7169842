/** A local https server standing in for Teams' file download links, and a fetch trusting it; closed after each test. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterEach } from 'vitest';
import type { DatasetCatalogOptions } from '../../../src/jobs/admin/datasetCatalog.js';
import { makeTlsCertificate } from '../../../src/sources/simulator/server/certificate.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

export async function fileServer(handler: Handler): Promise<{ url: string; options: DatasetCatalogOptions }> {
  const certificate = await makeTlsCertificate();
  const server = createHttpsServer({ key: certificate.keyPem, cert: certificate.certificatePem }, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new Agent({ connect: { ca: certificate.certificatePem } });
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await agent.close();
  });
  const trustingFetch = ((input: URL, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher: agent })) as unknown as typeof globalThis.fetch;
  return { url: `https://localhost:${(server.address() as AddressInfo).port}`, options: { fetch: trustingFetch } };
}
