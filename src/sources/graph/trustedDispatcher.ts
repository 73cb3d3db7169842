/**
 * A fetch dispatcher that trusts one more CA on top of the system's, so that both MSAL's and
 * the Graph client's fetch calls accept a simulator's self-signed certificate without
 * touching process-wide settings (NODE_EXTRA_CA_CERTS, NODE_TLS_REJECT_UNAUTHORIZED).
 */
import { rootCertificates } from 'node:tls';
import { Agent, type Dispatcher } from 'undici';

export function trustedDispatcher(caPem: string | undefined): Dispatcher | undefined {
  if (!caPem) return undefined;
  return new Agent({ connect: { ca: [...rootCertificates, caPem] } });
}

/** Fetch options that route a request through the dispatcher when there is one. */
export function withDispatcher(dispatcher: Dispatcher | undefined): RequestInit {
  // Node's global fetch is undici 6 too; its RequestInit names the option but types it on undici-types.
  return dispatcher ? ({ dispatcher } as unknown as RequestInit) : {};
}
