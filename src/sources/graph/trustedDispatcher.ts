/**
 * A fetch dispatcher that trusts one more CA on top of the system's, so that both MSAL's and
 * the Graph client's fetch calls accept a simulator's self-signed certificate without
 * touching process-wide settings (NODE_EXTRA_CA_CERTS, NODE_TLS_REJECT_UNAUTHORIZED).
 */
import { createSecureContext, rootCertificates } from 'node:tls';
import { Agent, type Dispatcher } from 'undici';

export function trustedDispatcher(caPem: string | undefined): Dispatcher | undefined {
  if (!caPem) return undefined;
  // One context for every connection: given `ca` instead, TLS would parse the ~140 system
  // roots again for each new connection (tens of milliseconds each).
  const secureContext = createSecureContext({ ca: [...rootCertificates, caPem] });
  return new Agent({ connect: { secureContext } });
}

/** Fetch options that route a request through the dispatcher when there is one (Node's fetch is undici 6 too). */
export function withDispatcher(dispatcher: Dispatcher | undefined): RequestInit {
  return dispatcher ? { dispatcher } : {};
}
