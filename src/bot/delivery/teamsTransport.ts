/**
 * The delivery worker's transport over botbuilder. A user with a stored personal reference
 * is reached with `continueConversationAsync`; one without gets a new 1:1 chat with
 * `createConversationAsync` (found through any other stored reference of theirs, which
 * gives their Teams id, serviceUrl and tenant; Teams refuses it unless the app is
 * installed for them); anyone else is unreachable. A channel recipient
 * (`channel:<conversation id>`) is reached through its stored channel reference.
 */
import { CardFactory, TurnContext, type CloudAdapter, type ConversationReference, type Activity } from 'botbuilder';
import { CHANNEL_RECIPIENT_PREFIX } from '../../alerts/staleAlerts.js';
import { parseRetryAfter } from '../../alerts/retryPolicy.js';
import type { DeliveryTransport, OutboundMessage, SendOutcome } from '../../alerts/deliveryWorker.js';
import type { ReferencesRepository, StoredReference } from '../../store/rapportStore.js';

export interface TeamsTransportOptions {
  adapter: CloudAdapter;
  references: ReferencesRepository;
  /** Empty in the anonymous demo mode. */
  appId: string;
  now: () => number;
}

export interface TeamsTransport extends DeliveryTransport {
  /** The conversation a recipient is reached in today, for the outbox entry (undefined when a chat must be created, or none can be). */
  conversationIdFor(recipientKey: string): string | undefined;
}

/** Statuses with which Teams refuses to create a 1:1 chat because the app is not installed for the user (or they blocked it). */
const NOT_INSTALLED = new Set([403, 404]);

export function teamsTransport(options: TeamsTransportOptions): TeamsTransport {
  const { adapter, references, appId, now } = options;

  const channelReference = (conversationId: string): StoredReference | undefined =>
    references.all().find((ref) => ref.conversationType !== 'personal' && conversationIdOf(ref.reference) === conversationId);

  const continueIn = async (reference: Partial<ConversationReference>, activity: Partial<Activity>, beforeRequest: () => Promise<void>): Promise<SendOutcome> => {
    let outcome: SendOutcome = { kind: 'failed', error: 'the adapter did not run the send' };
    try {
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        outcome = await sendIn(context, activity, beforeRequest, now);
      });
    } catch (error) {
      outcome = failureOf(error, now());
    }
    return outcome;
  };

  const createAndSend = async (recipientKey: string, known: StoredReference, activity: Partial<Activity>, beforeRequest: () => Promise<void>): Promise<SendOutcome> => {
    const reference = known.reference as Partial<ConversationReference>;
    const userId = reference.user?.id;
    const serviceUrl = reference.serviceUrl;
    const tenantId = reference.conversation?.tenantId;
    if (!userId || !serviceUrl || !reference.bot) return { kind: 'unreachable', reason: 'stored reference has no Teams user id or service URL' };
    let outcome: SendOutcome = { kind: 'failed', error: 'the adapter did not run the send' };
    try {
      await beforeRequest();
      // The SDK's typing asks for a string audience; null means the channel's default, as in the Bot Framework samples.
      await adapter.createConversationAsync(appId, 'msteams', serviceUrl, null as unknown as string, {
        isGroup: false, bot: reference.bot, members: [{ id: userId, name: '' }], ...(tenantId === undefined ? {} : { tenantId }), channelData: { tenant: { id: tenantId } },
      }, async (context) => {
        const created = TurnContext.getConversationReference(context.activity);
        outcome = await sendIn(context, activity, beforeRequest, now);
        if (outcome.kind === 'sent') {
          await references.save({
            userKey: known.userKey, conversationType: 'personal', updatedAt: now(),
            reference: { ...created, user: reference.user, bot: reference.bot, conversation: { ...created.conversation, conversationType: 'personal', tenantId } },
            ...(known.aadObjectId === undefined ? {} : { aadObjectId: known.aadObjectId }),
            ...(known.email === undefined ? {} : { email: known.email }),
            ...(known.name === undefined ? {} : { name: known.name }),
          });
        }
      });
    } catch (error) {
      const failure = failureOf(error, now());
      outcome = failure.kind === 'failed' && failure.statusCode !== undefined && NOT_INSTALLED.has(failure.statusCode)
        ? { kind: 'unreachable', reason: `Rapport is not installed for ${recipientKey} (${failure.statusCode})` }
        : failure;
    }
    return outcome;
  };

  return {
    conversationIdFor(recipientKey) {
      if (recipientKey.startsWith(CHANNEL_RECIPIENT_PREFIX)) return recipientKey.slice(CHANNEL_RECIPIENT_PREFIX.length);
      return conversationIdOf(references.personalFor(recipientKey)?.reference);
    },

    async send(message: OutboundMessage, beforeRequest) {
      const activity = activityFor(message);
      if (message.recipientKey.startsWith(CHANNEL_RECIPIENT_PREFIX)) {
        const channel = channelReference(message.recipientKey.slice(CHANNEL_RECIPIENT_PREFIX.length));
        if (!channel) return { kind: 'unreachable', reason: 'no stored reference for the channel' };
        return continueIn(channel.reference as Partial<ConversationReference>, activity, beforeRequest);
      }
      const known = references.anyFor(message.recipientKey);
      if (known?.conversationType === 'personal') return continueIn(known.reference as Partial<ConversationReference>, activity, beforeRequest);
      if (!known) return { kind: 'unreachable', reason: 'no conversation with Rapport (the app was never used by this user)' };
      return createAndSend(message.recipientKey, known, activity, beforeRequest);
    },
  };
}

