/**
 * One connection to a tenant's Graph: the trusted-CA dispatcher, the app's sign-in, and GET
 * requests paced by one throttle. Every caller closes it when done.
 */
import type { Dispatcher } from 'undici';
import { createGraphAuth, type GraphAuth } from './auth.js';
import { createGraphClient } from './graphClient.js';
import type { GraphConfig } from './graphConfig.js';
import { graphRequester, type GraphGet } from './graphRequester.js';
import { Throttle, type ThrottleOptions } from './throttling.js';
import { trustedDispatcher } from './trustedDispatcher.js';

export interface GraphSession {
  auth: GraphAuth;
  graph: GraphGet;
  throttle: Throttle;
  dispatcher: Dispatcher | undefined;
  /** Closes the connections of the trusted-CA dispatcher, if one was made. */
  close(): Promise<void>;
}

export function openGraphSession(config: GraphConfig, throttleOptions: ThrottleOptions = {}): GraphSession {
  const dispatcher = trustedDispatcher(config.caPem);
  try {
    const auth = createGraphAuth(config, dispatcher);
    const throttle = new Throttle(throttleOptions);
    const graph = graphRequester(createGraphClient(config, auth, dispatcher), auth, throttle, throttleOptions.now);
    return { auth, graph, throttle, dispatcher, close: async () => void (await dispatcher?.close()) };
  } catch (error) {
    void dispatcher?.close();
    throw error;
  }
}

/** Runs `work` in a session that is closed afterwards, whatever happens. */
export async function withGraphSession<T>(config: GraphConfig, work: (session: GraphSession) => Promise<T>, throttleOptions?: ThrottleOptions): Promise<T> {
  const session = openGraphSession(config, throttleOptions);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
