/**
 * botbuilder's TestAdapter, with the two things Rapport needs from Teams that TestAdapter
 * lacks: a member lookup (TeamsInfo.getMember asks `adapter.createConnectorClient`) that
 * returns each user's email, and proactive sends (`continueConversationAsync`, which
 * TestAdapter leaves unimplemented), recorded per conversation instead of replied.
 */
import { randomUUID } from 'node:crypto';
import {
  TestAdapter, TurnContext, type Activity, type CloudAdapter, type ConversationReference, type InvokeResponse,
} from 'botbuilder';
import type { AlertDelivery } from '../../../src/bot/delivery/alertDelivery.js';
import { createBot, type RapportBot } from '../../../src/bot/RapportBot.js';
import type { RapportStore } from '../../../src/store/rapportStore.js';
import { cardOf, silentLog, type AdaptiveCardJson } from './fixtures.js';

export const TENANT_ID = '11111111-2222-3333-4444-555555555555';
export const SERVICE_URL = 'https://smba.example/teams/';

export interface TestUser {
  /** The Teams user id (`29:...`). */
  id: string;
  aadObjectId: string;
  name: string;
  /** What the member lookup answers; undefined: the lookup fails for this user. */
  email?: string;
  /** Their 1:1 conversation with the bot. */
  conversationId: string;
}

let userCount = 0;

/** A colleague of the demo tenant (or anyone): unique ids on every call. */
export function teamsUser(name: string, email?: string): TestUser {
  const n = ++userCount;
  return {
    id: `29:user-${n}-${randomUUID()}`, aadObjectId: randomUUID(), name,
    ...(email ? { email } : {}),
    conversationId: `a:personal-${n}-${randomUUID()}`,
  };
}

export interface ProactiveSend {
  conversationId: string;
  activity: Partial<Activity>;
}

type Logic = (context: TurnContext) => Promise<void>;

export class TeamsTestAdapter extends TestAdapter {
  private readonly members = new Map<string, TestUser>();
  readonly proactive: ProactiveSend[] = [];
  /** How many member lookups were made (TeamsInfo.getMember). */
  memberLookups = 0;
  /** When set, member lookups fail (as a throttled or unreachable Teams would). */
  failMemberLookups = false;

  constructor() {
    super(TestAdapter.createConversation('unused'));
  }

  addMember(user: TestUser): void {
    this.members.set(user.id, user);
  }

  /** What TeamsInfo.getMember uses when the adapter offers it. */
  createConnectorClient(_serviceUrl: string): unknown {
    return {
      conversations: {
        getConversationMember: async (_conversationId: string, userId: string) => {
          this.memberLookups++;
          const user = this.members.get(userId);
          if (this.failMemberLookups || !user?.email) throw Object.assign(new Error('member not found'), { statusCode: 404 });
          return { id: user.id, name: user.name, aadObjectId: user.aadObjectId, email: user.email, userPrincipalName: user.email };
        },
      },
    };
  }

  override async continueConversationAsync(
    _appIdOrIdentity: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: Logic | string,
    maybeLogic?: Logic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic!;
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, reference, true);
    const context = this.createContext(activity);
    context.onSendActivities(async (_context, activities) => {
      for (const sent of activities) this.proactive.push({ conversationId: sent.conversation?.id ?? '', activity: sent });
      return activities.map(() => ({ id: randomUUID() }));
    });
    await this.runMiddleware(context, logic);
  }
}

export interface TurnResult {
  /** Messages the bot replied in the turn. */
  replies: Partial<Activity>[];
  /** The invoke response, for invokes. */
  invokeResponse?: InvokeResponse;
}

/** A bot over a TeamsTestAdapter, and ways to talk to it as different users. */
export class Conversation {
  private constructor(readonly bot: RapportBot, readonly adapter: TeamsTestAdapter, readonly store: RapportStore) {}

  static async start(
    store: RapportStore, now?: () => number, admins: readonly string[] = [],
    options: { delivery?: (adapter: CloudAdapter) => AlertDelivery } = {},
  ): Promise<Conversation> {
    const adapter = new TeamsTestAdapter();
    const cloud = adapter as unknown as CloudAdapter;
    const bot = await createBot({
      store, log: silentLog, publicUrl: 'https://rapport.example/', adapter: cloud, appId: '', admins,
      ...(now ? { now } : {}), ...(options.delivery ? { delivery: options.delivery(cloud) } : {}),
    });
    return new Conversation(bot, adapter, store);
  }

  private activityFrom(user: TestUser, activity: Partial<Activity>): Partial<Activity> {
    this.adapter.addMember(user);
    return {
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      recipient: { id: '28:rapport-bot', name: 'Rapport' },
      conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT_ID, isGroup: false, name: '' },
      channelData: { tenant: { id: TENANT_ID } },
      locale: 'en-US',
      ...activity,
    };
  }

  /** Runs one activity through the bot; returns what it sent in that turn. */
  async turn(user: TestUser, activity: Partial<Activity>): Promise<TurnResult> {
    this.adapter.activeQueue.length = 0;
    await this.adapter.processActivity(this.activityFrom(user, activity), (context) => this.bot.run(context));
    const sent = this.adapter.activeQueue.splice(0);
    const invoke = sent.find((candidate) => candidate.type === 'invokeResponse');
    return {
      replies: sent.filter((candidate) => candidate.type === 'message'),
      ...(invoke ? { invokeResponse: invoke.value as InvokeResponse } : {}),
    };
  }

  async say(user: TestUser, text: string, locale?: string): Promise<Partial<Activity>[]> {
    return (await this.turn(user, { type: 'message', text, ...(locale ? { locale } : {}) })).replies;
  }

  /** The single card the bot answered `text` with (sent with `locale`, en-US by default). */
  async ask(user: TestUser, text: string, locale?: string): Promise<AdaptiveCardJson> {
    const replies = await this.say(user, text, locale);
    if (replies.length !== 1) throw new Error(`expected one reply to "${text}", got ${replies.length}`);
    return cardOf(replies[0] as Parameters<typeof cardOf>[0]);
  }

  /** An Action.Execute click: the `adaptiveCard/action` invoke. */
  async execute(user: TestUser, verb: string, data: Record<string, unknown>, locale?: string): Promise<TurnResult & { invokeResponse: InvokeResponse }> {
    const result = await this.turn(user, {
      type: 'invoke', name: 'adaptiveCard/action', ...(locale ? { locale } : {}),
      value: { action: { type: 'Action.Execute', id: randomUUID(), verb, data }, trigger: 'manual' },
    });
    if (!result.invokeResponse) throw new Error(`no invoke response for ${verb}`);
    return result as TurnResult & { invokeResponse: InvokeResponse };
  }

  async install(user: TestUser): Promise<Partial<Activity>[]> {
    return (await this.turn(user, { type: 'installationUpdate', action: 'add' })).replies;
  }

  /** Proactive sends to this user's 1:1 conversation, taken out of the record. */
  proactiveTo(user: TestUser): Partial<Activity>[] {
    const mine = this.adapter.proactive.filter((send) => send.conversationId === user.conversationId);
    this.adapter.proactive.splice(0, this.adapter.proactive.length, ...this.adapter.proactive.filter((send) => send.conversationId !== user.conversationId));
    return mine.map((send) => send.activity);
  }
}
