/**
 * "The app package's bot id matches MicrosoftAppId": the package (or manifest) to upload to
 * Teams must name this bot, and list the public host among its valid domains.
 */
import { ManifestReadError, readAppManifest } from '../../package/readManifest.js';
import { fail, messageOf, pass, skip, warn, type CheckResult } from '../checkResult.js';
import type { DoctorContext } from '../doctorContext.js';

export const APP_PACKAGE = 'The app package\'s bot id matches MicrosoftAppId';

export async function checkAppPackage(context: Pick<DoctorContext, 'target'>): Promise<CheckResult> {
  const { appPackage, bot, publicUrl } = context.target;
  if (appPackage === null) return skip(APP_PACKAGE, 'no app package given or built (npm run package, or --package FILE.zip)');
  let manifest: Record<string, unknown>;
  try {
    manifest = await readAppManifest(appPackage);
  } catch (error) {
    const detail = error instanceof ManifestReadError ? error.message : `${appPackage} cannot be read: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`;
    return fail(APP_PACKAGE, detail, 'build it with: npm run package -- --app-id <MicrosoftAppId> --domain <public host>');
  }
  const bots = Array.isArray(manifest.bots) ? (manifest.bots as { botId?: unknown }[]) : [];
  const botIds = bots.map((entry) => String(entry.botId ?? ''));
  const appId = bot.registration.appId;
  if (!botIds.some((id) => id.toLowerCase() === appId.toLowerCase())) {
    return fail(APP_PACKAGE, `${appPackage} names the bot ${botIds.join(', ') || '(none)'}, not ${appId}`, `rebuild it: npm run package -- --app-id ${appId} --domain <public host>`);
  }
  const host = publicUrl ? new URL(publicUrl).hostname : null;
  const domains = Array.isArray(manifest.validDomains) ? (manifest.validDomains as unknown[]).map(String) : [];
  if (host && !domains.includes(host)) {
    return warn(APP_PACKAGE, `${appPackage} names the bot ${appId}, but its validDomains (${domains.join(', ') || 'none'}) lack ${host}`, `rebuild it with --domain ${host}`);
  }
  return pass(APP_PACKAGE, `${appPackage} names the bot ${appId}`);
}
