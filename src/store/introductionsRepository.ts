/** Requests to be introduced to an account (or one person there) by a colleague who knows them. */
import { randomUUID } from 'node:crypto';
import { normalizeAddress } from '../engagement/activity.js';
import type { IntroRequest, Person } from './stateSchema.js';
import type { StateDb } from './stateDb.js';

export interface NewIntroRequest {
  requester: Person;
  /** The introducer's email. */
  introducer: string;
  accountId: string;
  person?: string;
  note?: string;
}

export interface IntroAnswer {
  accepted: boolean;
  note?: string;
  /** Who answered (email). Checking that it is the introducer is the caller's job. */
  by: string;
}

export interface IntroductionsRepository {
  /** A pending request with a random, unguessable id (`crypto.randomUUID`). */
  create(request: NewIntroRequest): Promise<IntroRequest>;
  get(id: string): IntroRequest | undefined;
  /** Only a pending request can be answered; a second answer gets 'already-answered'. */
  answer(id: string, answer: IntroAnswer): Promise<IntroRequest | 'already-answered' | 'not-found'>;
}

export function introductionsRepository(state: StateDb, now: () => number): IntroductionsRepository {
  const find = (id: string): IntroRequest | undefined => state.data.introductions.find((request) => request.id === id);

  return {
    async create({ requester, introducer, accountId, person, note }) {
      const request: IntroRequest = {
        id: randomUUID(),
        requester: { email: normalizeAddress(requester.email), name: requester.name, userKey: requester.userKey },
        introducer: normalizeAddress(introducer),
        accountId,
        createdAt: now(),
        status: 'pending',
      };
      if (person !== undefined) request.person = normalizeAddress(person);
      if (note !== undefined && note.trim() !== '') request.note = note.trim();
      await state.update((data) => void data.introductions.push(request));
      return structuredClone(request);
    },

    get(id) {
      const request = find(id);
      return request && structuredClone(request);
    },

    async answer(id, { accepted, note, by }) {
      const answered = await state.update((): IntroRequest | 'already-answered' | 'not-found' => {
        const request = find(id);
        if (!request) return 'not-found';
        if (request.status !== 'pending') return 'already-answered';
        request.status = accepted ? 'accepted' : 'declined';
        request.answeredAt = now();
        request.answeredBy = normalizeAddress(by);
        if (note !== undefined && note.trim() !== '') request.answerNote = note.trim();
        return request;
      });
      return typeof answered === 'string' ? answered : structuredClone(answered);
    },
  };
}
