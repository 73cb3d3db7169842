/**
 * Rounding as engagement-spec.md section 3 defines it: half up, with floating-point
 * error never deciding (a value within 1e-9 below a half counts as the half).
 */
const HALF_TOLERANCE = 1e-9;

export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + HALF_TOLERANCE);
}

export function roundToOneDecimal(value: number): number {
  return roundHalfUp(value * 10) / 10;
}

/** Two values count as equal when they differ by less than 1e-9 of the larger. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
