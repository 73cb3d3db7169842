/** A Graph request that did not succeed: its HTTP status (0: no response), Graph's error code, and Retry-After. */

/** The name our fetch handler gives network failures, which the Graph client reports as a GraphError's code. */
export const NETWORK_ERROR_NAME = 'NetworkError';

export class GraphRequestError extends Error {
  override name = 'GraphRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** How long the service asked us to wait, when it did. */
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export async function errorFromResponse(response: Response, now: number): Promise<GraphRequestError> {
  let code = `HTTP${response.status}`;
  let detail = response.statusText;
  try {
    const error = ((await response.json()) as { error?: { code?: unknown; message?: unknown } }).error;
    if (typeof error?.code === 'string' && error.code) code = error.code;
    if (typeof error?.message === 'string' && error.message) detail = error.message;
  } catch {
    // A throttled or failing gateway may answer without a JSON error; the status says enough.
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  return new GraphRequestError(response.status, code, `HTTP ${response.status} ${code}${detail ? `: ${detail}` : ''}`, retryAfterMs);
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110, 10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
