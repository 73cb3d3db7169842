/** In-process stand-ins for Graph, below the HTTP layer, for the directory, reader and pipeline tests. */
import type { GraphGet, GraphGetOptions } from '../../../src/sources/graph/graphRequester.js';
import { GraphRequestError } from '../../../src/sources/graph/graphRequestError.js';

export const GRAPH_ORIGIN = 'https://graph.test';

export interface FakeCall {
  url: URL;
  options: GraphGetOptions;
}

export type FakeHandler = (url: URL, options: GraphGetOptions) => unknown;

/** A GraphGet whose answers come from `handle`; relative paths are resolved like the client does. */
export function fakeGraph(handle: FakeHandler): GraphGet & { calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  return {
    calls,
    async get<T>(pathOrUrl: string, options: GraphGetOptions = {}): Promise<T> {
      const url = new URL(pathOrUrl.startsWith('https://') ? pathOrUrl : `${GRAPH_ORIGIN}/v1.0${pathOrUrl}`);
      calls.push({ url, options });
      return (await handle(url, options)) as T;
    },
  };
}

/** One page of `items`, `pageSize` at a time, the position carried in `$skiptoken` as Graph does. */
export function page(url: URL, items: readonly unknown[], pageSize: number): { value: unknown[]; '@odata.nextLink'?: string } {
  const from = Number(url.searchParams.get('$skiptoken') ?? 0);
  const value = items.slice(from, from + pageSize);
  if (from + pageSize >= items.length) return { value };
  const next = new URL(url);
  next.searchParams.set('$skiptoken', String(from + pageSize));
  return { value, '@odata.nextLink': next.toString() };
}

export const notFound = (what: string) => new GraphRequestError(404, 'Request_ResourceNotFound', `HTTP 404 Request_ResourceNotFound: Resource '${what}' does not exist.`);

/** The value of `mail eq '...'` in a $filter. */
export function filteredMail(url: URL): string | null {
  const match = /^mail eq '(.*)'$/.exec(url.searchParams.get('$filter') ?? '');
  return match ? match[1]!.replace(/''/g, "'") : null;
}
