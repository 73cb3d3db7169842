/**
 * Tenant admin consent: the link with a signed, expiring state, the callback that records the
 * answer (forged, expired and replayed states refused), and the status the admin asks for.
 */
import type { AdminRepository } from '../../store/adminRepository.js';
import type { ConsentRecord } from '../../store/stateSchema.js';
import type { ConsentCallbackOutcome, ConsentService, ConsentStatus } from './adminServices.js';
import { CONSENT_STATE_LIFETIME_MS, signConsentState, verifyConsentState, type ConsentStatePayload } from './consentState.js';

export const CONSENT_CALLBACK_PATH = '/api/consent/callback';

export interface ConsentServiceDependencies {
  store: { admin: AdminRepository };
  /** The bot's public origin, e.g. https://bot.example.com (no trailing path). */
  publicUrl: string;
  /** Production: `adminConsentUrl(graphConfig, ...)`; demo: the simulator's `adminConsentUrl`. */
  consentUrl(redirectUri: string, state: string): string;
  expectedTenantId: string;
  /** The roles of a freshly issued app token; throws when the tenant cannot be asked. */
  checkRoles(): Promise<{ granted: string[]; missing: string[] }>;
  now(): number;
  nonce(): string;
  /** Called after consent is recorded, with the state's payload (who asked). */
  onConsentRecorded?(record: ConsentRecord, state: ConsentStatePayload): Promise<void> | void;
  lifetimeMs?: number;
}

type Refusal = Extract<ConsentCallbackOutcome, { ok: false }>;

const REFUSALS: Record<Refusal['reason'], { status: 400 | 403; message: string }> = {
  malformed: { status: 400, message: 'This consent answer is incomplete or garbled. Ask Rapport for a new consent link.' },
  forged: { status: 403, message: 'This consent answer was not issued by Rapport for this tenant and was ignored.' },
  expired: { status: 400, message: 'This consent link has expired (links are valid for one hour). Ask Rapport for a new one with "consent status".' },
  replayed: { status: 400, message: 'This consent answer was already recorded once and cannot be used again.' },
  denied: { status: 403, message: 'Consent was not given.' },
};

const refuse = (reason: Refusal['reason'], detail?: string): Refusal => ({
  ok: false,
  reason,
  status: REFUSALS[reason].status,
  message: detail ? `${REFUSALS[reason].message} ${detail}` : REFUSALS[reason].message,
});

export function createConsentService(deps: ConsentServiceDependencies): ConsentService {
  const lifetime = deps.lifetimeMs ?? CONSENT_STATE_LIFETIME_MS;
  const redirectUri = `${deps.publicUrl.replace(/\/+$/, '')}${CONSENT_CALLBACK_PATH}`;
  const sameTenant = (tenant: string) => tenant.trim().toLowerCase() === deps.expectedTenantId.trim().toLowerCase();

  return {
    async consentLink(requestedBy) {
      const issuedAt = deps.now();
      const state = signConsentState({ nonce: deps.nonce(), requestedBy, issuedAt, expiresAt: issuedAt + lifetime }, await deps.store.admin.signingKey());
      await deps.store.admin.recordConsentRequest(requestedBy, issuedAt);
      return deps.consentUrl(redirectUri, state);
    },

    async status(): Promise<ConsentStatus> {
      const record = deps.store.admin.consent();
      const base = { recordedAt: record.recordedAt, requestedAt: record.requestedAt };
      try {
        const { granted, missing } = await deps.checkRoles();
        return { ...base, granted: [...granted], missing: [...missing] };
      } catch (error) {
        return { ...base, granted: null, missing: [], error: error instanceof Error ? error.message : String(error) };
      }
    },

    async handleCallback(query) {
      const state = query.state;
      if (!state) return refuse('malformed');
      const now = deps.now();
      const checked = verifyConsentState(state, await deps.store.admin.signingKey(), now);
      if (typeof checked === 'string') return refuse(checked);
      // Spend the nonce whatever the answer, so that one link gives one answer.
      if ((await deps.store.admin.useConsentState(checked.nonce, checked.expiresAt, now)) === 'replayed') return refuse('replayed');
      if (query.error || query.admin_consent !== 'True') {
        const description = (query.error_description ?? query.error ?? '').split(/\r?\n/)[0]?.slice(0, 300);
        return refuse('denied', description ? `Microsoft Entra ID said: ${description}` : undefined);
      }
      const tenant = query.tenant ?? '';
      if (!sameTenant(tenant)) return refuse('forged');
      await deps.store.admin.recordConsent(tenant, now);
      await deps.onConsentRecorded?.(deps.store.admin.consent(), checked);
      return { ok: true, tenantId: tenant, recordedAt: now };
    },
  };
}
