/** Microsoft Graph's error responses: `{ error: { code, message, innerError } }`, 429 and 503 with Retry-After. */
import { randomUUID } from 'node:crypto';
import type { Reply } from './http.js';

export class GraphError extends Error {
  override name = 'GraphError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export function graphErrorReply(error: GraphError, now: number, requestId: string = randomUUID()): Reply {
  const headers: Record<string, string> = { 'request-id': requestId };
  if (error.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.retryAfterSeconds);
  return {
    status: error.status,
    headers,
    body: {
      error: {
        code: error.code,
        message: error.message,
        innerError: { date: new Date(now).toISOString().replace(/\.\d+Z$/, ''), 'request-id': requestId, 'client-request-id': requestId },
      },
    },
  };
}

export const badRequest = (message: string, code = 'BadRequest') => new GraphError(400, code, message);

export const invalidToken = (message: string) => new GraphError(401, 'InvalidAuthenticationToken', message);

export const directoryAccessDenied = () => new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export const mailboxAccessDenied = () => new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

export const directoryObjectNotFound = (key: string) =>
  new GraphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);

export const invalidUser = (key: string) =>
  new GraphError(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`);

export const mailboxNotEnabled = () =>
  new GraphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');

export const folderNotFound = () => new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

export const segmentNotFound = (segment: string) => new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

export const throttled = (retryAfterSeconds: number, message = 'Application is over its MailboxConcurrency limit.') =>
  new GraphError(429, 'ApplicationThrottled', message, retryAfterSeconds);

export const unavailable = (retryAfterSeconds: number) =>
  new GraphError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.', retryAfterSeconds);
