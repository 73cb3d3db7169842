/**
 * "Clock skew": this machine's clock against the sign-in service's (the Date header of its
 * OpenID configuration). Tokens and client assertions carry times; Entra ID and botbuilder
 * allow about five minutes of difference.
 */
import { fetch } from 'undici';
import { DEFAULT_AUTHORITY_HOST } from '../../sources/graph/graphConfig.js';
import { trustedDispatcher } from '../../sources/graph/trustedDispatcher.js';
import { fail, messageOf, pass, warn, type CheckResult } from '../checkResult.js';
import type { DoctorContext } from '../doctorContext.js';

export const CLOCK = 'Clock skew';

export const WARN_SKEW_MS = 60_000;
export const FAIL_SKEW_MS = 5 * 60_000;

/** How far the local clock is from the server's, given its Date header and when the request went out and came back. */
export function skewOf(serverDate: number, sentAt: number, receivedAt: number): number {
  return (sentAt + receivedAt) / 2 - serverDate;
}

export function judgeSkew(skewMs: number, server: string): CheckResult {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  const detail = `this machine is ${seconds} s ${skewMs >= 0 ? 'ahead of' : 'behind'} ${server}`;
  const fix = 'synchronise the clock with NTP (on Azure App Service and Container Apps the platform keeps it)';
  if (Math.abs(skewMs) >= FAIL_SKEW_MS) return fail(CLOCK, `${detail}: tokens will be refused`, fix);
  if (Math.abs(skewMs) >= WARN_SKEW_MS) return warn(CLOCK, detail, fix);
  return pass(CLOCK, detail);
}

export async function checkClockSkew(context: Pick<DoctorContext, 'target'>): Promise<CheckResult> {
  const { graph, now } = context.target;
  const host = (graph.authorityHost ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, '');
  const url = `${host}/${encodeURIComponent(graph.tenantId)}/v2.0/.well-known/openid-configuration`;
  const dispatcher = trustedDispatcher(graph.caPem);
  try {
    const sentAt = now();
    const response = await fetch(url, { ...(dispatcher ? { dispatcher } : {}), signal: AbortSignal.timeout(10_000) });
    const receivedAt = now();
    await response.body?.cancel();
    const date = Date.parse(response.headers.get('date') ?? '');
    if (Number.isNaN(date)) return warn(CLOCK, `${host} sent no Date header to compare with`);
    return judgeSkew(skewOf(date, sentAt, receivedAt), host);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return warn(CLOCK, `${host} cannot be reached to compare clocks: ${cause ?? messageOf(error)}`);
  } finally {
    await dispatcher?.close();
  }
}
