/** The Teams activity handler: installs, messages and card actions, answered through the command registry. */
import {
  TeamsActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type CloudAdapter, type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { RapportStore } from '../store/rapportStore.js';
import { refusalFor } from './admin/adminCommands.js';
import { isAdmin } from './admin/adminGate.js';
import type { AdminTurns } from './admin/adminTurns.js';
import { AlertChoices } from './alertChoices.js';
import { canonicalPhrase } from './commands/canonical.js';
import type { CommandServices, CommandTurn } from './commands/command.js';
import { answerCardAction, answerIntent, type AdminGate } from './commands/router.js';
import { RELATIONSHIP_DIALOG } from './dialogs/relationshipIntelligence/relationshipDialog.js';
import type { AlertDelivery } from './delivery/alertDelivery.js';
import { InsightsView } from './insightsView.js';
import { IntroductionFlow } from './introductionFlow.js';
import { parseIntent } from './intents.js';
import { ListAnswers } from './listAnswers.js';
import { proactiveSender } from './proactive.js';
import { SellerAnswers } from './sellerAnswers.js';
import { askerOf, catalogOf, languageOf, referenceOf, replyActivity, type Asker } from './turn.js';
import { WhatsNew } from './whatsNew/whatsNewAnswer.js';

export interface BotDependencies {
  store: RapportStore;
  log: Logger;
  publicUrl: string;
  adapter: CloudAdapter;
  appId: string;
  /** Entra object ids or UPNs (lower-cased) of Rapport's admins; nobody when not given. */
  admins?: readonly string[];
  /** The admin conversations (wizards, runs, consent, results); without them admins are told it is not available. */
  admin?: AdminTurns;
  /** Where the tenant's Exchange data is kept (relationship intelligence's region rule). */
  tenantRegion?: string | null;
  /** Proactive delivery through the outbox; without it introductions are sent directly and alerts cannot be snoozed. */
  delivery?: AlertDelivery;
  now?: () => number;
}

const CARD_RESPONSE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';

export class RapportBot extends TeamsActivityHandler {
  private readonly services: CommandServices;
  private readonly now: () => number;

  constructor(private readonly deps: BotDependencies, private view: InsightsView | null) {
    super();
    this.now = deps.now ?? Date.now;
    const currentView = () => this.view;
    const answers = new SellerAnswers({ store: deps.store, view: currentView, now: this.now, tenantRegion: deps.tenantRegion ?? null });
    const proactive = deps.delivery?.proactive() ?? proactiveSender(deps.adapter, deps.store, deps.appId);
    const whatsNew = new WhatsNew({ store: deps.store, view: currentView, now: this.now, noData: (catalog) => answers.noData(catalog) });
    this.services = {
      answers,
      lists: new ListAnswers({ store: deps.store, view: currentView, publicUrl: deps.publicUrl, noData: (catalog) => answers.noData(catalog) }),
      introductions: new IntroductionFlow(deps.store, proactive, currentView, this.now, deps.tenantRegion ?? null),
      alerts: new AlertChoices({ delivery: deps.delivery ?? null, answers, view: currentView }),
      store: deps.store, view: currentView, admin: deps.admin ?? null,
      whatsNew: (asker, catalog) => whatsNew.answer(asker, catalog),
    };

    this.onInstallationUpdateAdd(async (context, next) => {
      const asker = await this.remember(context);
      await deps.delivery?.reachable(asker);
      await context.sendActivity(replyActivity(answers.help(catalogOf(context), { admin: isAdmin(asker, deps.admins ?? []) })));
      await next();
    });
    this.onMessage(async (context, next) => {
      const asker = await this.remember(context);
      const turn = this.turnOf(context, asker);
      if (turn.isAdmin && deps.admin && await deps.admin.continueDialog(context)) {
        deps.log.info({ activityId: context.activity.id }, 'dialog turn');
        return next();
      }
      const wizard = wizardOf(context.activity.value);
      if (wizard !== null) {
        // A submit from a wizard card whose wizard has ended (or that someone else was shown).
        const refusal = this.gate(turn)();
        const command = canonicalPhrase(wizard === RELATIONSHIP_DIALOG ? 'enableRelationshipIntelligence' : 'configureEngagement', turn.catalog.language);
        await context.sendActivity(refusal ? replyActivity(refusal) : turn.catalog.t('wizard.ended', { command }));
        return next();
      }
      const intent = parseIntent(context.activity.text ?? '', turn.language);
      deps.log.info({ activityId: context.activity.id, intent: intent.kind }, 'message');
      await answerIntent(intent, turn, this.gate(turn));
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
    const turn = this.turnOf(context, asker);
    const outcome = await answerCardAction(verb, data, turn, this.gate(turn));
    if ('replaceWith' in outcome) {
      if ('card' in outcome.replaceWith) return { statusCode: 200, type: CARD_RESPONSE, value: outcome.replaceWith.card as never };
      return { statusCode: 200, type: MESSAGE_RESPONSE, value: outcome.replaceWith.text as never };
    }
    if (outcome.send) await context.sendActivity(replyActivity(outcome.send));
    return { statusCode: 200, type: MESSAGE_RESPONSE, value: outcome.notice as never };
  }

  private turnOf(context: TurnContext, asker: Asker): CommandTurn {
    return {
      context, asker, catalog: catalogOf(context), language: languageOf(context), services: this.services,
      isAdmin: isAdmin(asker, this.deps.admins ?? []),
      send: async (reply) => void await context.sendActivity(replyActivity(reply)),
    };
  }

  /** Admin commands and cards are refused, naming the admins, for anyone who is not one. */
  private gate(turn: CommandTurn): AdminGate {
    return () => refusalFor(turn.asker, this.deps.admins ?? [], this.deps.store.references, turn.catalog);
  }

  /** Stores the conversation reference on every install and message, for later proactive sends. */
  private async remember(context: TurnContext): Promise<Asker> {
    const asker = await askerOf(context);
    await this.deps.store.references.save(referenceOf(context, asker, this.now()));
    return asker;
  }
}

/** The wizard a card's submit came from (Action.Submit data carries its id), or null. */
function wizardOf(value: unknown): string | null {
  const wizard = typeof value === 'object' && value !== null ? (value as { wizard?: unknown }).wizard : undefined;
  return typeof wizard === 'string' ? wizard : null;
}

export async function createBot(deps: BotDependencies): Promise<RapportBot> {
  const insights = await deps.store.insights.current();
  return new RapportBot(deps, insights ? new InsightsView(insights) : null);
}
