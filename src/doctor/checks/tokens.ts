/**
 * "Bot credentials obtain a token" (for the Bot Framework, as botbuilder will ask when it
 * replies and sends proactively) and "Graph credentials obtain a token" (with its roles).
 */
import { GraphAuthError } from '../../sources/graph/authErrors.js';
import { BOT_FRAMEWORK_RESOURCE, tokenSource } from '../../sources/graph/tokenSource.js';
import { trustedDispatcher } from '../../sources/graph/trustedDispatcher.js';
import { fail, messageOf, pass, type CheckResult } from '../checkResult.js';
import type { DoctorContext } from '../doctorContext.js';

export const BOT_TOKEN = 'Bot credentials obtain a token';
export const GRAPH_TOKEN = 'Graph credentials obtain a token';

export async function checkBotToken(context: DoctorContext): Promise<CheckResult> {
  const { signIn, registration } = context.target.bot;
  const dispatcher = trustedDispatcher(signIn.caPem);
  try {
    await tokenSource(signIn, BOT_FRAMEWORK_RESOURCE, dispatcher).acquire(true);
    const from = registration.credential.kind === 'managed-identity' ? 'the managed identity' : `tenant ${signIn.tenantId}`;
    return pass(BOT_TOKEN, `app ${registration.appId} got a Bot Framework token from ${from}`);
  } catch (error) {
    return fail(BOT_TOKEN, messageOf(error), fixOf(error));
  } finally {
    await dispatcher?.close();
  }
}

export async function checkGraphToken(context: DoctorContext): Promise<CheckResult> {
  try {
    const roles = await context.roles();
    return pass(GRAPH_TOKEN, `app ${context.target.graph.clientId} got a Graph token with ${roles.length > 0 ? `the roles ${roles.join(', ')}` : 'no application roles'}`);
  } catch (error) {
    return fail(GRAPH_TOKEN, messageOf(error), fixOf(error));
  }
}

/** The sign-in errors already say what to check; these say where. */
function fixOf(error: unknown): string | undefined {
  if (!(error instanceof GraphAuthError)) return undefined;
  switch (error.reason) {
    case 'bad-secret':
    case 'expired-secret':
      return 'Entra admin center > App registrations > the app > Certificates & secrets';
    case 'app-not-in-tenant':
      return 'check MicrosoftAppTenantId and the app id against the app registration\'s Overview page';
    case 'tenant-unreachable':
      return 'let this machine reach login.microsoftonline.com over https (proxy, DNS, firewall)';
    default:
      return undefined;
  }
}
