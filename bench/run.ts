/**
 * `npm run bench`: each benchmark runs in its own process, so that its peak RSS is its
 * own, and prints one JSON line of figures; this prints them with their targets.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Bench {
  file: string;
  targets: Record<string, string>;
  /** Environment defaults, for benches whose full size is too long for every run; set the variable to override. */
  defaults?: Record<string, string>;
}

const BENCHES: Bench[] = [
  { file: 'foldBench.ts', targets: { foldItemsPerSecond: '>= 1,000,000', peakRssMb: '<= 1,000' } },
  { file: 'jsonlBench.ts', targets: { jsonlItemsPerSecond: '>= 300,000', peakRssMb: '<= 1,000' } },
  { file: 'graphPipelineBench.ts', targets: { ratio: '<= 1.3' } },
  { file: 'graphBench.ts', targets: { ratio: '<= 1.3' } },
  { file: 'botBench.ts', targets: { p95Ms: '<= 50', requestsPerSecond: '>= 200' } },
  // The full size (BENCH_ALERTS=10000 BENCH_USERS=2000) takes about four minutes: the 50/s tenant limit bounds it at 200 s.
  {
    file: 'deliveryBench.ts',
    targets: { duplicates: '0', highestPerConversationIn1s: '<= 7', highestTenantIn1s: '<= 50', ratioToLowerBound: '< 1.3', peakRssMb: '<= 400' },
    defaults: { BENCH_ALERTS: '1000', BENCH_USERS: '200' },
  },
];

// `npm run bench -- deliveryBench` runs only the benches whose file names start with the arguments.
const only = process.argv.slice(2);
for (const bench of BENCHES.filter((candidate) => only.length === 0 || only.some((name) => candidate.file.startsWith(name)))) {
  const script = fileURLToPath(new URL(bench.file, import.meta.url));
  const env = { ...bench.defaults, ...process.env };
  const output = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
  for (const line of output.trim().split('\n').filter((text) => text.startsWith('{'))) {
    const figures = JSON.parse(line) as Record<string, number | string>;
    console.log(`\n${figures.bench}`);
    for (const [name, value] of Object.entries(figures)) {
      if (name === 'bench') continue;
      const target = bench.targets[name];
      console.log(`  ${name.padEnd(26)} ${typeof value === 'number' ? value.toLocaleString('en-US') : value}${target ? `   (target ${target})` : ''}`);
    }
  }
}
