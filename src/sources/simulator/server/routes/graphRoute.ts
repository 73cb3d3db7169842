/** What every Graph route shares: its shape, the request it sees, mailbox resolution and paging. */
import type { DirectoryIndex } from '../directoryIndex.js';
import { isMissingMailbox, type FaultSettings } from '../faults.js';
import { invalidUser, mailboxNotEnabled } from '../graphErrors.js';
import type { GraphObject } from '../graphJson.js';
import type { Reply } from '../http.js';
import type { MailboxViews } from '../mailboxViews.js';
import { nextPageLink, pageSize, skipOffset } from '../odataQuery.js';
import type { GraphRole } from '../roles.js';

export interface GraphRequest {
  /** Path parameters by name (`:user` → `user`), percent-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** `https://host:port` as the client addressed the server: next links use it. */
  origin: string;
  pathname: string;
  headers: { prefer: string | undefined };
  directory: DirectoryIndex;
  views: MailboxViews;
  faults: FaultSettings;
}

export interface GraphRoute {
  /** Path segments after `/v1.0`; `:name` matches any one segment. Fixed segments match in any case. */
  pattern: readonly string[];
  role: GraphRole;
  /** 403 code when the role is missing: directory and mailbox APIs word it differently. */
  deniedAs: 'directory' | 'mailbox';
  /** The parameter naming the mailbox read, for the per-mailbox limits. */
  mailboxParameter?: string;
  handle(request: GraphRequest): Reply;
}

export function matchRoute(routes: readonly GraphRoute[], segments: readonly string[]): { route: GraphRoute; params: Record<string, string> } | null {
  for (const route of routes) {
    if (route.pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = route.pattern.every((part, index) => {
      const segment = segments[index]!;
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return true;
      }
      return part.toLowerCase() === segment.toLowerCase();
    });
    if (matches) return { route, params };
  }
  return null;
}

/** The address of the mailbox a path names (by id or address); 404 as Exchange answers when there is none. */
export function resolveMailbox(request: GraphRequest, key: string): string {
  const user = request.directory.user(key);
  if (user === undefined || isMissingMailbox(request.faults, user.address)) throw invalidUser(key);
  if (!user.hasMailbox) throw mailboxNotEnabled();
  return user.address;
}

export interface PageSizes {
  default: number;
  max: number;
}

/** One page of a collection, with an absolute `@odata.nextLink` when more follow. */
export function pagedCollection(request: GraphRequest, count: number, itemAt: (index: number) => GraphObject, sizes: PageSizes): Reply {
  const size = pageSize(request.query, sizes.default, sizes.max);
  const offset = skipOffset(request.query);
  const value: GraphObject[] = [];
  for (let index = offset; index < Math.min(count, offset + size); index++) value.push(itemAt(index));
  const body: GraphObject = { value };
  if (offset + size < count) body['@odata.nextLink'] = nextPageLink(request.origin, request.pathname, request.query, offset + size);
  return { status: 200, body };
}

/** The first index whose value is at least `value`, in an ascending list. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
