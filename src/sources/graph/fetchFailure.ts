/** fetch says only "fetch failed"; the reason (ENOTFOUND, ECONNREFUSED, a TLS error) is in its cause. */
export function describeFetchFailure(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const detail = cause instanceof Error ? cause : error instanceof Error ? error : null;
  if (!detail) return String(error);
  const code = (detail as NodeJS.ErrnoException).code;
  return code && !detail.message.includes(code) ? `${code}: ${detail.message}` : detail.message;
}
