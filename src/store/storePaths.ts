/** Where everything lives under DATA_DIR. */
import { join } from 'node:path';

export interface StorePaths {
  /** The lowdb state file. */
  state: string;
  /** One `<runId>.json` per saved run. */
  insights: string;
  /** One `<token>.csv` per download link. */
  downloads: string;
  /** One `<id>.csv` per registered customer dataset. */
  datasets: string;
}

export function storePaths(dataDir: string): StorePaths {
  return {
    state: join(dataDir, 'rapport.json'),
    insights: join(dataDir, 'insights'),
    downloads: join(dataDir, 'downloads'),
    datasets: join(dataDir, 'datasets'),
  };
}
