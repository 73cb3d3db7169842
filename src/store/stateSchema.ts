/**
 * The state file's shape (schema version 3): small records written often. Types are the
 * repositories' public records; the zod schema checks what is read back from disk.
 */
import { z } from 'zod';
import { adminStateSchema, emptyAdminState, type AdminState } from './adminSchema.js';
import { DOWNLOAD_TOKEN_PATTERN, RUN_ID_PATTERN } from './fileNames.js';

export * from './adminSchema.js';

export const STATE_VERSION = 3;

export type ConversationType = 'personal' | 'groupChat' | 'channel';

export interface StoredReference {
  userKey: string;
  aadObjectId?: string;
  /** Lower-cased. */
  email?: string;
  name?: string;
  conversationType: ConversationType;
  /** A botbuilder ConversationReference, stored as plain JSON. */
  reference: unknown;
  updatedAt: number;
}

export interface Watch {
  userKey: string;
  accountId: string;
}

export interface SavedSegment {
  name: string;
  expression: string;
  savedAt: number;
}

export interface UserSegment extends SavedSegment {
  userKey: string;
}

export interface Person {
  /** Lower-cased. */
  email: string;
  name: string;
  userKey: string;
}

export type IntroStatus = 'pending' | 'accepted' | 'declined';

export interface IntroRequest {
  id: string;
  requester: Person;
  /** The introducer's email, lower-cased. */
  introducer: string;
  accountId: string;
  person?: string;
  note?: string;
  createdAt: number;
  status: IntroStatus;
  answeredAt?: number;
  answerNote?: string;
  /** Who answered (lower-cased email): the bot checks it is the introducer before answering. */
  answeredBy?: string;
}

export interface DownloadLink {
  token: string;
  fileName: string;
  createdAt: number;
  expiresAt: number;
}

export interface RunRecord {
  id: string;
  startedAt: number;
  finishedAt: number;
  status: 'succeeded' | 'failed';
  mailboxes: number;
  emails: number;
  meetings: number;
  accounts: number;
  error?: string;
}

export interface InsightsPointer {
  /** The run whose insights the bot answers from. */
  current: string | null;
  /** Runs whose insights files are on disk, oldest first. */
  saved: string[];
}

/** An account as a person last saw it ("what's new" compares against it). */
export interface SeenAccount {
  accountId: string;
  score: number;
  stale: boolean;
}

/** What a person saw the last time they asked what's new: their accounts in one run's results. */
export interface SeenSnapshot {
  userKey: string;
  /** The results' date (`asOf`) they saw. */
  asOf: number;
  seenAt: number;
  accounts: SeenAccount[];
}

/** A botbuilder Storage item (dialog and conversation state), with its eTag. */
export type StorageItem = Record<string, unknown> & { eTag: string };

export interface StateData {
  version: typeof STATE_VERSION;
  personalReferences: StoredReference[];
  conversationReferences: StoredReference[];
  optedOut: string[];
  watches: Watch[];
  segments: UserSegment[];
  introductions: IntroRequest[];
  downloads: DownloadLink[];
  runs: RunRecord[];
  insights: InsightsPointer;
  admin: AdminState;
  /** botbuilder Storage items by key: dialog state that survives a restart. */
  dialogs: Record<string, StorageItem>;
  /** Per person, what they saw the last time they asked what's new. */
  seen: SeenSnapshot[];
}

export function emptyState(): StateData {
  return {
    version: STATE_VERSION,
    personalReferences: [],
    conversationReferences: [],
    optedOut: [],
    watches: [],
    segments: [],
    introductions: [],
    downloads: [],
    runs: [],
    insights: { current: null, saved: [] },
    admin: emptyAdminState(),
    dialogs: {},
    seen: [],
  };
}

const time = z.number().finite();
const count = z.number().int().nonnegative();
const runId = z.string().regex(RUN_ID_PATTERN);

export const storedReferenceSchema = z.object({
  userKey: z.string(),
  aadObjectId: z.string().optional(),
  email: z.string().optional(),
  name: z.string().optional(),
  conversationType: z.enum(['personal', 'groupChat', 'channel']),
  reference: z.json(),
  updatedAt: time,
});

const person = z.object({ email: z.string(), name: z.string(), userKey: z.string() });

const introRequest = z.object({
  id: z.string(),
  requester: person,
  introducer: z.string(),
  accountId: z.string(),
  person: z.string().optional(),
  note: z.string().optional(),
  createdAt: time,
  status: z.enum(['pending', 'accepted', 'declined']),
  answeredAt: time.optional(),
  answerNote: z.string().optional(),
  answeredBy: z.string().optional(),
});

export const runRecordSchema = z.object({
  id: z.string(),
  startedAt: time,
  finishedAt: time,
  status: z.enum(['succeeded', 'failed']),
  mailboxes: count,
  emails: count,
  meetings: count,
  accounts: count,
  error: z.string().optional(),
});

export const stateSchema: z.ZodType<StateData> = z.object({
  version: z.literal(STATE_VERSION),
  personalReferences: z.array(storedReferenceSchema),
  conversationReferences: z.array(storedReferenceSchema),
  optedOut: z.array(z.string()),
  watches: z.array(z.object({ userKey: z.string(), accountId: z.string() })),
  segments: z.array(z.object({ userKey: z.string(), name: z.string(), expression: z.string(), savedAt: time })),
  introductions: z.array(introRequest),
  downloads: z.array(z.object({ token: z.string().regex(DOWNLOAD_TOKEN_PATTERN), fileName: z.string(), createdAt: time, expiresAt: time })),
  runs: z.array(runRecordSchema),
  insights: z.object({ current: runId.nullable(), saved: z.array(runId) }),
  admin: adminStateSchema,
  dialogs: z.record(z.string(), z.looseObject({ eTag: z.string() })) as z.ZodType<Record<string, StorageItem>>,
  seen: z.array(z.object({
    userKey: z.string(),
    asOf: time,
    seenAt: time,
    accounts: z.array(z.object({ accountId: z.string(), score: z.number().finite(), stale: z.boolean() })),
  })),
});
