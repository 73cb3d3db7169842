/**
 * Environment → one typed, validated Config. Demo mode is only ever chosen explicitly:
 * without an app id the bot would accept anyone's requests, so that is never a fallback.
 */
import { z } from 'zod';
import { botRegistration, graphApp, RegistrationError, type AppCredential, type AppType, type GraphAppConfig } from './appRegistration.js';
import { DEFAULT_STALE_DAYS } from './engagement/segments.js';

export type { AppCredential, AppType, GraphAppConfig } from './appRegistration.js';

export const DEMO_PORT = 3978;

const environmentSchema = z.object({
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().trim().optional(),
  MicrosoftAppType: z.string().trim().optional(),
  RAPPORT_CERTIFICATE_FILE: z.string().trim().min(1).optional(),
  RAPPORT_CERTIFICATE_THUMBPRINT: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  HOST: z.string().trim().min(1).optional(),
  RAPPORT_DATA_DIR: z.string().trim().min(1).optional(),
  RAPPORT_PUBLIC_URL: z.url().optional(),
  RAPPORT_PLAYGROUND: z.enum(['on', 'off']).optional(),
  RAPPORT_PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  RAPPORT_ADMINS: z.string().optional(),
  RAPPORT_TENANT_ADMINS: z.string().optional(),
  RAPPORT_SUPPORTED_REGIONS: z.string().optional(),
  RAPPORT_TENANT_REGION: z.string().trim().min(1).optional(),
  RAPPORT_FIRST_RUN_DELAY_HOURS: z.coerce.number().min(0).max(24 * 30).optional(),
  RAPPORT_TIME_ZONE: z.string().trim().min(1).optional(),
  RAPPORT_DATASETS: z.string().optional(),
  RAPPORT_STALE_DAYS: z.coerce.number().int().min(1).max(365).optional(),
  RAPPORT_DIGEST_CHANNEL: z.string().trim().min(1).optional(),
  RAPPORT_GRAPH_CLIENT_ID: z.string().trim().min(1).optional(),
  RAPPORT_GRAPH_CLIENT_SECRET: z.string().min(1).optional(),
  RAPPORT_GRAPH_CERTIFICATE_FILE: z.string().trim().min(1).optional(),
  RAPPORT_GRAPH_CERTIFICATE_THUMBPRINT: z.string().trim().min(1).optional(),
  RAPPORT_EXCHANGE_RBAC: z.enum(['on', 'off']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

/** Every environment variable Rapport reads (docs/deployment.md names no other). */
export const ENVIRONMENT_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

/** Who may configure Rapport in chat, and the rules the admin dialogs apply. */
export interface AdminConfig {
  /** Entra object ids or UPNs (lower-cased) of Rapport's admins. */
  admins: string[];
  /** Who gets the "consent needed" card: the tenant's Global or Privileged Role Administrators. */
  tenantAdmins: string[];
  /** Regions whose tenants the enrichment may run for. */
  supportedRegions: string[];
  /** The tenant's data region; null when not configured (the wizard then says how to set it). */
  tenantRegion: string | null;
  /** Hours between confirmed consent and the first run: 0, the first run starts at once. */
  firstRunDelayHours: number;
  /** IANA time zone of schedule times. */
  timeZone: string;
  /** Customer datasets registered at start: `Name=path/to/file.csv`. */
  datasetFiles: { name: string; path: string }[];
  /**
   * RAPPORT_EXCHANGE_RBAC=on: mailbox access is meant to come from an Exchange RBAC for
   * Applications scope, so a tenant-wide Entra grant of the mail roles is reported as widening it.
   */
  exchangeRbac?: boolean;
}

/** The Agents Playground's signed-in user, who is the demo's admin. */
export const PLAYGROUND_USER = Object.freeze({ aadObjectId: '00000000-0000-0000-0000-0000000000020', upn: 'alexw@example.com', name: 'Alex Wilber' });

export const DEFAULT_SUPPORTED_REGIONS = ['UK', 'Europe', 'North America'];

/** Proactive stale-account alerts. */
export interface AlertsConfig {
  /** Days without email and meeting after which an account is stale (the spec's default 60). */
  staleDays: number;
  /** A channel's conversation id that also gets the weekly digest; null for none. */
  digestChannel: string | null;
}

interface CommonConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Where download links point: the bot's public base URL. */
  publicUrl: string;
  logLevel: string;
  admin: AdminConfig;
  alerts: AlertsConfig;
}

export interface ProductionConfig extends CommonConfig {
  mode: 'production';
  /** The bot's Microsoft App ID (the managed identity's client id for UserAssignedMSI). */
  appId: string;
  tenantId: string;
  appType: AppType;
  /** How the bot signs in to the Bot Framework. */
  botCredential: AppCredential;
  /** The Graph app Rapport reads mail metadata with (the demo reads its simulator instead). */
  graph: GraphAppConfig;
}

export interface DemoConfig extends CommonConfig {
  mode: 'demo';
  /** Start the Microsoft 365 Agents Playground pointed at the bot. */
  playground: boolean;
  playgroundPort: number;
}

export type Config = ProductionConfig | DemoConfig;

export class ConfigError extends Error {}

/** `demo` comes from the command line (`rapport serve --demo`), never from a missing setting. */
export function loadConfig(env: NodeJS.ProcessEnv, options: { demo: boolean }): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join('.')}: ${issue.message}`);
  }
  const vars = parsed.data;
  const port = vars.PORT ?? DEMO_PORT;
  const logLevel = vars.LOG_LEVEL ?? 'info';
  if (options.demo) {
    const host = '127.0.0.1';
    return {
      mode: 'demo', port, host, logLevel,
      admin: adminConfig(vars, { admins: [PLAYGROUND_USER.aadObjectId, PLAYGROUND_USER.upn], tenantRegion: 'Europe' }),
      alerts: alertsConfig(vars),
      dataDir: vars.RAPPORT_DATA_DIR ?? '.rapport/demo',
      publicUrl: vars.RAPPORT_PUBLIC_URL ?? `http://localhost:${port}`,
      playground: vars.RAPPORT_PLAYGROUND !== 'off',
      playgroundPort: vars.RAPPORT_PLAYGROUND_PORT ?? 56_150,
    };
  }
  if (!vars.RAPPORT_PUBLIC_URL) throw new ConfigError('production mode needs RAPPORT_PUBLIC_URL (the bot\'s public https:// address; or run the local demo with: npm start)');
  const { bot, graph } = registrationOf(vars);
  return {
    mode: 'production', port, host: vars.HOST ?? '0.0.0.0', logLevel,
    admin: adminConfig(vars, { admins: [], tenantRegion: null }),
    alerts: alertsConfig(vars),
    dataDir: vars.RAPPORT_DATA_DIR ?? '.rapport/data',
    publicUrl: vars.RAPPORT_PUBLIC_URL,
    appId: bot.appId, tenantId: bot.tenantId, appType: bot.appType, botCredential: bot.credential,
    graph,
  };
}

