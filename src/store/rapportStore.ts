/**
 * Rapport's persistence, opened once at start: the lowdb state file plus the per-run
 * insights files and download files beside it (see storePaths.ts for the layout).
 */
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { removeTempFiles } from './atomicFile.js';
import { adminRepository, type AdminRepository } from './adminRepository.js';
import { checkpointsDirectory, checkpointsRepository, type CheckpointsRepository } from './checkpointsRepository.js';
import { datasetsRepository, type DatasetsRepository } from './datasetsRepository.js';
import { dialogStorage, type DialogStorage } from './dialogStorage.js';
import { downloadsRepository, type DownloadsRepository } from './downloadsRepository.js';
import { insightsRepository, type InsightsRepository } from './insightsRepository.js';
import { introductionsRepository, type IntroductionsRepository } from './introductionsRepository.js';
import { preferencesRepository, type PreferencesRepository } from './preferencesRepository.js';
import { referencesRepository, type ReferencesRepository } from './referencesRepository.js';
import { runsRepository, type RunsRepository } from './runsRepository.js';
import { seenRepository, type SeenRepository } from './seenRepository.js';
import { segmentsRepository, type SegmentsRepository } from './segmentsRepository.js';
import { openStateDb } from './stateDb.js';
import { storePaths } from './storePaths.js';

export type { AdminRepository } from './adminRepository.js';
export type { DatasetsRepository, NewDataset } from './datasetsRepository.js';
export type { DialogStorage, StoreItems } from './dialogStorage.js';
export type { CheckpointsRepository, RunCheckpoint } from './checkpointsRepository.js';
export type { DownloadsRepository } from './downloadsRepository.js';
export type { InsightsRepository } from './insightsRepository.js';
export type { IntroAnswer, IntroductionsRepository, NewIntroRequest } from './introductionsRepository.js';
export type { PreferencesRepository } from './preferencesRepository.js';
export type { ReferencesRepository } from './referencesRepository.js';
export type { RunsRepository } from './runsRepository.js';
export type { SeenRepository } from './seenRepository.js';
export type { SegmentsRepository } from './segmentsRepository.js';
export type {
  AdminState, ConsentRecord, ConversationType, DirectoryEntity, DirectorySnapshot, EnrichmentSettings, IntroRequest, IntroStatus, Person,
  RegisteredDataset, RelationshipSettings, RunRecord, SavedSegment, SeenAccount, SeenSnapshot, StoredFieldMapping, StoredProgressCard, StoredReference, StoredSchedule,
} from './stateSchema.js';
export { DEFAULT_STORED_SCHEDULE } from './stateSchema.js';
export { InsightsFileError, StateFileError, StoreClosedError } from './storeErrors.js';
export { storePaths, type StorePaths } from './storePaths.js';

export interface StoreOptions {
  /** Milliseconds since the epoch; `Date.now` by default. */
  now?: () => number;
  /** `crypto.randomBytes` by default. */
  randomBytes?: (n: number) => Buffer;
}

export interface RapportStore {
  references: ReferencesRepository;
  preferences: PreferencesRepository;
  segments: SegmentsRepository;
  introductions: IntroductionsRepository;
  downloads: DownloadsRepository;
  runs: RunsRepository;
  insights: InsightsRepository;
  /** Checkpoints of unfinished runs, under `checkpoints/`. */
  checkpoints: CheckpointsRepository;
  /** What admins configured: enrichment, consent, schedule, relationship intelligence, directory. */
  admin: AdminRepository;
  /** Customer datasets the wizard can pick, under `datasets/`. */
  datasets: DatasetsRepository;
  /** botbuilder Storage for dialog state. */
  dialogs: DialogStorage;
  /** What each person saw when they last asked what's new. */
  seen: SeenRepository;
  /** Waits for writes under way; later writes are refused with `StoreClosedError`. */
  close(): Promise<void>;
}

/**
 * Opens the store in `dataDir` (created if missing). Refuses, without touching it, a
 * state file that is corrupt or from a newer version; migrates an older one. Sweeps
 * temp files of interrupted writes and purges expired download links.
 */
export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<RapportStore> {
  const now = options.now ?? Date.now;
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  const paths = storePaths(dataDir);
  await mkdir(dataDir, { recursive: true });
  const state = await openStateDb(paths.state);
  const checkpoints = checkpointsDirectory(dataDir);
  for (const directory of [paths.insights, paths.downloads, paths.datasets, checkpoints]) {
    await mkdir(directory, { recursive: true });
    await removeTempFiles(directory);
  }
  const downloads = downloadsRepository(state, paths.downloads, now, randomBytes);
  await downloads.purgeExpired();
  return {
    references: referencesRepository(state),
    preferences: preferencesRepository(state),
    segments: segmentsRepository(state, now),
    introductions: introductionsRepository(state, now),
    downloads,
    runs: runsRepository(state),
    insights: insightsRepository(state, paths.insights, now),
    checkpoints: checkpointsRepository(state, checkpoints),
    admin: adminRepository(state, randomBytes),
    datasets: datasetsRepository(state, paths.datasets, now, randomBytes),
    dialogs: dialogStorage(state),
    seen: seenRepository(state),
    close: () => state.close(),
  };
}
