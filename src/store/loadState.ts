/** What was read from the state file → a valid, current `StateData`, or a `StateFileError`. */
import { LATEST_VERSION, migrateState, type StateDocument } from './migrations.js';
import { stateSchema, type StateData } from './stateSchema.js';
import { StateFileError } from './storeErrors.js';

export interface LoadedState {
  state: StateData;
  /** The version the file was written in, when it was older and has been migrated. */
  migratedFrom?: number;
}

const ISSUES_SHOWN = 3;

export function loadState(raw: unknown, file: string): LoadedState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new StateFileError(file, 'corrupt', 'does not hold a JSON object');
  }
  const version = (raw as Record<string, unknown>).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StateFileError(file, 'corrupt', 'has no valid schema version');
  }
  if (version > LATEST_VERSION) {
    throw new StateFileError(
      file,
      'too-new',
      `was written by a newer Rapport (schema version ${version}; this build reads up to version ${LATEST_VERSION}); upgrade Rapport or use another DATA_DIR`,
    );
  }
  let migrated: StateDocument;
  try {
    migrated = migrateState(raw as StateDocument).state;
  } catch (error) {
    throw new StateFileError(file, 'migration-failed', `could not be migrated from schema version ${version}: ${messageOf(error)}`);
  }
  const parsed = stateSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, ISSUES_SHOWN).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    const more = parsed.error.issues.length > ISSUES_SHOWN ? `; and ${parsed.error.issues.length - ISSUES_SHOWN} more` : '';
    throw new StateFileError(file, 'corrupt', `does not match schema version ${migrated.version} (${issues.join('; ')}${more})`);
  }
  return version < LATEST_VERSION ? { state: parsed.data, migratedFrom: version } : { state: parsed.data };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a lowdb adapter read: null for a missing file; invalid JSON is a `StateFileError` ('corrupt'). */
export async function readStoredJson(adapter: { read(): Promise<unknown> }, file: string): Promise<unknown> {
  try {
    return await adapter.read();
  } catch (error) {
    if (error instanceof SyntaxError) throw new StateFileError(file, 'corrupt', `is not valid JSON (${error.message})`);
    throw error;
  }
}
