/**
 * botbuilder's credential factory for the configured registration. Incoming tokens are
 * validated against it (their audience must be the app id) and proactive sends get their
 * tokens from it: from `login.microsoftonline.com/{tenant}` for SingleTenant, from the
 * managed identity for UserAssignedMSI, from the botframework.com tenant for MultiTenant.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationServiceClientCredentialFactory, type ConfigurationServiceClientCredentialFactoryOptions } from 'botbuilder';
import type { BotRegistration } from '../appRegistration.js';

/** The options botbuilder reads (its own setting names); the certificate's private key as PEM text. */
export function credentialFactoryOptions(bot: BotRegistration, certificatePrivateKey?: string): ConfigurationServiceClientCredentialFactoryOptions {
  const options: ConfigurationServiceClientCredentialFactoryOptions = {
    MicrosoftAppId: bot.appId,
    // botbuilder's spelling of the managed-identity type.
    MicrosoftAppType: bot.appType === 'UserAssignedMSI' ? 'UserAssignedMsi' : bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  };
  if (bot.credential.kind === 'secret') options.MicrosoftAppPassword = bot.credential.secret;
  if (bot.credential.kind === 'certificate') {
    if (!certificatePrivateKey) throw new Error('the bot\'s certificate private key was not read');
    options.CertificateThumbprint = bot.credential.thumbprint;
    options.CertificatePrivateKey = certificatePrivateKey;
  }
  return options;
}

/** Reads the certificate's private key (once, at start) when the bot signs in with one. */
export function botCredentialFactory(bot: BotRegistration): ConfigurationServiceClientCredentialFactory {
  const privateKey = bot.credential.kind === 'certificate' ? readFileSync(bot.credential.privateKeyFile, 'utf8') : undefined;
  return new ConfigurationServiceClientCredentialFactory(credentialFactoryOptions(bot, privateKey));
}
