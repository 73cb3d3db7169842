/** End-to-end throughput: a JSONL file of the synthetic stream, read, parsed and folded. */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ActivityFold } from '../src/engagement/fold.js';
import { readActivityJsonl } from '../src/sources/jsonl/jsonlReader.js';
import { writeActivityJsonl } from '../src/sources/jsonl/jsonlWriter.js';
import { report } from './report.js';
import { DEFAULT_SHAPE, syntheticBatches } from './synthetic.js';

const shape = { ...DEFAULT_SHAPE, items: Number(process.env.BENCH_ITEMS ?? DEFAULT_SHAPE.items) };
const dir = await mkdtemp(join(tmpdir(), 'rapport-bench-'));
const file = join(dir, 'activity.jsonl');
try {
  await writeActivityJsonl(file, (function* () {
    for (const batch of syntheticBatches(shape)) yield* batch;
  })());
  const bytes = (await stat(file)).size;
  const fold = new ActivityFold(shape.asOf);
  const started = performance.now();
  let items = 0;
  for await (const item of readActivityJsonl(file)) {
    fold.add(item);
    items++;
  }
  const seconds = (performance.now() - started) / 1000;
  report('jsonl', { items, fileMb: Math.round(bytes / 1e6), jsonlItemsPerSecond: Math.round(items / seconds), seconds: +seconds.toFixed(1) });
} finally {
  await rm(dir, { recursive: true, force: true });
}
