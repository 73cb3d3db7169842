/**
 * MSAL's network module on fetch with our dispatcher. msal-node 7's own HttpClient calls the
 * global fetch with no way to pass a dispatcher, so a trusted CA needs this module; it also
 * keeps the cause of a connection failure (DNS, refused, TLS) in the error MSAL raises.
 */
import { ClientAuthError, ClientAuthErrorCodes, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import type { Dispatcher } from 'undici';
import { describeFetchFailure } from './fetchFailure.js';
import { withDispatcher } from './trustedDispatcher.js';

export function msalNetworkClient(dispatcher: Dispatcher | undefined): INetworkModule {
  const send = async <T>(url: string, method: 'GET' | 'POST', options: NetworkRequestOptions | undefined, timeout?: number): Promise<NetworkResponse<T>> => {
    let response: Response;
    try {
      response = await fetch(url, {
        ...withDispatcher(dispatcher),
        method,
        headers: options?.headers ?? {},
        ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
        ...(timeout ? { signal: AbortSignal.timeout(timeout) } : {}),
      });
    } catch (error) {
      throw new ClientAuthError(ClientAuthErrorCodes.networkError, '', `Network request failed: ${describeFetchFailure(error)}`);
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => { headers[key] = value; });
    let parsed: T;
    try {
      parsed = (await response.json()) as T;
    } catch (error) {
      throw new ClientAuthError(ClientAuthErrorCodes.tokenParsingError, '', `Failed to parse the response of ${url} (HTTP ${response.status}): ${(error as Error).message}`);
    }
    return { headers, status: response.status, body: parsed };
  };
  return {
    sendGetRequestAsync: (url, options, timeout) => send(url, 'GET', options, timeout),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
  };
}
