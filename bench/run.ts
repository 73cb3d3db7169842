/**
 * `npm run bench`: each benchmark runs in its own process, so that its peak RSS is its
 * own, and prints one JSON line of figures; this prints them with their targets.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Bench {
  file: string;
  targets: Record<string, string>;
}

const BENCHES: Bench[] = [
  { file: 'foldBench.ts', targets: { foldItemsPerSecond: '>= 1,000,000', peakRssMb: '<= 1,000' } },
  { file: 'jsonlBench.ts', targets: { jsonlItemsPerSecond: '>= 300,000', peakRssMb: '<= 1,000' } },
  { file: 'graphPipelineBench.ts', targets: { ratio: '<= 1.3' } },
  { file: 'graphBench.ts', targets: { ratio: '<= 1.3' } },
  { file: 'botBench.ts', targets: { p95Ms: '<= 50', requestsPerSecond: '>= 200' } },
];

for (const bench of BENCHES) {
  const script = fileURLToPath(new URL(bench.file, import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
  for (const line of output.trim().split('\n').filter((text) => text.startsWith('{'))) {
    const figures = JSON.parse(line) as Record<string, number | string>;
    console.log(`\n${figures.bench}`);
    for (const [name, value] of Object.entries(figures)) {
      if (name === 'bench') continue;
      const target = bench.targets[name];
      console.log(`  ${name.padEnd(22)} ${typeof value === 'number' ? value.toLocaleString('en-US') : value}${target ? `   (target ${target})` : ''}`);
    }
  }
}
