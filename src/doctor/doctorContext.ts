/**
 * What several checks share, asked for once: one Graph session, the app token's roles, and
 * the access assessment (the configured entries resolved, every mailbox probed). A failure is kept, so each later check
 * that needs the value can say what it waits on instead of signing in again.
 */
import { assessMailboxAccess, type AccessReport } from '../sources/graph/accessCheck.js';
import { openGraphSession, type GraphSession } from '../sources/graph/graphSession.js';
import type { DoctorTarget } from './doctorTarget.js';

/** Few attempts: the doctor reports an outage, it does not wait it out. */
const DOCTOR_THROTTLE = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 2_000 };

export class DoctorContext {
  private session: GraphSession | null = null;
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(readonly target: DoctorTarget) {}

  graph(): GraphSession {
    this.session ??= openGraphSession(this.target.graph, DOCTOR_THROTTLE);
    return this.session;
  }

  /** The roles of a freshly issued Graph token; rejects with the sign-in error. */
  roles(): Promise<string[]> {
    return this.once('roles', async () => (await this.graph().auth.checkConsent()).granted);
  }

  /** Every configured mailbox probed (metadata only), with the token's roles: which grant is in force. */
  access(): Promise<AccessReport> {
    return this.once('access', () => assessMailboxAccess(this.graph(), this.target.entries ?? [], { at: this.target.now(), exchangeRbac: this.target.exchangeRbac }));
  }

  async close(): Promise<void> {
    await this.session?.close();
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) {
      const value = make();
      value.catch(() => undefined);
      this.memo.set(key, value);
    }
    return this.memo.get(key) as Promise<T>;
  }
}
