/**
 * The files of the delivery store, beside each other in DATA_DIR:
 *
 *   delivery.json        the snapshot: all of the data as of its `journal` generation
 *   delivery.<g>.jsonl   journal generation g: one line per commit since snapshot g
 *
 * A snapshot names the one journal that continues it. Compaction writes snapshot g+1 (temp
 * file, fsync, rename, directory fsync) and only then deletes journal g, so at any crash
 * point exactly one pair (snapshot, journal of its generation) is on disk and complete.
 * Journal g+1 is created by its first append, which flushes the directory before it resolves.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TEMP_SUFFIX, writeFileAtomically } from '../atomicFile.js';
import { StateFileError } from '../storeErrors.js';
import { DELIVERY_VERSION, deliverySchema, type DeliveryData } from './deliverySchema.js';
import { journalLineSchema, type JournalOp } from './journalOps.js';

const ISSUES_SHOWN = 3;
const JOURNAL_FILE = /^delivery\.(\d+)\.jsonl$/;

export const journalFile = (directory: string, generation: number): string => join(directory, `delivery.${generation}.jsonl`);

/** A point in a write, for crash tests: what is on disk is a state a crash could leave there. */
export type DeliveryWriteStep =
  | { step: 'journal-appending'; file: string; text: string }
  | { step: 'journal-appended'; file: string }
  | { step: 'snapshot-temp-written'; temp: string }
  | { step: 'snapshot-renamed'; file: string }
  | { step: 'compacted'; generation: number };

export interface Snapshot {
  data: DeliveryData;
  generation: number;
  bytes: number;
}

/** The snapshot, or null when there is none; one that is unreadable, invalid or newer is a `StateFileError`. */
export async function readSnapshot(file: string): Promise<Snapshot | null> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const text = content.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(file, 'corrupt', `is not valid JSON (${(error as Error).message})`);
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).version : undefined;
  if (typeof version === 'number' && version > DELIVERY_VERSION) {
    throw new StateFileError(file, 'too-new', `was written by a newer Rapport (delivery schema version ${version}; this build reads version ${DELIVERY_VERSION})`);
  }
  const parsed = deliverySchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, ISSUES_SHOWN).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    const more = parsed.error.issues.length > ISSUES_SHOWN ? `; and ${parsed.error.issues.length - ISSUES_SHOWN} more` : '';
    throw new StateFileError(file, 'corrupt', `does not match delivery schema version ${DELIVERY_VERSION} (${issues.join('; ')}${more})`);
  }
  const { journal, ...data } = parsed.data;
  return { data: data as DeliveryData, generation: journal ?? 0, bytes: content.length };
}

/** Writes the snapshot so that a reader sees the old one or the new one, never a part; durable before the old journal goes. */
export async function writeSnapshot(file: string, text: string, onStep: (step: DeliveryWriteStep) => void): Promise<void> {
  await writeFileAtomically(file, text, { beforeRename: (temp) => onStep({ step: 'snapshot-temp-written', temp }), syncDirectory: true });
  onStep({ step: 'snapshot-renamed', file });
}

export interface JournalFiles {
  generations: number[];
  /** Temp files of snapshot writes a crash interrupted. */
  temps: string[];
}

export async function listDeliveryFiles(snapshotFile: string): Promise<JournalFiles> {
  const directory = dirname(snapshotFile);
  const tempPrefix = `.${basename(snapshotFile)}.`;
  const names = await readdir(directory);
  const generations = names.flatMap((name) => {
    const match = JOURNAL_FILE.exec(name);
    return match ? [Number(match[1])] : [];
  });
  const temps = names.filter((name) => name.startsWith(tempPrefix) && name.endsWith(TEMP_SUFFIX)).map((name) => join(directory, name));
  return { generations: generations.sort((a, b) => a - b), temps };
}

export interface ReadJournal {
  commits: JournalOp[][];
  bytes: number;
  /** Why the last line was ignored: a commit whose write a crash cut short. */
  tornTail: string | null;
}

/**
 * The journal's commits in order. Only its last line may be unreadable: that is a write a
 * crash cut short, whose commit never resolved, so it is left out. A bad line before the
 * last is not a crash's doing, and the store refuses to open rather than lose what follows.
 */
export async function readJournal(file: string): Promise<ReadJournal> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { commits: [], bytes: 0, tornTail: null };
    throw error;
  }
  const lines = text.split('\n');
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === '') last--;
  const commits: JournalOp[][] = [];
  let tornTail: string | null = null;
  for (let index = 0; index <= last; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const problem = parseLine(line, commits);
    if (problem === null) continue;
    if (index < last) throw new StateFileError(file, 'corrupt', `has an unreadable record on line ${index + 1} of ${last + 1} (${problem})`);
    tornTail = `line ${index + 1}: ${problem}`;
  }
  return { commits, bytes: Buffer.byteLength(text, 'utf8'), tornTail };
}

function parseLine(line: string, commits: JournalOp[][]): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
  const parsed = journalLineSchema.safeParse(raw);
  if (!parsed.success) return `not a delivery journal record: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
  commits.push(parsed.data.ops as JournalOp[]);
  return null;
}
