import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DELIVERY_FILE_NAME, openDeliveryStore, type NewOutboxEntry } from '../../../src/store/delivery/deliveryStore.js';
import { StateFileError } from '../../../src/store/storeErrors.js';
import { tempDataDir } from '../storeFixtures.js';

const T0 = Date.parse('2026-11-03T08:00:00Z');
const entry = (key: string, recipientKey = 'u1'): NewOutboxEntry => ({ key, recipientKey, kind: 'staleAlert', accountId: 'contoso', payload: { type: 'AdaptiveCard', body: [] } });

describe('the delivery store', () => {
  it('enqueues each idempotency key once, in order, due at once', async () => {
    const dir = await tempDataDir();
    const store = await openDeliveryStore(dir, { now: () => T0 });
    expect(await store.outbox.enqueue([entry('a'), entry('b'), entry('a')], T0)).toBe(2);
    expect(await store.outbox.enqueue([entry('b'), entry('c')], T0)).toBe(1);
    expect(store.outbox.due(T0).map((e) => e.key)).toEqual(['a', 'b', 'c']);
    expect(store.outbox.get('a')).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: T0 });
    await store.close();
  });

  it('keeps every transition across a reopen, and drops the payload once sent', async () => {
    const dir = await tempDataDir();
    const store = await openDeliveryStore(dir);
    await store.outbox.enqueue([entry('sent'), entry('retry'), entry('dead'), entry('gone', 'u2')], T0);
    for (const key of ['sent', 'retry', 'dead', 'gone']) await store.outbox.markAttempting(key, T0);
    await store.outbox.markSent('sent', { at: T0 + 1, conversationId: 'a:1' });
    await store.outbox.markRetry('retry', { at: T0 + 1, nextAttemptAt: T0 + 5_000, statusCode: 503, error: 'ServiceUnavailable' });
    await store.outbox.markDead('dead', { at: T0 + 2, statusCode: 403, error: 'permanent: 403 Forbidden' });
    await store.outbox.markUnreachable('gone', { at: T0 + 3, error: 'no conversation' });
    await store.close();

    const reopened = await openDeliveryStore(dir);
    expect(reopened.outbox.get('sent')).toMatchObject({ status: 'sent', sentAt: T0 + 1, conversationId: 'a:1', payload: null, attempts: 1 });
    expect(reopened.outbox.get('retry')).toMatchObject({ status: 'pending', nextAttemptAt: T0 + 5_000, lastStatusCode: 503, attempts: 1 });
    expect(reopened.outbox.get('dead')).toMatchObject({ status: 'dead', finishedAt: T0 + 2, lastError: 'permanent: 403 Forbidden' });
    expect(reopened.outbox.get('gone')).toMatchObject({ status: 'unreachable', finishedAt: T0 + 3 });
    expect(reopened.outbox.due(T0 + 4_999)).toEqual([]);
    expect(reopened.outbox.nextDueAt()).toBe(T0 + 5_000);
    expect(await reopened.outbox.requeueUnreachable('u2', T0 + 10)).toBe(1);
    expect(reopened.outbox.due(T0 + 10).map((e) => e.key)).toEqual(['gone']);
    expect(await reopened.outbox.prune(T0 + 3)).toBe(2); // sent and dead finished before; the rest stays
    expect(reopened.outbox.all().map((e) => e.key)).toEqual(['retry', 'gone']);
    await reopened.close();
  });

  it('turns entries left mid-send back into pending ones, counted as interrupted', async () => {
    const dir = await tempDataDir();
    const store = await openDeliveryStore(dir);
    await store.outbox.enqueue([entry('a'), entry('b')], T0);
    await store.outbox.markAttempting('a', T0);
    await store.close(); // as if the process died before the answer came

    const reopened = await openDeliveryStore(dir);
    expect(reopened.outbox.get('a')).toMatchObject({ status: 'attempting' });
    expect(await reopened.outbox.recoverInterrupted(T0 + 60_000)).toBe(1);
    expect(reopened.outbox.get('a')).toMatchObject({ status: 'pending', attempts: 1, interrupted: 1, nextAttemptAt: T0 + 60_000 });
    await expect(reopened.outbox.markSent('b', { at: T0 })).rejects.toThrow(/is pending, not attempting/);
    await reopened.close();
  });

  it('commits a run (its stale set, digest time and messages) once', async () => {
    const dir = await tempDataDir();
    let now = T0;
    const store = await openDeliveryStore(dir, { now: () => now });
    const plan = { runId: 'r1', staleAccountIds: ['contoso'], includesDigest: true, entries: [entry('k1'), entry('k2')] };
    expect(await store.commitRun(plan)).toEqual({ enqueued: 2 });
    now += 1000;
    expect(await store.commitRun(plan)).toBeNull();
    await store.close();
    const reopened = await openDeliveryStore(dir);
    expect(reopened.alerts.lastRun()).toEqual({ runId: 'r1', plannedAt: T0, staleAccountIds: ['contoso'] });
    expect(reopened.alerts.lastDigestAt()).toBe(T0);
    expect(reopened.outbox.all()).toHaveLength(2);
    await reopened.close();
  });

  it('remembers snoozes (the latest per account) and mutes', async () => {
    const dir = await tempDataDir();
    const store = await openDeliveryStore(dir);
    await store.alerts.snooze('u1', 'contoso', T0);
    await store.alerts.snooze('u1', 'contoso', T0 + 30 * 86_400_000);
    expect(await store.alerts.mute('u1', 'fabrikam')).toBe(true);
    expect(await store.alerts.mute('u1', 'fabrikam')).toBe(false);
    await store.close();
    const reopened = await openDeliveryStore(dir);
    expect(reopened.alerts.snoozes()).toEqual([{ userKey: 'u1', accountId: 'contoso', until: T0 + 30 * 86_400_000 }]);
    expect(reopened.alerts.mutes()).toEqual([{ userKey: 'u1', accountId: 'fabrikam' }]);
    expect(await reopened.alerts.unmute('u1', 'fabrikam')).toBe(true);
    await reopened.close();
  });

  it('forgets the snoozes that no longer hold', async () => {
    const dir = await tempDataDir();
    const store = await openDeliveryStore(dir);
    await store.alerts.snooze('u1', 'contoso', T0);
    await store.alerts.snooze('u1', 'fabrikam', T0 + 1);
    await store.alerts.snooze('u2', 'contoso', T0 + 2);
    expect(await store.alerts.pruneExpiredSnoozes(T0 - 1)).toBe(0);
    expect(await store.alerts.pruneExpiredSnoozes(T0 + 1)).toBe(2); // a snooze holds while now < until
    await store.close();
    const reopened = await openDeliveryStore(dir);
    expect(reopened.alerts.snoozes()).toEqual([{ userKey: 'u2', accountId: 'contoso', until: T0 + 2 }]);
    await reopened.close();
  });

  it('refuses, and leaves untouched, a file that is corrupt, invalid or newer', async () => {
    const dir = await tempDataDir();
    const file = join(dir, DELIVERY_FILE_NAME);
    const store = await openDeliveryStore(dir);
    await store.outbox.enqueue([entry('a')], T0);
    await store.close();
    const valid = JSON.parse(await readFile(file, 'utf8')) as { outbox: unknown[]; version: number };

    const cases: [string, string][] = [
      ['{"version": 1, "outbox": [', 'corrupt'],
      [JSON.stringify({ ...valid, outbox: [...valid.outbox, valid.outbox[0]] }), 'corrupt'], // a key twice
      [JSON.stringify({ ...valid, outbox: [{ ...(valid.outbox[0] as object), status: 'lost' }] }), 'corrupt'],
      [JSON.stringify({ ...valid, version: 2 }), 'too-new'],
    ];
    for (const [content, problem] of cases) {
      await writeFile(file, content);
      const error = await openDeliveryStore(dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StateFileError);
      expect((error as StateFileError).problem).toBe(problem);
      expect(await readFile(file, 'utf8')).toBe(content);
    }
  });
});
