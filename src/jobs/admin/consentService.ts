/**
 * Tenant admin consent: the link with a signed, expiring state, the callback (forged, expired
 * and replayed states refused), and the status the admin asks for. The callback's query alone
 * never records consent: an app token must confirm it (its roles, or a read inside an Exchange
 * RBAC scope); until then it is "pending confirmation", checked again by `status()`.
 */
import { accessConfirmed, type MailboxAccess } from '../../sources/graph/mailboxAccess.js';
import type { AdminRepository } from '../../store/adminRepository.js';
import type { ConsentRecord } from '../../store/stateSchema.js';
import type { ConsentCallbackOutcome, ConsentService, ConsentStatus } from './adminServices.js';
import { CONSENT_STATE_LIFETIME_MS, signConsentState, verifyConsentState } from './consentState.js';

export const CONSENT_CALLBACK_PATH = '/api/consent/callback';

export interface ConsentServiceDependencies {
  store: { admin: AdminRepository };
  /** The bot's public origin, e.g. https://bot.example.com (no trailing path). */
  publicUrl: string;
  /** Production: `adminConsentUrl(graphConfig, ...)`; demo: the simulator's `adminConsentUrl`. */
  consentUrl(redirectUri: string, state: string): string;
  expectedTenantId: string;
  /** The app's access now (fresh token, probe reads of the configured mailboxes); throws when the tenant cannot be asked. */
  checkAccess(): Promise<MailboxAccess>;
  now(): number;
  nonce(): string;
  /** Called once consent is recorded (confirmed), with who asked for it. */
  onConsentRecorded?(record: ConsentRecord, requestedBy: string | null): Promise<void> | void;
  /** Called when the callback reported consent the app token could not confirm yet. */
  onConsentPending?(record: ConsentRecord, requestedBy: string): Promise<void> | void;
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
      let access: MailboxAccess;
      try {
        access = await deps.checkAccess();
      } catch (error) {
        const record = deps.store.admin.consent();
        return { ...recordTimes(record), granted: null, missing: [], error: error instanceof Error ? error.message : String(error) };
      }
      const before = deps.store.admin.consent();
      // Confirmed by the token, whether or not the callback came through (a managed identity has no consent page).
      if (before.recordedAt === null && accessConfirmed(access)) await record(before.tenantId ?? deps.expectedTenantId, before.requestedBy);
      return { ...recordTimes(deps.store.admin.consent()), granted: [...access.roles], missing: [...access.missing], access: summary(access) };
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
      if (await confirmedNow()) {
        await record(tenant, checked.requestedBy);
        return { ok: true, tenantId: tenant, recordedAt: now, confirmed: true };
      }
      await deps.store.admin.recordConsentPending(tenant, now, checked.requestedBy);
      await deps.onConsentPending?.(deps.store.admin.consent(), checked.requestedBy);
      return { ok: true, tenantId: tenant, recordedAt: now, confirmed: false };
    },
  };

  /** Whether an app token confirms consent right now; a tenant that cannot be asked confirms nothing. */
  async function confirmedNow(): Promise<boolean> {
    try {
      return accessConfirmed(await deps.checkAccess());
    } catch {
      return false;
    }
  }

  async function record(tenant: string, requestedBy: string | null): Promise<void> {
    await deps.store.admin.recordConsent(tenant, deps.now());
    await deps.onConsentRecorded?.(deps.store.admin.consent(), requestedBy);
  }
}

function recordTimes(record: ConsentRecord): Pick<ConsentStatus, 'recordedAt' | 'requestedAt' | 'pendingSince'> {
  return { recordedAt: record.recordedAt, requestedAt: record.requestedAt, pendingSince: record.recordedAt === null ? record.pendingSince ?? null : null };
}

function summary(access: MailboxAccess): NonNullable<ConsentStatus['access']> {
  return { mode: access.mode, configured: access.probed, readable: access.readable, outsideScope: [...access.outsideScope], widening: [...access.widening] };
}
