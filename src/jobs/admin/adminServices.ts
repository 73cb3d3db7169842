/**
 * What the admin conversations need from the rest of Rapport, as interfaces: the bot's
 * dialogs and commands call these; `main.ts` composes their implementations (Graph or the
 * demo's simulator behind them). No botbuilder here.
 */
import type { AdminConfig } from '../../config.js';
import type { DirectoryMailbox, MemberWithoutMailbox } from '../../sources/graph/directory.js';
import type { AccessMode } from '../../sources/graph/mailboxAccess.js';
import type {
  EnrichmentSettings, RegisteredDataset, RelationshipSettings, RunRecord, StoredFieldMapping, StoredSchedule,
} from '../../store/rapportStore.js';
import type { RunStart } from '../runs/runCoordinator.js';
import type { RunProgressEvent } from '../runs/runProgress.js';

/** Configured users and groups, resolved through the directory. */
export type DirectoryAnswer =
  | { kind: 'resolved'; mailboxes: DirectoryMailbox[]; unknownEntries: string[]; withoutMailbox: MemberWithoutMailbox[] }
  /** The directory cannot be read (no consent yet, tenant unreachable): `reason` says why, for the admin. */
  | { kind: 'unavailable'; reason: string };

export interface DirectoryLookup {
  /** Never throws for bad entries: unknown ones are listed. The 2..2,500 rule is the caller's. */
  resolve(entries: readonly string[]): Promise<DirectoryAnswer>;
}

/** How many of a column's values are email addresses. */
export interface EmailShare {
  column: string;
  /** Non-empty values looked at. */
  sampled: number;
  emails: number;
  /** emails / sampled, 0 when nothing was sampled. */
  share: number;
}

export type DatasetUpload = { ok: true; dataset: RegisteredDataset } | { ok: false; error: string };

export interface DatasetCatalog {
  list(): RegisteredDataset[];
  get(id: string): RegisteredDataset | undefined;
  /** A CSV (header row first) uploaded in chat: checked, stored and registered. */
  register(name: string, csv: string, registeredBy: string): Promise<DatasetUpload>;
  /** Fetches a file the user attached in Teams (its download URL) and registers it. */
  registerFromUrl(name: string, downloadUrl: string, registeredBy: string): Promise<DatasetUpload>;
  emailShare(datasetId: string, column: string): Promise<EmailShare>;
}

/** Which grant gives Rapport its mailbox access, and how far it reaches, as the last check found. */
export interface MailboxAccessSummary {
  mode: AccessMode;
  /** Configured mailboxes probed, and those readable (mail and calendar). */
  configured: number;
  readable: number;
  /** Configured mailboxes that answered 403: outside the Exchange RBAC scope. */
  outsideScope: string[];
  /** Tenant-wide roles that widen an Exchange RBAC scope to every mailbox. */
  widening: string[];
}

export interface ConsentStatus {
  /** When consent was recorded (confirmed with an app token); null before. */
  recordedAt: number | null;
  requestedAt: number | null;
  /** When the callback reported consent that the app token has not confirmed yet; null or absent when none is pending. */
  pendingSince?: number | null;
  /** What the app's token carries now; null when the tenant could not be asked. */
  granted: string[] | null;
  /** What Rapport needs and neither the token nor an Exchange RBAC scope grants. */
  missing: string[];
  /** Absent when the tenant could not be asked. */
  access?: MailboxAccessSummary;
  /** Why the roles could not be checked, for the admin. */
  error?: string;
}

export type ConsentCallbackOutcome =
  /** `confirmed`: false when the app token did not confirm the consent yet (recorded as pending). */
  | { ok: true; tenantId: string; recordedAt: number; confirmed: boolean }
  | { ok: false; status: 400 | 403; reason: 'forged' | 'expired' | 'replayed' | 'denied' | 'malformed'; message: string };

export interface ConsentService {
  /** The admin-consent URL to hand to a tenant admin, with a signed, expiring `state`. */
  consentLink(requestedBy: string): Promise<string>;
  /** Checks the app's access now, and records consent once an app token confirms it. */
  status(): Promise<ConsentStatus>;
  /** `GET /api/consent/callback`'s query, checked and recorded. */
  handleCallback(query: Readonly<Record<string, string | undefined>>): Promise<ConsentCallbackOutcome>;
}

export interface RunService {
  runNow(): Promise<RunStart>;
  /** The run under way, if any, with its last progress. */
  current(): { runId: string; startedAt: number; lastProgress: RunProgressEvent | null } | null;
  schedule(): StoredSchedule;
  setSchedule(schedule: StoredSchedule): Promise<void>;
  /** When the next scheduled run is due; null when none is (off, no consent, nothing configured). */
  nextRunAt(): number | null;
  history(limit?: number): RunRecord[];
  /** Progress of every run, scheduled or on demand; returns an unsubscribe function. */
  onProgress(listener: (runId: string, event: RunProgressEvent) => void): () => void;
}

/** What the wizards save; saving the enrichment re-arms the schedule (the switch-off watch reads the settings at every check). */
export interface SettingsService {
  enrichment(): EnrichmentSettings | null;
  saveEnrichment(settings: EnrichmentSettings): Promise<void>;
  relationship(): RelationshipSettings | null;
  saveRelationship(settings: RelationshipSettings): Promise<void>;
}

export interface AdminServices {
  config: AdminConfig;
  settings: SettingsService;
  directory: DirectoryLookup;
  datasets: DatasetCatalog;
  consent: ConsentService;
  runs: RunService;
  now(): number;
}

export type { StoredFieldMapping };
