/**
 * GET requests to Graph through the client and the throttle. The response is read raw, so a
 * failure keeps its status, Graph error code and Retry-After for the retry policy.
 */
import { AuthenticationHandlerOptions, ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { GraphAuth } from './auth.js';
import { errorFromResponse, GraphRequestError, NETWORK_ERROR_NAME } from './graphRequestError.js';
import type { Throttle } from './throttling.js';

export interface GraphGetOptions {
  /** The mailbox the request reads (paced per mailbox); omitted for directory requests. */
  mailbox?: string;
  headers?: Record<string, string>;
}

/** What the directory and the mailbox reader need from Graph. */
export interface GraphGet {
  /** A path below the API version (`/users/...`) or an absolute `@odata.nextLink`. */
  get<T>(pathOrUrl: string, options?: GraphGetOptions): Promise<T>;
}

export function graphRequester(client: Client, auth: GraphAuth, throttle: Throttle, now: () => number = Date.now): GraphGet {
  return {
    get: <T>(pathOrUrl: string, options: GraphGetOptions = {}) =>
      throttle.run(options.mailbox ?? null, () => getOnce<T>(client, auth, pathOrUrl, options.headers ?? {}, now)),
  };
}

async function getOnce<T>(client: Client, auth: GraphAuth, pathOrUrl: string, headers: Record<string, string>, now: () => number): Promise<T> {
  // The client turns any error into a GraphError that keeps only a message; keep the sign-in error itself.
  let signInError: unknown = null;
  const tokens = {
    getAccessToken: () => auth.getAccessToken().catch((error: unknown) => {
      signInError = error;
      throw error;
    }),
  };
  let response: Response;
  try {
    response = await client
      .api(pathOrUrl)
      .headers(headers)
      .middlewareOptions([new AuthenticationHandlerOptions(tokens)])
      .responseType(ResponseType.RAW)
      .get();
  } catch (error) {
    if (signInError) throw signInError;
    const { code, message } = error as { code?: string; message?: string };
    if (code === NETWORK_ERROR_NAME) throw new GraphRequestError(0, NETWORK_ERROR_NAME, message ?? 'Network request failed', null, { cause: error });
    throw error;
  }
  if (!response.ok) throw await errorFromResponse(response, now());
  try {
    return (await response.json()) as T;
  } catch (error) {
    // A connection cut mid-answer: worth another attempt like any other network failure.
    throw new GraphRequestError(0, NETWORK_ERROR_NAME, `The response could not be read: ${(error as Error).message}`, null, { cause: error });
  }
}
