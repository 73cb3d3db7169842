/** The admin part of the state file (schema v2): what admins configure in chat. */
import { z } from 'zod';
import { DATASET_FILE_PATTERN } from './fileNames.js';

/** When enrichment runs (mirrors jobs/runs/schedule.ts RunSchedule). */
export type StoredSchedule =
  | { cadence: 'weekly'; day: 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday'; time: string }
  | { cadence: 'daily'; time: string }
  | { cadence: 'off' };

/** Which dataset columns hold each field (column names as in the header row). */
export interface StoredFieldMapping {
  email: string;
  accountId: string;
  accountName?: string;
  domain?: string;
  owner?: string;
}

/** The account engagement enrichment, as the admin saved it in the wizard. */
export interface EnrichmentSettings {
  name: string;
  outputTable: string;
  /** Users and groups as the admin entered them. */
  mailboxEntries: string[];
  /** Distinct mailboxes they resolved to when saved; null when the directory could not be read yet (no consent). */
  mailboxCount: number | null;
  datasetId: string;
  fieldMapping: StoredFieldMapping;
  region: string;
  agreedAt: number;
  savedAt: number;
  /** The admin's user key. */
  savedBy: string;
}

/** A consent `state` already used by a callback: a replay is refused until it would have expired anyway. */
export interface UsedConsentState {
  nonce: string;
  expiresAt: number;
}

export interface ConsentRecord {
  requestedAt: number | null;
  /** The admin's user key. */
  requestedBy: string | null;
  /** When consent was recorded: confirmed with an app token (its roles, or a scoped read). */
  recordedAt: number | null;
  tenantId: string | null;
  usedStates: UsedConsentState[];
  /**
   * When the callback reported consent that the app token could not confirm yet (it is
   * re-checked until it can); null or absent otherwise, and in files written before.
   */
  pendingSince?: number | null;
}

/** Relationship intelligence (who knows whom, health), as the admin enabled it. */
export interface RelationshipSettings {
  enabledAt: number;
  enabledBy: string;
  /** Groups whose members' mail and calendars feed who-knows-whom and health. */
  groups: string[];
  /**
   * The groups' members with a mailbox (lower-cased addresses) as resolved when saved: only they
   * are offered as introducers. Absent in settings saved before it was kept: nobody is offered then.
   */
  members?: string[];
  /** Off: no individual ties are built. */
  exchangeIntegration: boolean;
  /** Regions whose Exchange data may be used. */
  exchangeRegions: string[];
  /** When the identifiable-insights consent was given; null while pending. */
  identifiableConsentAt: number | null;
  /** When who-knows-whom and the Exchange part switched off for lack of consent; null while on. */
  switchedOffAt: number | null;
}

/** A customer dataset (CSV) the wizard can pick: a file under `DATA_DIR/datasets/`. */
export interface RegisteredDataset {
  id: string;
  name: string;
  fileName: string;
  columns: string[];
  rows: number;
  registeredAt: number;
  /** A user key, or `system` for the demo's and configured datasets. */
  registeredBy: string;
}

/** The monitored mailboxes of the last run (the Office_UserEntity table). */
export interface DirectoryEntity {
  address: string;
  objectId: string;
  displayName: string;
}

export interface DirectorySnapshot {
  runId: string;
  takenAt: number;
  mailboxes: DirectoryEntity[];
}

/** A run's progress card in a conversation: after a restart the resumed run keeps updating it. */
export interface StoredProgressCard {
  runId: string;
  activityId: string;
  /** botbuilder's ConversationReference, as stored for proactive sends. */
  reference: Record<string, unknown>;
  locale?: string;
}

export interface AdminState {
  enrichment: EnrichmentSettings | null;
  consent: ConsentRecord;
  schedule: StoredSchedule;
  relationship: RelationshipSettings | null;
  datasets: RegisteredDataset[];
  directory: DirectorySnapshot | null;
  /** Signs consent `state` values; made once (random) when first needed. */
  signingKey: string | null;
  /** Absent in files written before progress cards were kept. */
  progressCards?: StoredProgressCard[];
}

export const DEFAULT_STORED_SCHEDULE: StoredSchedule = Object.freeze({ cadence: 'weekly', day: 'Monday', time: '06:00' });

export function emptyAdminState(): AdminState {
  return {
    enrichment: null,
    consent: { requestedAt: null, requestedBy: null, recordedAt: null, tenantId: null, usedStates: [] },
    schedule: { ...DEFAULT_STORED_SCHEDULE },
    relationship: null,
    datasets: [],
    directory: null,
    signingKey: null,
  };
}

const time = z.number().finite();
const count = z.number().int().nonnegative();

const schedule = z.discriminatedUnion('cadence', [
  z.object({ cadence: z.literal('weekly'), day: z.enum(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']), time: z.string() }),
  z.object({ cadence: z.literal('daily'), time: z.string() }),
  z.object({ cadence: z.literal('off') }),
]);

const fieldMapping = z.object({
  email: z.string(), accountId: z.string(), accountName: z.string().optional(), domain: z.string().optional(), owner: z.string().optional(),
});

export const adminStateSchema: z.ZodType<AdminState> = z.object({
  enrichment: z.object({
    name: z.string(), outputTable: z.string(), mailboxEntries: z.array(z.string()), mailboxCount: count.nullable(),
    datasetId: z.string(), fieldMapping, region: z.string(), agreedAt: time, savedAt: time, savedBy: z.string(),
  }).nullable(),
  consent: z.object({
    requestedAt: time.nullable(), requestedBy: z.string().nullable(), recordedAt: time.nullable(), tenantId: z.string().nullable(),
    usedStates: z.array(z.object({ nonce: z.string(), expiresAt: time })), pendingSince: time.nullable().optional(),
  }),
  schedule,
  relationship: z.object({
    enabledAt: time, enabledBy: z.string(), groups: z.array(z.string()), members: z.array(z.string()).optional(), exchangeIntegration: z.boolean(),
    exchangeRegions: z.array(z.string()), identifiableConsentAt: time.nullable(), switchedOffAt: time.nullable(),
  }).nullable(),
  datasets: z.array(z.object({
    id: z.string(), name: z.string(), fileName: z.string().regex(DATASET_FILE_PATTERN), columns: z.array(z.string()), rows: count,
    registeredAt: time, registeredBy: z.string(),
  })),
  directory: z.object({
    runId: z.string(), takenAt: time,
    mailboxes: z.array(z.object({ address: z.string(), objectId: z.string(), displayName: z.string() })),
  }).nullable(),
  signingKey: z.string().nullable(),
  progressCards: z.array(z.object({
    runId: z.string(), activityId: z.string(), reference: z.record(z.string(), z.unknown()), locale: z.string().optional(),
  })).optional(),
});
