/**
 * Environment → one typed, validated Config. Demo mode is only ever chosen explicitly:
 * without an app id the bot would accept anyone's requests, so that is never a fallback.
 */
import { z } from 'zod';

export const DEMO_PORT = 3978;

const environmentSchema = z.object({
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().trim().optional(),
  MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  HOST: z.string().trim().min(1).optional(),
  RAPPORT_DATA_DIR: z.string().trim().min(1).optional(),
  RAPPORT_PUBLIC_URL: z.url().optional(),
  RAPPORT_PLAYGROUND: z.enum(['on', 'off']).optional(),
  RAPPORT_PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

interface CommonConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Where download links point: the bot's public base URL. */
  publicUrl: string;
  logLevel: string;
}

export interface ProductionConfig extends CommonConfig {
  mode: 'production';
  appId: string;
  appPassword: string;
  tenantId: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
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
      dataDir: vars.RAPPORT_DATA_DIR ?? '.rapport/demo',
      publicUrl: vars.RAPPORT_PUBLIC_URL ?? `http://localhost:${port}`,
      playground: vars.RAPPORT_PLAYGROUND !== 'off',
      playgroundPort: vars.RAPPORT_PLAYGROUND_PORT ?? 56_150,
    };
  }
  const missing = (['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'RAPPORT_PUBLIC_URL'] as const).filter((name) => !vars[name]);
  if (missing.length > 0) {
    throw new ConfigError(`production mode needs ${missing.join(', ')} (or run the local demo with: npm start)`);
  }
  return {
    mode: 'production', port, host: vars.HOST ?? '0.0.0.0', logLevel,
    dataDir: vars.RAPPORT_DATA_DIR ?? '.rapport/data',
    publicUrl: vars.RAPPORT_PUBLIC_URL!,
    appId: vars.MicrosoftAppId!, appPassword: vars.MicrosoftAppPassword!, tenantId: vars.MicrosoftAppTenantId!,
    appType: vars.MicrosoftAppType ?? 'SingleTenant',
  };
}
