/** Small helpers over node's request and response objects. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies larger than this are refused: a token request is a few kilobytes. */
const MAX_BODY_BYTES = 256 * 1024;

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function sendJson(response: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...reply.headers,
  });
  response.end(text);
}

export function sendRedirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { Location: location, 'Content-Length': 0 });
  response.end();
}

/** The request body as text, or null when it is larger than the limit. */
export async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The first value of a request header. */
export function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** The path's segments, percent-decoded; null when one cannot be decoded. */
export function pathSegments(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter((segment) => segment.length > 0).map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}
