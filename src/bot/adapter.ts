/**
 * The Bot Framework adapter for the two modes: production (every request signed, only the
 * configured tenant) and the explicit local demo (anonymous).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ActivityHandler, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import type { Config } from '../config.js';
import { botCredentialFactory } from './botCredentials.js';

export function createAdapter(config: Config, log: Logger): CloudAdapter {
  const authentication = config.mode === 'production'
    ? new ConfigurationBotFrameworkAuthentication({}, botCredentialFactory({
      appType: config.appType, appId: config.appId, tenantId: config.tenantId, credential: config.botCredential,
    }))
    : new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(authentication);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: error, activityId: context.activity.id, type: context.activity.type }, 'turn failed');
    if (context.activity.type === 'message') {
      await context.sendActivity('Sorry, something went wrong on my side. Please try again in a moment.').catch(() => undefined);
    }
  };
  return adapter;
}

function isActivity(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
}

function tenantOf(body: unknown): string | undefined {
  const activity = body as { conversation?: { tenantId?: string }; channelData?: { tenant?: { id?: string } } } | undefined;
  return activity?.conversation?.tenantId ?? activity?.channelData?.tenant?.id;
}

/**
 * `POST /api/messages`. In production an unsigned request is refused (401) before anything
 * else, and an activity from another tenant is refused (403); the adapter then verifies the
 * token itself.
 */
export function messageEndpoint(adapter: CloudAdapter, bot: ActivityHandler, config: Config) {
  return async (req: Request, res: Response): Promise<void> => {
    if (config.mode === 'production') {
      if (!req.headers.authorization) return void res.send(401, { error: 'Unauthorized' });
      const tenant = tenantOf(req.body);
      if (tenant !== config.tenantId) return void res.send(403, { error: 'This bot serves one organization only.' });
    }
    // botbuilder throws (a 500) for an object without a string `type`: that is the client's mistake.
    if (!isActivity(req.body)) return void res.send(400, { error: 'The body must be a Bot Framework activity.' });
    await adapter.process(req, res, (context) => bot.run(context));
  };
}
