/**
 * Crash images for the delivery store: at each write step (see `DeliveryWriteStep`) the data
 * directory is copied as it is, which is what a process killed at that instant leaves on
 * disk. `torn` derives the images a crash in the middle of a write leaves: half a journal
 * line, or half a snapshot temp file next to a journal whose last line is cut short.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach } from 'vitest';
import type { DeliveryWriteStep } from '../../../src/store/delivery/deliveryStore.js';

export interface CrashImage {
  /** What was about to happen or had just happened, e.g. `journal-appended`. */
  step: DeliveryWriteStep['step'];
  dir: string;
  /** Set by the test when the image is taken (what the live side knew then). */
  label: number;
  /** Whether a write was cut short in it (then opening it warns). */
  torn: boolean;
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of `dir` as it is now: what a crash at this instant would leave. */
export function copyOf(dir: string): string {
  const image = mkdtempSync(join(tmpdir(), 'rapport-crash-'));
  made.push(image);
  cpSync(dir, image, { recursive: true });
  return image;
}

/** An `onStep` that images `dir` at each step; `label()` tags each image (e.g. the index of the operation under way). */
export function imager(dir: string, label: () => number): { onStep: (step: DeliveryWriteStep) => void; images: CrashImage[] } {
  const images: CrashImage[] = [];
  const onStep = (step: DeliveryWriteStep): void => {
    const image: CrashImage = { step: step.step, dir: copyOf(dir), label: label(), torn: false };
    images.push(image);
    if (step.step === 'journal-appending') {
      // The same instant, but the write had begun: half of the line reached the file.
      const torn = { ...image, dir: copyOf(image.dir), torn: true };
      appendFileSync(join(torn.dir, basename(step.file)), step.text.slice(0, Math.max(1, Math.floor(step.text.length / 2))));
      images.push(torn);
    }
    if (step.step === 'snapshot-temp-written') {
      // Mid-compaction, with the snapshot temp file half written and the journal's last line torn.
      const torn = { ...image, dir: copyOf(image.dir), torn: true };
      const temp = join(torn.dir, basename(step.temp));
      truncateSync(temp, Math.floor(readFileSync(temp).length / 2));
      appendFileSync(join(torn.dir, journalOf(torn.dir)), '{"ops":[{"op":"set","key":');
      images.push(torn);
    }
  };
  return { onStep, images };
}

/** The journal file of the snapshot in `dir`. */
function journalOf(dir: string): string {
  if (!existsSync(join(dir, 'delivery.json'))) return 'delivery.0.jsonl';
  const snapshot = JSON.parse(readFileSync(join(dir, 'delivery.json'), 'utf8')) as { journal?: number };
  return `delivery.${snapshot.journal ?? 0}.jsonl`;
}
