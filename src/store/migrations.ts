/**
 * Schema migrations of the state file, oldest first. `MIGRATIONS[i]` lifts a file from
 * version `i + 1` to `i + 2`, so the newest version is `1 + MIGRATIONS.length` and must
 * equal `STATE_VERSION`. To change the schema: bump `STATE_VERSION`, update the zod
 * schema, and append one migration here (never edit or reorder a shipped one).
 */
import { emptyAdminState, STATE_VERSION } from './stateSchema.js';

export type StateDocument = Record<string, unknown> & { version: number };

export interface Migration {
  /** The version this migration reads; it produces `from + 1`. */
  from: number;
  describe: string;
  up(state: StateDocument): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'admin settings (enrichment, consent, schedule, relationship intelligence, datasets) and dialog state',
    up: (state) => ({ ...state, admin: emptyAdminState(), dialogs: {} }),
  },
  {
    from: 2,
    describe: 'what each person last saw when they asked what\'s new',
    up: (state) => ({ ...state, seen: [] }),
  },
];

export const LATEST_VERSION = 1 + MIGRATIONS.length;

if (LATEST_VERSION !== STATE_VERSION) {
  throw new Error(`state migrations end at version ${LATEST_VERSION} but the schema is version ${STATE_VERSION}`);
}

export interface MigrationResult {
  state: StateDocument;
  /** The versions the document went through, e.g. `[1, 2, 3]`; one entry when none ran. */
  path: number[];
}

/** Applies every migration from `state.version` on, in order. The input is not modified. */
export function migrateState(state: StateDocument, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const latest = 1 + migrations.length;
  if (!Number.isInteger(state.version) || state.version < 1) throw new RangeError(`unknown schema version ${String(state.version)}`);
  if (state.version > latest) throw new RangeError(`schema version ${state.version} is newer than ${latest}`);
  let current: StateDocument = structuredClone(state);
  const path = [current.version];
  for (let index = current.version - 1; index < migrations.length; index++) {
    const migration = migrations[index]!;
    if (migration.from !== current.version) {
      throw new Error(`migration ${index} reads version ${migration.from}, expected ${current.version}`);
    }
    current = { ...migration.up(current), version: migration.from + 1 };
    path.push(current.version);
  }
  return { state: current, path };
}
