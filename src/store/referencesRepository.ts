/**
 * Conversation references for proactive messages. A user has one personal reference
 * (their 1:1 chat with the bot; a newer one replaces it) and any number of group chat or
 * channel references, one per conversation id.
 */
import { normalizeAddress } from '../engagement/activity.js';
import { storedReferenceSchema, type StoredReference } from './stateSchema.js';
import type { StateDb } from './stateDb.js';

export interface ReferencesRepository {
  /** Upserts: personal by user, group chat and channel by user and conversation id. */
  save(ref: StoredReference): Promise<void>;
  /** The user's personal reference, found by user key, email (any case) or AAD object id. */
  personalFor(userKeyOrEmailOrAadId: string): StoredReference | undefined;
  /** The personal reference, else any group chat or channel reference of the user (which gives their Teams id). */
  anyFor(userKeyOrEmailOrAadId: string): StoredReference | undefined;
  all(): StoredReference[];
}

export function referencesRepository(state: StateDb): ReferencesRepository {
  return {
    async save(ref) {
      const stored = normalized(ref);
      await state.update((data) => {
        if (stored.conversationType === 'personal') {
          upsert(data.personalReferences, stored, (existing) => existing.userKey === stored.userKey);
        } else {
          const conversationId = conversationIdOf(stored.reference);
          upsert(
            data.conversationReferences,
            stored,
            (existing) => existing.userKey === stored.userKey && conversationIdOf(existing.reference) === conversationId,
          );
        }
      });
    },

    personalFor(key) {
      const newest = newestOf(state.data.personalReferences, key);
      return newest && structuredClone(newest);
    },

    anyFor(key) {
      const found = newestOf(state.data.personalReferences, key) ?? newestOf(state.data.conversationReferences, key);
      return found && structuredClone(found);
    },

    all() {
      return [...state.data.personalReferences, ...state.data.conversationReferences].map((ref) => structuredClone(ref));
    },
  };
}

/** The newest reference of the person known by user key, email (any case) or AAD object id. */
function newestOf(refs: readonly StoredReference[], key: string): StoredReference | undefined {
  const wanted = key.trim();
  const lowered = wanted.toLowerCase();
  let newest: StoredReference | undefined;
  for (const ref of refs) {
    const matches = ref.userKey === wanted || ref.email === lowered || ref.aadObjectId?.toLowerCase() === lowered;
    if (matches && (!newest || ref.updatedAt > newest.updatedAt)) newest = ref;
  }
  return newest;
}

function normalized(ref: StoredReference): StoredReference {
  const userKey = ref.userKey.trim();
  if (userKey === '') throw new TypeError('a conversation reference needs a user key');
  if (typeof ref.reference !== 'object' || ref.reference === null) throw new TypeError('a conversation reference must be an object');
  const stored: StoredReference = {
    userKey,
    conversationType: ref.conversationType,
    reference: JSON.parse(JSON.stringify(ref.reference)) as unknown,
    updatedAt: ref.updatedAt,
  };
  if (ref.aadObjectId !== undefined) stored.aadObjectId = ref.aadObjectId;
  if (ref.email !== undefined) stored.email = normalizeAddress(ref.email);
  if (ref.name !== undefined) stored.name = ref.name;
  if (stored.conversationType !== 'personal' && conversationIdOf(stored.reference) === undefined) {
    throw new TypeError(`a ${stored.conversationType} reference needs conversation.id`);
  }
  return storedReferenceSchema.parse(stored);
}

function conversationIdOf(reference: unknown): string | undefined {
  if (typeof reference !== 'object' || reference === null) return undefined;
  const conversation = (reference as { conversation?: unknown }).conversation;
  if (typeof conversation !== 'object' || conversation === null) return undefined;
  const id = (conversation as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

function upsert<T>(records: T[], record: T, isSame: (existing: T) => boolean): void {
  const index = records.findIndex(isSame);
  if (index >= 0) records[index] = record;
  else records.push(record);
}
