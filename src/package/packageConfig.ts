/**
 * Where each value of the app package comes from: a flag, else an environment variable,
 * else (only for values that have one) a default. The app id has no silent default: a real
 * package needs the bot's registration, and `--demo` asks for the documented demo id instead
 * (ignoring MicrosoftAppId, so a demo package is always recognisable as one).
 */

/**
 * The app id of demo packages, for the Microsoft 365 Agents Playground (which runs the bot
 * without an app registration). It is registered nowhere: never upload a demo package to Teams.
 */
export const DEMO_APP_ID = '7d1c5a3e-2b4f-4c8a-9e6d-5f0b3a1c8e42';

/** The host listed in validDomains of demo packages: the playground talks to a local bot. */
export const DEMO_BOT_DOMAIN = 'localhost';

export const DEFAULT_WEBSITE_URL = 'https://rapport.example';
export const DEFAULT_OUT_PATH = 'build/rapport.zip';

export type PackageFlags = {
  readonly appId?: string | undefined;
  readonly demo?: boolean | undefined;
  readonly domain?: string | undefined;
  readonly websiteUrl?: string | undefined;
  readonly out?: string | undefined;
};

/** The environment variables read: the bot's own configuration names. */
export type PackageEnvironment = {
  readonly MicrosoftAppId?: string | undefined;
  readonly BOT_DOMAIN?: string | undefined;
  readonly RAPPORT_WEBSITE_URL?: string | undefined;
};

export type PackageConfig = {
  readonly appId: string;
  readonly botDomain: string;
  readonly websiteUrl: string;
  readonly outPath: string;
  readonly demo: boolean;
};

/** A value the package needs is missing; the message says how to give it. */
export class PackageConfigError extends Error {
  override readonly name = 'PackageConfigError';
}

export function resolvePackageConfig(flags: PackageFlags, env: PackageEnvironment): PackageConfig {
  const demo = flags.demo === true;
  if (demo && firstGiven(flags.appId) !== undefined) {
    throw new PackageConfigError('--demo and --app-id exclude each other: a demo package always has the demo app id');
  }
  const appId = demo ? DEMO_APP_ID : firstGiven(flags.appId, env.MicrosoftAppId);
  if (appId === undefined) {
    throw new PackageConfigError(
      'no app id: pass --app-id GUID or set MicrosoftAppId to the bot\'s Microsoft App ID ' +
        `(or pass --demo for a package with the demo id ${DEMO_APP_ID}, for the Agents Playground only)`,
    );
  }
  const botDomain = firstGiven(flags.domain, env.BOT_DOMAIN) ?? (demo ? DEMO_BOT_DOMAIN : undefined);
  if (botDomain === undefined) {
    throw new PackageConfigError(
      'no bot domain: pass --domain HOST or set BOT_DOMAIN to the bot\'s public host name (e.g. rapport.contoso.com)',
    );
  }
  const websiteUrl = firstGiven(flags.websiteUrl, env.RAPPORT_WEBSITE_URL) ?? DEFAULT_WEBSITE_URL;
  return {
    appId,
    botDomain,
    websiteUrl: websiteUrl.replace(/\/+$/, ''),
    outPath: firstGiven(flags.out) ?? DEFAULT_OUT_PATH,
    demo,
  };
}

/** The first value that is set and not blank, trimmed. */
function firstGiven(...values: (string | undefined)[]): string | undefined {
  return values.map((value) => value?.trim()).find((value) => value !== undefined && value !== '');
}
