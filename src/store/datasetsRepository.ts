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
  /** Writes the file, then registers it; a dataset with the same name (any case) is replaced. */
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
        const id = randomBytes(9).toString('hex');
        const registered: RegisteredDataset = {
          id, name: dataset.name.trim(), fileName: `${id}.csv`, columns: [...dataset.columns], rows: dataset.rows,
          registeredAt: now(), registeredBy: dataset.registeredBy,
        };
        await writeFileAtomically(pathOf(registered), dataset.content);
        await state.update((data) => {
          const sameName = (other: RegisteredDataset) => other.name.toLowerCase() === registered.name.toLowerCase();
          data.admin.datasets = [...data.admin.datasets.filter((other) => !sameName(other)), registered];
        });
        return structuredClone(registered);
      });
    },
    pathOf,
  };
}
