import { describe, expect, it } from 'vitest';
import { runCli } from './io.js';

describe('rapport demo', () => {
  it('prints the top ten accounts by score, highest first, and the accounts going cold', async () => {
    const result = await runCli(['demo', '--as-of', '2026-11-01T00:00:00Z']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const header = lines.findIndex((line) => line.trim().startsWith('Score'));
    const scores = lines.slice(header + 1, header + 11).map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(scores).toHaveLength(10);
    expect(scores[0]).toBe(100);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(result.stdout).toMatch(/Going cold \(no email or meeting for over 60 days\): [1-9]\d* accounts?/);
    for (const line of lines.filter((l) => l.includes('last email') && l.includes('last meeting'))) {
      const [, email, meeting] = line.match(/last email (never|\d+) .*last meeting (never|\d+)/)!;
      for (const value of [email, meeting]) if (value !== 'never') expect(Number(value)).toBeGreaterThan(60);
    }
  });

  it('is deterministic for a seed and an as-of time', async () => {
    const first = await runCli(['demo', '--as-of', '2026-11-01T00:00:00Z', '--seed', '3']);
    const second = await runCli(['demo', '--as-of', '2026-11-01T00:00:00Z', '--seed', '3']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('refuses a seed that is not a whole number', async () => {
    const result = await runCli(['demo', '--seed', 'abc']);
    expect(result).toMatchObject({ code: 2, stderr: "rapport: --seed 'abc' is not a whole number\n" });
  });
});
