/** Segments a user saved by name (names unique per user, compared case-insensitively). */
import type { SavedSegment, UserSegment } from './stateSchema.js';
import type { StateDb } from './stateDb.js';

export interface SegmentsRepository {
  /** The user's segments in the order first saved. */
  list(userKey: string): SavedSegment[];
  /** Saving under an existing name (any case) replaces that segment, keeping its place. */
  save(userKey: string, segment: { name: string; expression: string }): Promise<'created' | 'replaced'>;
  get(userKey: string, name: string): SavedSegment | undefined;
  remove(userKey: string, name: string): Promise<boolean>;
}

export function segmentsRepository(state: StateDb, now: () => number): SegmentsRepository {
  const isNamed = (userKey: string, name: string) => {
    const wanted = name.trim().toLowerCase();
    return (segment: UserSegment): boolean => segment.userKey === userKey && segment.name.toLowerCase() === wanted;
  };

  return {
    list(userKey) {
      return state.data.segments.filter((segment) => segment.userKey === userKey).map(publicSegment);
    },

    async save(userKey, { name, expression }) {
      const saved: UserSegment = { userKey, name: name.trim(), expression: expression.trim(), savedAt: now() };
      if (saved.name === '') throw new TypeError('a segment needs a name');
      if (saved.expression === '') throw new TypeError('a segment needs an expression');
      return state.update((data) => {
        const index = data.segments.findIndex(isNamed(userKey, saved.name));
        if (index < 0) {
          data.segments.push(saved);
          return 'created';
        }
        data.segments[index] = saved;
        return 'replaced';
      });
    },

    get(userKey, name) {
      const segment = state.data.segments.find(isNamed(userKey, name));
      return segment && publicSegment(segment);
    },

    remove(userKey, name) {
      return state.update((data) => {
        const before = data.segments.length;
        const named = isNamed(userKey, name);
        data.segments = data.segments.filter((segment) => !named(segment));
        return data.segments.length < before;
      });
    },
  };
}

function publicSegment({ name, expression, savedAt }: UserSegment): SavedSegment {
  return { name, expression, savedAt };
}
