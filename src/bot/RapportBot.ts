/** The Teams activity handler: installs, messages and card actions. */
import {
  TeamsActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type CloudAdapter, type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { RapportStore } from '../store/rapportStore.js';
import { isAdminIntent, refusalFor } from './admin/adminCommands.js';
import { isAdmin } from './admin/adminGate.js';
import type { AdminTurns } from './admin/adminTurns.js';
import { CardActions, type ActionOutcome } from './cardActions.js';
import { RELATIONSHIP_DIALOG } from './dialogs/relationshipIntelligence/relationshipDialog.js';
import type { AlertDelivery } from './delivery/alertDelivery.js';
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
  /** The admin conversations (wizards, runs, consent, results); without them admins are told it is not available. */
  admin?: AdminTurns;
  /** Where the tenant's Exchange data is kept (relationship intelligence's region rule). */
  tenantRegion?: string | null;
  /** Proactive delivery through the outbox; without it introductions are sent directly. */
  delivery?: AlertDelivery;
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
    this.answers = new SellerAnswers({ store: deps.store, view: currentView, publicUrl: deps.publicUrl, now: this.now, tenantRegion: deps.tenantRegion ?? null });
    const proactive = deps.delivery?.proactive() ?? proactiveSender(deps.adapter, deps.store, deps.appId);
    const introductions = new IntroductionFlow(deps.store, proactive, currentView, this.now, deps.tenantRegion ?? null);
    this.actions = new CardActions(this.answers, introductions, currentView);

    this.onInstallationUpdateAdd(async (context, next) => {
      const asker = await this.remember(context);
      await deps.delivery?.reachable(asker);
      await context.sendActivity(replyActivity(this.answers.help(catalogOf(context), undefined, undefined, isAdmin(asker, deps.admins ?? []))));
      await next();
    });
    this.onMessage(async (context, next) => {
      const asker = await this.remember(context);
      const asAdmin = isAdmin(asker, deps.admins ?? []);
      const admin = asAdmin ? deps.admin ?? null : null;
      if (admin && await admin.continueDialog(context)) {
        deps.log.info({ activityId: context.activity.id }, 'dialog turn');
        return next();
      }
      const catalog = catalogOf(context);
      const intent = parseIntent(context.activity.text ?? '');
      deps.log.info({ activityId: context.activity.id, intent: intent.kind }, 'message');
      if (isAdminIntent(intent)) {
        const refusal = refusalFor(asker, deps.admins ?? [], deps.store.references, catalog);
        if (refusal) await context.sendActivity(replyActivity(refusal));
        else if (admin) await admin.answer(intent, context, asker, catalog);
        else await context.sendActivity(replyActivity(await this.answers.answer(intent, asker, catalog)));
      } else if (wizardOf(context.activity.value) !== null) {
        const refusal = refusalFor(asker, deps.admins ?? [], deps.store.references, catalog);
        const command = wizardOf(context.activity.value) === RELATIONSHIP_DIALOG ? 'enable relationship intelligence' : 'configure engagement';
        await context.sendActivity(refusal ? replyActivity(refusal) : catalog.t('wizard.ended', { command }));
      } else if (intent.kind === 'help' && asAdmin) {
        await context.sendActivity(replyActivity(this.answers.help(catalog, undefined, undefined, true)));
      } else {
        await context.sendActivity(replyActivity(await this.answers.answer(intent, asker, catalog)));
      }
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
    const values = (data ?? {}) as Record<string, unknown>;
    const delivery = this.deps.delivery;
    const outcome = await this.adminAction(verb, values, asker, context)
      ?? (delivery?.handlesVerb(verb) ? await delivery.handleAction(verb, values, asker, catalogOf(context)) : null)
      ?? await this.actions.handle(verb, values, asker, catalogOf(context));
    if ('replaceWith' in outcome) {
      if ('card' in outcome.replaceWith) return { statusCode: 200, type: CARD_RESPONSE, value: outcome.replaceWith.card as never };
      return { statusCode: 200, type: MESSAGE_RESPONSE, value: outcome.replaceWith.text as never };
    }
    if (outcome.send) await context.sendActivity(replyActivity(outcome.send));
    return { statusCode: 200, type: MESSAGE_RESPONSE, value: outcome.notice as never };
  }

  /** An admin card's action (results paging, consent), refused for anyone but an admin unless it checks itself; null for a seller's verb. */
  private async adminAction(verb: string, data: Record<string, unknown>, asker: Asker, context: TurnContext): Promise<ActionOutcome | null> {
    const admin = this.deps.admin;
    if (!admin?.handlesVerb(verb)) return null;
    const catalog = catalogOf(context);
    const refusal = admin.checksItsOwnAccess(verb) ? null : refusalFor(asker, this.deps.admins ?? [], this.deps.store.references, catalog);
    return refusal ? { replaceWith: refusal } : admin.handleAction(verb, data, asker, context, catalog);
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