function registrationOf(vars: EnvironmentVariables) {
  try {
    const bot = botRegistration(vars);
    return { bot, graph: graphApp(vars, bot) };
  } catch (error) {
    if (error instanceof RegistrationError) throw new ConfigError(`${error.message} (or run the local demo with: npm start)`);
    throw error;
  }
}

type EnvironmentVariables = z.infer<typeof environmentSchema>;

const listOf = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(/[,;]/).map((item) => item.trim()).filter(Boolean);

function adminConfig(vars: EnvironmentVariables, defaults: { admins: string[]; tenantRegion: string | null }): AdminConfig {
  const admins = (listOf(vars.RAPPORT_ADMINS) ?? defaults.admins).map((admin) => admin.toLowerCase());
  return {
    admins,
    tenantAdmins: (listOf(vars.RAPPORT_TENANT_ADMINS) ?? admins).map((admin) => admin.toLowerCase()),
    supportedRegions: listOf(vars.RAPPORT_SUPPORTED_REGIONS) ?? [...DEFAULT_SUPPORTED_REGIONS],
    tenantRegion: vars.RAPPORT_TENANT_REGION ?? defaults.tenantRegion,
    firstRunDelayHours: vars.RAPPORT_FIRST_RUN_DELAY_HOURS ?? 0,
    timeZone: vars.RAPPORT_TIME_ZONE ?? 'UTC',
    datasetFiles: (vars.RAPPORT_DATASETS ?? '').split(';').map((item) => item.trim()).filter(Boolean).map(datasetFile),
    exchangeRbac: vars.RAPPORT_EXCHANGE_RBAC === 'on',
  };
}

function alertsConfig(vars: EnvironmentVariables): AlertsConfig {
  return { staleDays: vars.RAPPORT_STALE_DAYS ?? DEFAULT_STALE_DAYS, digestChannel: vars.RAPPORT_DIGEST_CHANNEL ?? null };
}

function datasetFile(item: string): { name: string; path: string } {
  const separator = item.indexOf('=');
  if (separator <= 0 || separator === item.length - 1) {
    throw new ConfigError(`RAPPORT_DATASETS: "${item}" is not Name=path/to/file.csv (entries are separated by ;)`);
  }
  return { name: item.slice(0, separator).trim(), path: item.slice(separator + 1).trim() };
}