function activityFor(message: OutboundMessage): Partial<Activity> {
  return {
    type: 'message',
    attachments: [CardFactory.adaptiveCard(message.payload)],
    // The key travels with the message so that a connector (or a test's fake) can tell a repeat.
    channelData: { rapportDeliveryKey: message.key },
  };
}

/** Inside the turn: the adapter would hand a thrown error to onTurnError, so it is caught and mapped here. */
async function sendIn(context: TurnContext, activity: Partial<Activity>, beforeRequest: () => Promise<void>, now: () => number): Promise<SendOutcome> {
  try {
    withoutSdkRetries(context);
    await beforeRequest();
    await context.sendActivity(activity);
    return { kind: 'sent', conversationId: context.activity.conversation.id };
  } catch (error) {
    return failureOf(error, now());
  }
}

interface PipelineOwner {
  client?: { pipeline?: { removePolicy(options: { phase: string }): unknown } };
}

/**
 * The turn's connector client retries 429 and 5xx itself (three times, with its own
 * backoff; `noRetryPolicy` is not honoured): those requests would bypass the worker's
 * buckets and attempt counts, so its Retry-phase policies are removed for this turn.
 */
function withoutSdkRetries(context: TurnContext): void {
  const adapter = context.adapter as { ConnectorClientKey?: symbol };
  if (adapter.ConnectorClientKey === undefined) return;
  const connector = context.turnState.get(adapter.ConnectorClientKey) as PipelineOwner | undefined;
  connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}

interface HttpLikeError {
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { headers?: { get?: (name: string) => string | undefined | null } | Record<string, unknown>; status?: unknown };
}

/** A botbuilder (azure core) RestError → status code, Retry-After and a short reason without message content. */
export function failureOf(error: unknown, now: number): SendOutcome {
  const http = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError;
  const statusCode = typeof http.statusCode === 'number' ? http.statusCode : typeof http.response?.status === 'number' ? http.response.status : undefined;
  const headers = http.response?.headers;
  const retryAfterHeader = typeof headers?.get === 'function'
    ? (headers.get as (name: string) => string | undefined | null)('retry-after')
    : (headers as Record<string, unknown> | undefined)?.['retry-after'];
  const retryAfterMs = parseRetryAfter(typeof retryAfterHeader === 'string' ? retryAfterHeader : undefined, now);
  const code = typeof http.code === 'string' ? http.code : undefined;
  const text = code ?? (error instanceof Error ? error.name : 'error');
  return {
    kind: 'failed', error: text,
    ...(statusCode === undefined ? {} : { statusCode }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

function conversationIdOf(reference: unknown): string | undefined {
  const id = (reference as { conversation?: { id?: unknown } } | undefined)?.conversation?.id;
  return typeof id === 'string' ? id : undefined;
}
