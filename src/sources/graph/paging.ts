/** Graph collections, page by page, following `@odata.nextLink` verbatim. */
import type { GraphGet, GraphGetOptions } from './graphRequester.js';

export interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export async function* pagesOf<T>(graph: GraphGet, firstUrl: string, options?: GraphGetOptions): AsyncGenerator<T[]> {
  let url: string | undefined = firstUrl;
  while (url) {
    const page: GraphPage<T> = await graph.get<GraphPage<T>>(url, options);
    yield page.value ?? [];
    url = page['@odata.nextLink'];
  }
}

/** Every page at once: for directory lists, which are small (ids and names). */
export async function collectPages<T>(graph: GraphGet, firstUrl: string, options?: GraphGetOptions): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pagesOf<T>(graph, firstUrl, options)) all.push(...page);
  return all;
}
