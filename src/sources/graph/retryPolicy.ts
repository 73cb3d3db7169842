/** What a failed Graph request means for the caller, and how long to wait before trying again. */
import { GraphAuthError } from './authErrors.js';
import { GraphRequestError } from './graphRequestError.js';

export type FailureKind =
  /** 429, 503, 504: the service asks us to slow down; retried, honouring Retry-After. */
  | 'throttled'
  /** No response at all (connection reset, timeout, sign-in service briefly unreachable): retried with backoff. */
  | 'transient'
  /** 401: the token was refused; retried once with a new token. */
  | 'token-rejected'
  /** 410 Gone / syncStateNotFound: the paging state is gone; the reader restarts the folder. */
  | 'resync'
  /** Anything else Graph answered (403, 404, 400...): this mailbox cannot be read. */
  | 'permanent'
  /** Not about one mailbox (sign-in broken, a bug): the run stops. */
  | 'fatal';

export function failureKind(error: unknown): FailureKind {
  if (error instanceof GraphRequestError) {
    if (error.status === 429 || error.status === 503 || error.status === 504) return 'throttled';
    if (error.status === 0) return 'transient';
    if (error.status === 401) return 'token-rejected';
    if (error.status === 410 || error.code.toLowerCase() === 'syncstatenotfound') return 'resync';
    return 'permanent';
  }
  if (error instanceof GraphAuthError && error.reason === 'tenant-unreachable') return 'transient';
  return 'fatal';
}

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** A number in [0, 1). */
  random: () => number;
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^(attempt-1))). */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(options.random() * ceiling);
}

/** The wait before attempt `attempt + 1`, after attempt `attempt` failed with a retryable error. */
export function retryDelay(kind: FailureKind, error: unknown, attempt: number, options: BackoffOptions): number {
  if (kind === 'token-rejected') return 0;
  const retryAfter = error instanceof GraphRequestError ? error.retryAfterMs : null;
  if (kind === 'throttled' && retryAfter !== null) return retryAfter;
  return backoffDelay(attempt, options);
}
