import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrateState, type Migration } from '../../src/store/migrations.js';
import { STATE_VERSION } from '../../src/store/stateSchema.js';

/** A made-up history: v1 had `optOuts`, v2 renamed it `optedOut`, v3 added `runs`. */
const HISTORY: Migration[] = [
  {
    from: 1,
    describe: 'rename optOuts to optedOut',
    up: ({ optOuts, ...rest }) => ({ ...rest, optedOut: optOuts }),
  },
  { from: 2, describe: 'add runs', up: (state) => ({ ...state, runs: [] }) },
];

describe('state migrations', () => {
  it('are an ordered list that ends at the schema version', () => {
    MIGRATIONS.forEach((migration, index) => expect(migration.from).toBe(index + 1));
    expect(LATEST_VERSION).toBe(STATE_VERSION);
  });

  it('apply every step from the file version on, in order, and set the version', () => {
    const v1 = { version: 1, optOuts: ['ann@contoso.com'] };
    const { state, path } = migrateState(v1, HISTORY);
    expect(state).toEqual({ version: 3, optedOut: ['ann@contoso.com'], runs: [] });
    expect(path).toEqual([1, 2, 3]);
    expect(v1).toEqual({ version: 1, optOuts: ['ann@contoso.com'] });
  });

  it('apply only the steps a newer file still needs', () => {
    const { state, path } = migrateState({ version: 2, optedOut: [] }, HISTORY);
    expect(state).toEqual({ version: 3, optedOut: [], runs: [] });
    expect(path).toEqual([2, 3]);
  });

  it('leave a current file as it is', () => {
    expect(migrateState({ version: 3, optedOut: [], runs: [] }, HISTORY).path).toEqual([3]);
  });

  it('refuse a version newer than the last migration, or no version at all', () => {
    expect(() => migrateState({ version: 4 }, HISTORY)).toThrow(/newer/);
    expect(() => migrateState({ version: 0 }, HISTORY)).toThrow(/unknown schema version/);
  });

  it('refuse a list that is out of order', () => {
    const shuffled = [HISTORY[1]!, HISTORY[0]!];
    expect(() => migrateState({ version: 1 }, shuffled)).toThrow(/reads version 2, expected 1/);
  });
});
