/**
 * What admins configure in chat: the enrichment, tenant consent, the run schedule,
 * relationship intelligence and the last run's directory (Office_UserEntity).
 */
import type { StateDb } from './stateDb.js';
import type {
  ConsentRecord, DirectorySnapshot, EnrichmentSettings, RelationshipSettings, StoredProgressCard, StoredSchedule,
} from './stateSchema.js';

/** Bytes of the random key that signs consent `state` values. */
const SIGNING_KEY_BYTES = 32;

export interface AdminRepository {
  enrichment(): EnrichmentSettings | null;
  saveEnrichment(settings: EnrichmentSettings): Promise<void>;

  consent(): ConsentRecord;
  /** An admin asked for consent (the link was handed out). */
  recordConsentRequest(requestedBy: string, at: number): Promise<void>;
  /** Consent confirmed with an app token: recorded, no longer pending. */
  recordConsent(tenantId: string, at: number): Promise<void>;
  /** The callback reported consent that the app token cannot confirm yet; `requestedBy` asked for it. */
  recordConsentPending(tenantId: string, at: number, requestedBy: string): Promise<void>;
  /** Forgets recorded or pending consent (the token's roles were found missing again). */
  clearConsent(): Promise<void>;
  /**
   * Marks a consent `state` nonce used; 'replayed' when it was used before. Nonces past their
   * expiry (as of `now`) are forgotten: an expired state is refused by its signature anyway.
   */
  useConsentState(nonce: string, expiresAt: number, now: number): Promise<'ok' | 'replayed'>;

  schedule(): StoredSchedule;
  setSchedule(schedule: StoredSchedule): Promise<void>;

  relationship(): RelationshipSettings | null;
  saveRelationship(settings: RelationshipSettings | null): Promise<void>;

  directory(): DirectorySnapshot | null;
  saveDirectory(snapshot: DirectorySnapshot): Promise<void>;

  /** The key that signs consent states, made (random) on first use and kept. */
  signingKey(): Promise<string>;

  progressCards(): StoredProgressCard[];
  /** Remembers a card that follows a run (once per run and activity). */
  saveProgressCard(card: StoredProgressCard): Promise<void>;
  removeProgressCard(runId: string, activityId: string): Promise<void>;
}

const copy = <T>(value: T): T => structuredClone(value);

export function adminRepository(state: StateDb, randomBytes: (n: number) => Buffer): AdminRepository {
  const admin = () => state.data.admin;
  return {
    enrichment: () => copy(admin().enrichment),
    saveEnrichment: (settings) => state.update((data) => void (data.admin.enrichment = copy(settings))),

    consent: () => copy(admin().consent),
    recordConsentRequest: (requestedBy, at) => state.update((data) => {
      data.admin.consent.requestedBy = requestedBy;
      data.admin.consent.requestedAt = at;
    }),
    recordConsent: (tenantId, at) => state.update((data) => {
      data.admin.consent.recordedAt = at;
      data.admin.consent.tenantId = tenantId;
      data.admin.consent.pendingSince = null;
    }),
    recordConsentPending: (tenantId, at, requestedBy) => state.update((data) => {
      data.admin.consent.tenantId = tenantId;
      data.admin.consent.requestedBy = requestedBy;
      data.admin.consent.pendingSince ??= at;
    }),
    clearConsent: () => state.update((data) => {
      data.admin.consent.recordedAt = null;
      data.admin.consent.tenantId = null;
      data.admin.consent.pendingSince = null;
    }),
    useConsentState: (nonce, expiresAt, now) => state.update((data) => {
      const consent = data.admin.consent;
      consent.usedStates = consent.usedStates.filter((used) => used.expiresAt > now);
      if (consent.usedStates.some((used) => used.nonce === nonce)) return 'replayed' as const;
      consent.usedStates.push({ nonce, expiresAt });
      return 'ok' as const;
    }),

    schedule: () => copy(admin().schedule),
    setSchedule: (schedule) => state.update((data) => void (data.admin.schedule = copy(schedule))),

    relationship: () => copy(admin().relationship),
    saveRelationship: (settings) => state.update((data) => void (data.admin.relationship = copy(settings))),

    directory: () => copy(admin().directory),
    saveDirectory: (snapshot) => state.update((data) => void (data.admin.directory = copy(snapshot))),

    progressCards: () => copy(admin().progressCards ?? []),
    saveProgressCard: (card) => state.update((data) => {
      const others = (data.admin.progressCards ?? []).filter((other) => other.runId !== card.runId || other.activityId !== card.activityId);
      data.admin.progressCards = [...others, copy(card)];
    }),
    removeProgressCard: (runId, activityId) => state.update((data) => {
      data.admin.progressCards = (data.admin.progressCards ?? []).filter((card) => card.runId !== runId || card.activityId !== activityId);
    }),

    async signingKey() {
      const existing = admin().signingKey;
      if (existing) return existing;
      return state.update((data) => (data.admin.signingKey ??= randomBytes(SIGNING_KEY_BYTES).toString('base64url')));
    },
  };
}
