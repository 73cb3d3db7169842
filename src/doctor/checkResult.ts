/**
 * One line of `rapport doctor`: a check's outcome, what it found, and the fix when there is one.
 * Operator-facing English (the doctor runs in a terminal, not in Teams).
 */

/** `skip`: the check does not apply here (nothing configured to check, or an earlier check failed). */
export type Outcome = 'pass' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  check: string;
  outcome: Outcome;
  detail: string;
  fix?: string;
}

export const pass = (check: string, detail: string): CheckResult => ({ check, outcome: 'pass', detail });
export const skip = (check: string, detail: string): CheckResult => ({ check, outcome: 'skip', detail });
export const warn = (check: string, detail: string, fix?: string): CheckResult => ({ check, outcome: 'warn', detail, ...(fix ? { fix } : {}) });
export const fail = (check: string, detail: string, fix?: string): CheckResult => ({ check, outcome: 'fail', detail, ...(fix ? { fix } : {}) });

const LABELS: Readonly<Record<Outcome, string>> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' };

export function formatResult(result: CheckResult): string {
  const detail = result.fix && !/[.!?]$/.test(result.detail) ? `${result.detail}.` : result.detail;
  return `${LABELS[result.outcome]}  ${result.check}: ${detail}${result.fix ? ` Fix: ${result.fix}.` : ''}`;
}

/** Exit code 0 when nothing failed (warnings and skips included), 1 otherwise. */
export function exitCodeOf(results: readonly CheckResult[]): 0 | 1 {
  return results.some((result) => result.outcome === 'fail') ? 1 : 0;
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
