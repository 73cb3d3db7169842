/**
 * "Public URL reachable over HTTPS with a valid certificate": GET {RAPPORT_PUBLIC_URL}/healthz
 * from here, validating the certificate against the system's roots as Teams would.
 */
import { createSecureContext, rootCertificates } from 'node:tls';
import { Agent, fetch } from 'undici';
import { fail, pass, skip, warn, type CheckResult } from '../checkResult.js';
import type { DoctorContext } from '../doctorContext.js';

export const PUBLIC_URL = 'Public URL reachable over HTTPS with a valid certificate';

const TIMEOUT_MS = 10_000;

export async function checkPublicUrl(context: Pick<DoctorContext, 'target'>): Promise<CheckResult> {
  const { publicUrl, publicUrlCaPem } = context.target;
  if (publicUrl === null) return skip(PUBLIC_URL, 'the demo answers on localhost only');
  const url = new URL('/healthz', publicUrl);
  if (url.protocol !== 'https:') return fail(PUBLIC_URL, `${publicUrl} is not https`, 'Teams calls the bot over https with a publicly trusted certificate: set RAPPORT_PUBLIC_URL to it');
  const dispatcher = new Agent({ connect: { secureContext: createSecureContext({ ca: [...rootCertificates, ...(publicUrlCaPem ? [publicUrlCaPem] : [])] }) } });
  try {
    const response = await fetch(url, { dispatcher, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.body?.cancel();
    if (response.status === 200) return pass(PUBLIC_URL, `${url.href} answered 200 over https with a valid certificate`);
    return warn(PUBLIC_URL, `${url.href} answered ${response.status} (its certificate is valid)`, 'check that Rapport itself runs behind this address (rapport serve) and that its store loaded');
  } catch (error) {
    const cause = ((error as { cause?: { code?: string; message?: string } }).cause) ?? {};
    const detail = cause.code ?? cause.message ?? (error as Error).message;
    const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(String(cause.code ?? ''));
    return fail(PUBLIC_URL, `${url.href} cannot be reached: ${detail}`, certificate
      ? 'serve a certificate from a public CA for this host (App Service and Container Apps provide managed certificates)'
      : 'check the DNS name, that the app is running, and that nothing blocks inbound https');
  } finally {
    await dispatcher.close();
  }
}
