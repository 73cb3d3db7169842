/** The Teams activity handler: installs, messages and card actions. */
import {
  TeamsActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type CloudAdapter, type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { RapportStore } from '../store/rapportStore.js';
import { isAdminIntent, refusalFor } from './admin/adminCommands.js';
import { CardActions } from './cardActions.js';
import { InsightsView } from './insightsView.js';
import { IntroductionFlow } from './introductionFlow.js';
import { parseIntent } from './intents.js';
import { proactiveSender } from './proactive.js';
import { SellerAnswers } from './sellerAnswers.js';
import { askerOf, catalogOf, referenceOf, replyActivity, type Asker } from './turn.js';

export interface BotDependencies {
  store: RapportStore;
  log: Logger;
  publicUrl: string;
  adapter: CloudAdapter;
  appId: string;
  /** Entra object ids or UPNs (lower-cased) of Rapport's admins; nobody when not given. */
  admins?: readonly string[];
  now?: () => number;
}

const CARD_RESPONSE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';

export class RapportBot extends TeamsActivityHandler {
  private readonly answers: SellerAnswers;
  private readonly actions: CardActions;
  private readonly now: () => number;

  constructor(private readonly deps: BotDependencies, private view: InsightsView | null) {
    super();
    this.now = deps.now ?? Date.now;
    const currentView = () => this.view;
    this.answers = new SellerAnswers({ store: deps.store, view: currentView, publicUrl: deps.publicUrl });
    const introductions = new IntroductionFlow(deps.store, proactiveSender(deps.adapter, deps.store, deps.appId), currentView);
    this.actions = new CardActions(this.answers, introductions, currentView);

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context);
      await context.sendActivity(replyActivity(this.answers.help(catalogOf(context))));
      await next();
    });
    this.onMessage(async (context, next) => {
      const asker = await this.remember(context);
      const intent = parseIntent(context.activity.text ?? '');
      deps.log.info({ activityId: context.activity.id, intent: intent.kind }, 'message');
      const catalog = catalogOf(context);
      const refusal = isAdminIntent(intent) ? refusalFor(asker, deps.admins ?? [], deps.store.references, catalog) : null;
      await context.sendActivity(replyActivity(refusal ?? await this.answers.answer(intent, asker, catalog)));
      await next();
    });
  }

  /** A new run's insights replace the old ones for every later question. */
  useInsights(view: InsightsView): void {
    this.view = view;
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const asker = await this.remember(context);
    const { verb, data } = invokeValue.action;
    this.deps.log.info({ activityId: context.activity.id, verb }, 'card action');
    const outcome = await this.actions.handle(verb, (data ?? {}) as Record<string, unknown>, asker, catalogOf(context));
    if ('replaceWith' in outcome) {
      if ('card' in outcome.replaceWith) return { statusCode: 200, type: CARD_RESPONSE, value: outcome.replaceWith.card as never };
      return { statusCode: 200, type: MESSAGE_RESPONSE, value: outcome.replaceWith.text as never };
    }
    if (outcome.send) await context.sendActivity(replyActivity(outcome.send));
    return { statusCode: 200, type: MESSAGE_RESPONSE, value: outcome.notice as never };
  }

  /** Stores the conversation reference on every install and message, for later proactive sends. */
  private async remember(context: TurnContext): Promise<Asker> {
    const asker = await askerOf(context);
    await this.deps.store.references.save(referenceOf(context, asker, this.now()));
    return asker;
  }
}

export async function createBot(deps: BotDependencies): Promise<RapportBot> {
  const insights = await deps.store.insights.current();
  return new RapportBot(deps, insights ? new InsightsView(insights) : null);
}
