/** Persists the 14-day switch-off of relationship intelligence and watches for it. */
import type { RapportStore, RelationshipSettings } from '../../store/rapportStore.js';
import type { Timer } from '../runs/timer.js';
import { relationshipAvailability, switchOffAt } from './relationshipPolicy.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Switches off when due and returns the settings as saved (on disk); null on every other call,
 * so the caller tells the admin once. The read and the in-memory change happen in one tick,
 * so two checks racing cannot both switch off.
 */
export async function checkRelationshipSwitchOff(store: RapportStore, now: number): Promise<RelationshipSettings | null> {
  const settings = store.admin.relationship();
  if (!relationshipAvailability(settings, now).switchOffDue || settings === null) return null;
  const switchedOff = { ...settings, switchedOffAt: now };
  await store.admin.saveRelationship(switchedOff);
  return switchedOff;
}

export interface RelationshipWatchOptions {
  store: RapportStore;
  timer: Timer;
  /** Called once per switch-off, after it is on disk, with the settings as saved. */
  onSwitchedOff: (settings: RelationshipSettings) => void | Promise<void>;
  onError?: (error: unknown) => void;
}

/** Checks at start, then hourly and at the exact due instant; returns a stop function. */
export function startRelationshipWatch({ store, timer, onSwitchedOff, onError }: RelationshipWatchOptions): () => void {
  let cancel: (() => void) | null = null;
  let stopped = false;
  const check = async (): Promise<void> => {
    let failed = false;
    try {
      const switchedOff = await checkRelationshipSwitchOff(store, timer.now());
      if (switchedOff) await onSwitchedOff(switchedOff);
    } catch (error) {
      failed = true;
      onError?.(error);
    }
    if (stopped) return;
    const settings = store.admin.relationship();
    let next = timer.now() + HOUR_MS;
    // After a failure, wait the hour rather than retrying at once.
    if (!failed && settings && settings.switchedOffAt === null && settings.identifiableConsentAt === null) {
      next = Math.min(next, Math.max(switchOffAt(settings), timer.now()));
    }
    cancel = timer.at(next, () => void check());
  };
  void check();
  return () => {
    stopped = true;
    cancel?.();
  };
}
