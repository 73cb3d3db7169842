/**
 * Customer datasets (CSV) the enrichment wizard can pick: each kept as
 * `datasets/<id>.csv`, registered in the state with its columns and row count.
 */
import { join } from 'node:path';
import { writeFileAtomically } from './atomicFile.js';
import type { StateDb } from './stateDb.js';
import type { RegisteredDataset } from './stateSchema.js';

export interface NewDataset {
  name: string;
  /** The CSV text, header row first. */
  content: string;
  columns: string[];
  rows: number;
  registeredBy: string;
}

export interface DatasetsRepository {
  /** Oldest first. */
  list(): RegisteredDataset[];
  get(id: string): RegisteredDataset | undefined;
  /** Writes the file, then registers it; a dataset with the same name (any case) is replaced, keeping its id. */
  add(dataset: NewDataset): Promise<RegisteredDataset>;
  /** The CSV file of a registered dataset. */
  pathOf(dataset: RegisteredDataset): string;
}

export function datasetsRepository(state: StateDb, directory: string, now: () => number, randomBytes: (n: number) => Buffer): DatasetsRepository {
  const pathOf = (dataset: RegisteredDataset) => join(directory, dataset.fileName);
  return {
    list: () => state.data.admin.datasets.map((dataset) => structuredClone(dataset)),
    get(id) {
      const found = state.data.admin.datasets.find((dataset) => dataset.id === id);
      return found && structuredClone(found);
    },
    add(dataset) {
      return state.track(async () => {
        const name = dataset.name.trim();
        // Same name (any case): the new file replaces the old one under the same id, so a saved
        // enrichment keeps pointing at it (RAPPORT_DATASETS is registered again at every start).
        const existing = state.data.admin.datasets.find((other) => other.name.toLowerCase() === name.toLowerCase());
        const id = existing?.id ?? randomBytes(9).toString('hex');
        const registered: RegisteredDataset = {
          id, name, fileName: `${id}.csv`, columns: [...dataset.columns], rows: dataset.rows,
          registeredAt: now(), registeredBy: dataset.registeredBy,
        };
        await writeFileAtomically(pathOf(registered), dataset.content);
        await state.update((data) => {
          data.admin.datasets = [...data.admin.datasets.filter((other) => other.id !== id), registered];
        });
        return structuredClone(registered);
      });
    },
    pathOf,
  };
}
