/**
 * Consent the callback reported but no app token confirmed yet (Entra ID can take minutes to
 * put new roles into tokens): checked again every few minutes for a day, through the consent
 * service's status, which records consent once confirmed, and so starts the first run.
 */
import type { RapportStore } from '../../store/rapportStore.js';
import type { Timer } from '../runs/timer.js';
import type { ConsentService } from './adminServices.js';

export const CONFIRMATION_INTERVAL_MS = 5 * 60_000;
/** After a day of checks, "consent status" (and the admin) takes over. */
export const CONFIRMATION_PERIOD_MS = 24 * 60 * 60_000;

export interface ConsentConfirmation {
  /** Arms the next check if consent is pending; call at start and when the callback recorded it pending. */
  watch(): void;
  stop(): void;
}

export function consentConfirmation(options: {
  store: RapportStore;
  consent: Pick<ConsentService, 'status'>;
  timer: Timer;
  logError: (message: string) => void;
}): ConsentConfirmation {
  const { store, timer } = options;
  let cancel: (() => void) | null = null;
  let stopped = false;

  const pendingSince = (): number | null => {
    const record = store.admin.consent();
    return record.recordedAt === null ? record.pendingSince ?? null : null;
  };

  const check = async () => {
    cancel = null;
    try {
      await options.consent.status();
    } catch (error) {
      options.logError(`pending consent could not be checked: ${(error as Error).message}`);
    }
    watch();
  };

  function watch(): void {
    cancel?.();
    cancel = null;
    const since = pendingSince();
    if (stopped || since === null || timer.now() - since >= CONFIRMATION_PERIOD_MS) return;
    cancel = timer.at(timer.now() + CONFIRMATION_INTERVAL_MS, () => void check());
  }

  return {
    watch,
    stop() {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
}
