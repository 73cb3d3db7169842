/** Benchmarks print one JSON line of figures (plus peak RSS) for bench/run.ts to collect. */
export function report(name: string, figures: Record<string, number | string>): void {
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ bench: name, ...figures, peakRssMb })}\n`);
}
