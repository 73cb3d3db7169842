import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { syncDirectory } from '../../../src/store/atomicFile.js';
import { openDeliveryDb } from '../../../src/store/delivery/deliveryDb.js';
import type { OutboxEntry } from '../../../src/store/delivery/deliverySchema.js';
import { stateOf } from '../../../src/store/delivery/journalOps.js';
import { tempDataDir } from '../storeFixtures.js';

// What the delivery store fsyncs, in order with its write steps; atomicFile's own snapshot renames are not seen here.
const trace = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/store/atomicFile.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/store/atomicFile.js')>();
  return {
    ...actual,
    syncDirectory: async (directory: string) => {
      await actual.syncDirectory(directory);
      trace.push(`directory synced: ${readdirSync(directory).filter((name) => name.endsWith('.jsonl')).join(' ')}`);
    },
  };
});

const T0 = Date.parse('2026-11-03T08:00:00Z');
const entry: OutboxEntry = { key: 'a', recipientKey: 'u1', kind: 'staleAlert', payload: {}, status: 'pending', attempts: 0, createdAt: T0, nextAttemptAt: T0 };

describe('the durability of the delivery files', () => {
  it('flushes the directory once a new journal file is created, before it confirms a commit', async () => {
    const dir = await tempDataDir();
    const db = await openDeliveryDb(join(dir, 'delivery.json'), {
      onStep: (step) => trace.push(step.step === 'journal-appending' || step.step === 'journal-appended' ? `${step.step} ${step.file.slice(dir.length + 1)}` : step.step),
    });
    trace.length = 0;
    await db.commit([{ op: 'add', entry }]);
    await db.commit([{ op: 'set', key: 'a', state: stateOf({ ...entry, status: 'attempting', attempts: 1 }) }]);
    await db.compact();
    await db.commit([{ op: 'set', key: 'a', state: stateOf({ ...entry, status: 'sent', attempts: 1, sentAt: T0 }) }]);
    expect(trace).toEqual([
      'journal-appending delivery.1.jsonl', 'directory synced: delivery.1.jsonl', 'journal-appended delivery.1.jsonl',
      'journal-appending delivery.1.jsonl', 'journal-appended delivery.1.jsonl',
      'snapshot-temp-written', 'snapshot-renamed', 'compacted',
      'journal-appending delivery.2.jsonl', 'directory synced: delivery.2.jsonl', 'journal-appended delivery.2.jsonl',
    ]);
    await db.close();
  });

  it('syncs a directory, and reports a failure other than the platform not supporting it', async () => {
    const dir = await tempDataDir();
    await expect(syncDirectory(dir)).resolves.toBeUndefined();
    if (process.platform !== 'win32') await expect(syncDirectory(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
