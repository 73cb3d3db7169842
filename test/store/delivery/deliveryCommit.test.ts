import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDeliveryDb } from '../../../src/store/delivery/deliveryDb.js';
import type { OutboxEntry } from '../../../src/store/delivery/deliverySchema.js';
import { openDeliveryStore, type DeliveryWriteStep, type NewOutboxEntry } from '../../../src/store/delivery/deliveryStore.js';
import { stateOf, type JournalOp } from '../../../src/store/delivery/journalOps.js';
import { tempDataDir } from '../storeFixtures.js';

const T0 = Date.parse('2026-11-03T08:00:00Z');
const entry = (key: string): OutboxEntry => ({ key, recipientKey: 'u1', kind: 'staleAlert', payload: { body: [] }, status: 'pending', attempts: 0, createdAt: T0, nextAttemptAt: T0 });
const set = (key: string, change: Partial<OutboxEntry>): JournalOp => ({ op: 'set', key, state: stateOf({ ...entry(key), ...change }) });

describe('a delivery commit', () => {
  it('applies all of its ops or, when one does not fit, none, and rejects rather than throws', async () => {
    const dir = await tempDataDir();
    const steps: DeliveryWriteStep[] = [];
    const db = await openDeliveryDb(join(dir, 'delivery.json'), { onStep: (step) => steps.push(step) });
    await db.commit([{ op: 'add', entry: entry('a') }]);
    steps.length = 0;
    const before = JSON.stringify(db.data);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const refused: [JournalOp[], RegExp][] = [
      [[set('a', { status: 'attempting', attempts: 1 }), set('missing', { status: 'attempting' })], /no outbox entry missing/],
      [[{ op: 'add', entry: entry('b') }, { op: 'add', entry: entry('a') }], /outbox entry a is already there/],
      [[{ op: 'add', entry: entry('b') }, { op: 'add', entry: entry('b') }], /outbox entry b is already there/],
      [[{ op: 'remove', keys: ['a'] }, set('a', { status: 'attempting' })], /no outbox entry a/],
      // Written, these would make the journal unreadable on the next open.
      [[set('a', { status: 'sent', conversationId: '' })], /not a valid delivery journal record \(ops\.0\.state\.conversationId/],
      [[set('a', { nextAttemptAt: -1 })], /not a valid delivery journal record/],
      [[{ op: 'add', entry: { ...entry('c'), payload: circular } }], /circular/i],
    ];
    for (const [ops, reason] of refused) {
      let committed: Promise<void> | undefined;
      expect(() => (committed = db.commit(ops))).not.toThrow();
      await expect(committed).rejects.toThrow(reason);
      expect(JSON.stringify(db.data)).toBe(before);
    }
    expect(steps).toEqual([]);

    // Within one commit, each op sees the entries as the ops before it left them.
    await db.commit([{ op: 'remove', keys: ['a'] }, { op: 'add', entry: entry('a') }, set('a', { status: 'attempting', attempts: 1 })]);
    await db.close();
    const reopened = await openDeliveryStore(dir);
    expect(reopened.outbox.all()).toEqual([{ ...entry('a'), status: 'attempting', attempts: 1 }]);
    await reopened.close();
  });

  it('leaves an entry as it was when its mark is refused', async () => {
    const dir = await tempDataDir();
    const store = await openDeliveryStore(dir);
    await store.outbox.enqueue([entry('a')], T0);
    await store.outbox.markAttempting('a', T0);
    await expect(store.outbox.markSent('a', { at: T0 + 1, conversationId: '' })).rejects.toThrow(/conversationId/);
    expect(store.outbox.get('a')).toMatchObject({ status: 'attempting', payload: { body: [] } });
    await expect(store.outbox.markDead('missing', { at: T0, error: 'x' })).rejects.toThrow(/no outbox entry missing/);
    await store.outbox.markSent('a', { at: T0 + 1, conversationId: 'a:1' });
    await store.close();
    const reopened = await openDeliveryStore(dir);
    expect(reopened.outbox.get('a')).toMatchObject({ status: 'sent', conversationId: 'a:1' });
    await reopened.close();
  });

  it('compacts once the journal would outgrow its limit in bytes, not in UTF-16 units', async () => {
    const appendOrCompact = async (text: string): Promise<DeliveryWriteStep['step'][]> => {
      const dir = await tempDataDir();
      const steps: DeliveryWriteStep[] = [];
      const store = await openDeliveryStore(dir, { compactAfterBytes: 800, onStep: (step) => steps.push(step) });
      steps.length = 0;
      const next: NewOutboxEntry = { key: 'a', recipientKey: 'u1', kind: 'staleAlert', payload: { text } };
      await store.outbox.enqueue([next], T0);
      const written = steps.map((step) => step.step);
      await store.close();
      return written;
    };
    // Either line is about 600 UTF-16 units; the accented one is about 1,000 bytes.
    expect(await appendOrCompact('e'.repeat(400))).toEqual(['journal-appending', 'journal-appended']);
    expect(await appendOrCompact('é'.repeat(400))).toEqual(['snapshot-temp-written', 'snapshot-renamed', 'compacted']);
  });
});
