/** Fold throughput on pre-parsed items (one core), then the time to compute the table. */
import { performance } from 'node:perf_hooks';
import { Attribution } from '../src/engagement/attribution.js';
import { computeEngagement } from '../src/engagement/engine.js';
import { ActivityFold } from '../src/engagement/fold.js';
import { computeTies } from '../src/engagement/ties.js';
import { DEFAULT_SHAPE, INTERNAL_DOMAIN, syntheticBatches, syntheticDataset } from './synthetic.js';
import { report } from './report.js';

const shape = { ...DEFAULT_SHAPE, items: Number(process.env.BENCH_ITEMS ?? DEFAULT_SHAPE.items) };
const fold = new ActivityFold(shape.asOf);
let items = 0;
let foldMs = 0;
for (const batch of syntheticBatches(shape)) {
  const started = performance.now();
  for (const item of batch) fold.add(item);
  foldMs += performance.now() - started;
  items += batch.length;
}
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const foldRssMb = rssMb();
const attribution = new Attribution(syntheticDataset(shape), { internalDomains: [INTERNAL_DOMAIN] });
const computeStarted = performance.now();
const result = computeEngagement(fold, attribution);
const computeMs = performance.now() - computeStarted;
const tableRssMb = rssMb();
const tiesStarted = performance.now();
const ties = computeTies(result.index);
const tiesMs = performance.now() - tiesStarted;

report('fold', {
  items,
  distinctEmails: fold.emailCount,
  distinctMeetings: fold.meetingCount,
  foldItemsPerSecond: Math.round(items / (foldMs / 1000)),
  peakRssAfterFoldMb: foldRssMb,
  peakRssAfterTableMb: tableRssMb,
  tableSeconds: +(computeMs / 1000).toFixed(2),
  rows: result.rows.length,
  tiesSeconds: +(tiesMs / 1000).toFixed(2),
  ties: ties.size,
});
