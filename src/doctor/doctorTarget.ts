/**
 * What `rapport doctor` checks: a deployment as its configuration describes it (or the built-in
 * simulated tenant with --demo). Everything a check needs to reach, named in one place.
 */
import type { BotRegistration } from '../appRegistration.js';
import type { GraphConfig } from '../sources/graph/graphConfig.js';

export interface DoctorTarget {
  /** 'demo' for the simulated tenant. */
  mode: 'production' | 'demo';
  /** The bot's registration, and how its app signs in to get a Bot Framework token. */
  bot: { registration: BotRegistration; signIn: GraphConfig };
  graph: GraphConfig;
  /** RAPPORT_EXCHANGE_RBAC=on: access is meant to come from an Exchange RBAC scope. */
  exchangeRbac: boolean;
  dataDir: string;
  /** RAPPORT_PUBLIC_URL in production; null in the demo (its bot answers on localhost only). */
  publicUrl: string | null;
  /** An extra CA the public URL's certificate may chain to (tests); the system's roots otherwise. */
  publicUrlCaPem?: string;
  /** The users and groups to check: --mailboxes, or the saved enrichment's; null when none are configured. */
  entries: readonly string[] | null;
  /** An app package (.zip) or manifest (.json) to compare with the bot's app id; null when there is none. */
  appPackage: string | null;
  /** The local clock, compared with the sign-in service's. */
  now: () => number;
}
