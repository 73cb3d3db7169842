import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDeliveryStore, type DeliveryStore, type DeliveryWriteStep, type NewOutboxEntry } from '../../../src/store/delivery/deliveryStore.js';
import { StateFileError } from '../../../src/store/storeErrors.js';
import { tempDataDir } from '../storeFixtures.js';
import { copyOf, imager } from './crashImages.js';

const T0 = Date.parse('2026-11-03T08:00:00Z');
const entry = (key: string, recipientKey = 'u1'): NewOutboxEntry => ({ key, recipientKey, kind: 'staleAlert', accountId: 'contoso', payload: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: key }] } });
const view = (store: DeliveryStore): unknown => JSON.parse(JSON.stringify({ outbox: store.outbox.all(), lastRun: store.alerts.lastRun(), snoozes: store.alerts.snoozes() }));
const journalFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.jsonl'));

describe('the delivery journal', () => {
  it('persists a send as two short appends, whatever the size of the outbox', async () => {
    const dir = await tempDataDir();
    const steps: DeliveryWriteStep[] = [];
    const store = await openDeliveryStore(dir, { onStep: (step) => steps.push(step) });
    await store.outbox.enqueue(Array.from({ length: 2_000 }, (_, i) => entry(`k${i}`, `u${i % 50}`)), T0);
    const snapshot = readFileSync(join(dir, 'delivery.json'), 'utf8');
    steps.length = 0;
    for (let i = 0; i < 100; i++) {
      await store.outbox.markAttempting(`k${i}`, T0);
      await store.outbox.markSent(`k${i}`, { at: T0 + 1 });
    }
    expect(steps.map((step) => step.step).filter((step) => step !== 'journal-appending' && step !== 'journal-appended')).toEqual([]);
    const appended = steps.flatMap((step) => (step.step === 'journal-appending' ? [step.text.length] : []));
    expect(appended).toHaveLength(200);
    expect(Math.max(...appended)).toBeLessThan(300);
    expect(readFileSync(join(dir, 'delivery.json'), 'utf8')).toBe(snapshot);
    await store.close();

    // Closing folds the journal into the snapshot.
    expect(journalFiles(dir)).toEqual([]);
    const reopened = await openDeliveryStore(dir);
    expect(reopened.outbox.due(T0)).toHaveLength(1_900);
    expect(reopened.outbox.get('k99')).toMatchObject({ status: 'sent', payload: null });
    await reopened.close();
  });

  it('shares one write among the changes made while another is under way', async () => {
    const dir = await tempDataDir();
    const steps: DeliveryWriteStep[] = [];
    const store = await openDeliveryStore(dir, { onStep: (step) => steps.push(step) });
    await store.outbox.enqueue(Array.from({ length: 40 }, (_, i) => entry(`k${i}`, `u${i}`)), T0);
    steps.length = 0;
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.outbox.markAttempting(`k${i}`, T0)));
    expect(steps.filter((step) => step.step === 'journal-appended').length).toBeLessThanOrEqual(2);
    await store.close();
  });

  it('reopens after a crash at any step of any write with every confirmed change and nothing else', async () => {
    const dir = await tempDataDir();
    let current = -1;
    const { onStep, images } = imager(dir, () => current);
    // A small threshold, so that some writes are compactions.
    const store = await openDeliveryStore(dir, { onStep, compactAfterBytes: 600 });
    const operations: (() => Promise<unknown>)[] = [
      () => store.outbox.enqueue([entry('a'), entry('b'), entry('c', 'u2')], T0),
      () => store.outbox.markAttempting('a', T0),
      () => store.outbox.markSent('a', { at: T0 + 1, conversationId: 'a:1' }),
      () => store.outbox.markAttempting('b', T0 + 2),
      () => store.outbox.markRetry('b', { at: T0 + 3, nextAttemptAt: T0 + 5_000, statusCode: 503, error: 'ServiceUnavailable' }),
      () => store.commitRun({ runId: 'r1', staleAccountIds: ['contoso'], includesDigest: true, entries: [entry('d'), entry('a')] }),
      () => store.outbox.markAttempting('c', T0 + 4),
      () => store.outbox.markUnreachable('c', { at: T0 + 5, error: 'no conversation' }),
      () => store.alerts.snooze('u1', 'contoso', T0 + 86_400_000),
      () => store.outbox.requeueUnreachable('u2', T0 + 6),
      () => store.outbox.markAttempting('d', T0 + 7),
      () => store.outbox.markDead('d', { at: T0 + 8, statusCode: 403, error: 'permanent: 403 Forbidden' }),
      () => store.outbox.prune(T0 + 10),
      () => store.outbox.markAttempting('c', T0 + 11),
      () => Promise.all([store.outbox.markAttempting('b', T0 + 5_000), store.outbox.markSent('c', { at: T0 + 12 })]),
    ];
    const states = [view(store)];
    for (const [index, operation] of operations.entries()) {
      current = index;
      await operation();
      states.push(view(store));
    }
    current = operations.length;
    states.push(view(store));
    await store.close();

    expect(new Set(images.map((image) => image.step))).toEqual(new Set(['journal-appending', 'journal-appended', 'snapshot-temp-written', 'snapshot-renamed', 'compacted']));
    expect(images.filter((image) => image.torn).length).toBeGreaterThan(10);
    for (const image of images) {
      const warnings: string[] = [];
      const reopened = await openDeliveryStore(image.dir, { onWarning: (message) => warnings.push(message) });
      // Until a write's last step, a crash leaves the state as it was before the write.
      const confirmed = image.step === 'journal-appending' || image.step === 'snapshot-temp-written' ? image.label : image.label + 1;
      expect(view(reopened), `${image.step} during operation ${image.label}${image.torn ? ' (torn)' : ''}`).toEqual(states[Math.max(0, confirmed)]);
      expect(warnings).toHaveLength(image.torn ? 1 : 0);
      if (image.torn) expect(warnings[0]).toMatch(/delivery\.\d+\.jsonl: ignored its last record, cut short by a crash/);
      await reopened.close();
      expect(journalFiles(image.dir)).toEqual([]);
      expect(readdirSync(image.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  });

  it('sends again, counted as interrupted, an entry whose sent mark a crash kept off the disk', async () => {
    const dir = await tempDataDir();
    let beforeSent: string | null = null;
    const store = await openDeliveryStore(dir, {
      onStep: (step) => {
        if (step.step === 'journal-appending' && step.text.includes('"status":"sent"')) beforeSent ??= copyOf(dir);
      },
    });
    await store.outbox.enqueue([entry('a'), entry('b')], T0);
    await store.outbox.markAttempting('a', T0);
    await store.outbox.markSent('a', { at: T0 + 1 });
    await store.close();

    const reopened = await openDeliveryStore(beforeSent!);
    expect(reopened.outbox.get('a')).toMatchObject({ status: 'attempting', attempts: 1 });
    expect(await reopened.outbox.recoverInterrupted(T0 + 10)).toBe(1);
    expect(reopened.outbox.due(T0 + 10).map((due) => due.key)).toEqual(['b', 'a']);
    expect(reopened.outbox.get('a')).toMatchObject({ status: 'pending', interrupted: 1 });
    await reopened.close();
  });

  it('ignores a torn last line with a warning, then folds the journal so the tear is gone', async () => {
    const dir = await tempDataDir();
    const store = await openDeliveryStore(dir);
    await store.outbox.enqueue([entry('a')], T0);
    await store.outbox.markAttempting('a', T0);
    const crashed = copyOf(dir);
    await store.close();
    const [journal] = journalFiles(crashed);
    appendFileSync(join(crashed, journal!), '{"ops":[{"op":"set","key":"a","state":{"status":"se');

    const warnings: string[] = [];
    const reopened = await openDeliveryStore(crashed, { onWarning: (message) => warnings.push(message) });
    expect(reopened.outbox.get('a')).toMatchObject({ status: 'attempting' });
    expect(warnings).toEqual([expect.stringMatching(/ignored its last record, cut short by a crash \(line 3: not valid JSON/)]);
    await reopened.close();
    expect(existsSync(join(crashed, journal!))).toBe(false);
    const again: string[] = [];
    await (await openDeliveryStore(crashed, { onWarning: (message) => again.push(message) })).close();
    expect(again).toEqual([]);
  });

  it('refuses, and leaves untouched, a journal damaged before its last line or without its snapshot', async () => {
    const dir = await tempDataDir();
    const store = await openDeliveryStore(dir);
    await store.outbox.enqueue([entry('a'), entry('b')], T0);
    await store.outbox.markAttempting('a', T0);
    const crashed = copyOf(dir);
    await store.close();
    const [journal] = journalFiles(crashed);
    const lines = readFileSync(join(crashed, journal!), 'utf8').split('\n');
    const damaged = [lines[0], '{"ops":[{"op":"lost"}]}', ...lines.slice(1)].join('\n');
    writeFileSync(join(crashed, journal!), damaged);
    const error = await openDeliveryStore(crashed).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StateFileError);
    expect((error as StateFileError).message).toMatch(/unreadable record on line 2 of 3/);
    expect(readFileSync(join(crashed, journal!), 'utf8')).toBe(damaged);

    const orphan = copyOf(dir);
    const generation = (JSON.parse(readFileSync(join(orphan, 'delivery.json'), 'utf8')) as { journal: number }).journal;
    writeFileSync(join(orphan, `delivery.${generation + 1}.jsonl`), `${lines[0]}\n`);
    const orphaned = await openDeliveryStore(orphan).catch((caught: unknown) => caught);
    expect((orphaned as StateFileError).problem).toBe('corrupt');
    expect((orphaned as StateFileError).message).toMatch(/is newer; its snapshot is missing/);
  });
});
