/**
 * The admin side of the bot: the wizards (their state in the store, so they survive a
 * restart), "run now" with its progress card, the schedule, consent, results and delivery
 * status, and the admin cards' actions. Only admins get here (RapportBot checks).
 */
import { TurnContext, type CloudAdapter, type Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { AdminServicesWithRuns } from '../../jobs/admin/adminBackend.js';
import { startRelationshipWatch } from '../../jobs/admin/relationshipSwitchOff.js';
import { systemTimer, type Timer } from '../../jobs/runs/timer.js';
import type { RapportStore, StoredProgressCard } from '../../store/rapportStore.js';
import type { ActionOutcome } from '../cardActions.js';
import { catalogFor, type Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { CONFIGURE_ENRICHMENT_DIALOG, configureEnrichmentDialog } from '../dialogs/configureEnrichment/configureEnrichmentDialog.js';
import { DialogRunner } from '../dialogs/dialogRunner.js';
import { recordIdentifiableConsent } from '../dialogs/relationshipIntelligence/relationshipConsent.js';
import { RELATIONSHIP_DIALOG, relationshipIntelligenceDialog } from '../dialogs/relationshipIntelligence/relationshipDialog.js';
import {
  RELATIONSHIP_CONSENT_VERB, relationshipStatusReply, relationshipSwitchedOffReply, type RelationshipAdminDeps,
} from '../dialogs/relationshipIntelligence/relationshipStatus.js';
import { parseIntent } from '../intents.js';
import { catalogOf, replyActivity, type Asker, type Reply } from '../turn.js';
import { isAdminIntent, type AdminIntent } from './adminCommands.js';
import { adminNames } from './adminGate.js';
import type { AdminTurns } from './adminTurns.js';
import { afterEnrichmentSaved, consentPendingNotice, consentRecordedNotice, consentStatusReply, type Notify } from './consentCommands.js';
import { cloudAdapterSink, RunProgressCards } from './progressCards.js';
import { RESULTS_MORE_VERB, resultsMoreAction, resultsReply } from './resultsCommands.js';
import { runNowReply, scheduleReply } from './runCommands.js';

export interface AdminConversationsOptions {
  services: AdminServicesWithRuns;
  store: RapportStore;
  adapter: CloudAdapter;
  appId: string;
  publicUrl: string;
  log: Logger;
  /** Proactive sends to a person (tenant admins asked for consent, the admin told it was given). */
  notify: Notify;
  /** "delivery status": what the outbox holds. */
  deliveryStatus(catalog: Catalog): Reply;
}

export class AdminConversations implements AdminTurns {
  private readonly dialogs: DialogRunner;
  private readonly progress: RunProgressCards;
  private readonly relationship: RelationshipAdminDeps;

  constructor(private readonly options: AdminConversationsOptions) {
    const { services, store, notify } = options;
    this.progress = new RunProgressCards({
      runs: services.runs, sink: cloudAdapterSink(options.adapter, options.appId), timeZone: services.config.timeZone,
      logError: (message) => options.log.warn(message),
    });
    const nameOf = (personKey: string) => store.references.personalFor(personKey)?.name ?? personKey;
    this.relationship = { services, references: store.references };
    this.dialogs = new DialogRunner(store.dialogs as Storage, [
      configureEnrichmentDialog(services, { afterSave: (_settings, step) => afterEnrichmentSaved(services, step.asker, step.catalog, { notify, nameOf }) }),
      relationshipIntelligenceDialog(services, { afterSave: (_settings, step) => this.afterRelationshipSaved(step.asker, step.catalog) }),
    ]);
  }

  /** A typed admin command leaves the wizard under way (nothing saved) and is answered instead of read as a step's answer. */
  async continueDialog(context: TurnContext): Promise<boolean> {
    const typed = context.activity.value === undefined ? context.activity.text ?? '' : '';
    if (typed && isAdminIntent(parseIntent(typed)) && await this.dialogs.cancel(context)) {
      await context.sendActivity(catalogOf(context).t('wizard.left'));
      return false;
    }
    return this.dialogs.continueActive(context);
  }

  async answer(intent: AdminIntent, context: TurnContext, asker: Asker, catalog: Catalog): Promise<void> {
    const { services, store, publicUrl } = this.options;
    const send = async (reply: Reply) => void await context.sendActivity(replyActivity(reply));
    switch (intent.kind) {
      case 'configureEngagement':
        return this.dialogs.begin(context, CONFIGURE_ENRICHMENT_DIALOG);
      case 'enableRelationshipIntelligence':
        return this.dialogs.begin(context, RELATIONSHIP_DIALOG);
      case 'runNow':
        return this.runNow(context, asker, catalog);
      case 'schedule':
        return send(await scheduleReply(services, intent.schedule, catalog));
      case 'consentStatus':
        return send(await consentStatusReply(services, catalog, asker));
      case 'results':
        // The card carries a download link to the whole output table: not for a group chat or channel.
        if (context.activity.conversation.conversationType !== 'personal') return send({ text: catalog.t('admin.personalOnly') });
        return send(await resultsReply({ store, services, publicUrl }, catalog));
      case 'deliveryStatus':
        return send(this.options.deliveryStatus(catalog));
    }
  }

  handlesVerb(verb: string): boolean {
    return verb === RESULTS_MORE_VERB || verb === RELATIONSHIP_CONSENT_VERB;
  }

  /** The identifiable-insights consent is the tenant admins' to give, who need not be Rapport's admins. */
  checksItsOwnAccess(verb: string): boolean {
    return verb === RELATIONSHIP_CONSENT_VERB;
  }

  async handleAction(verb: string, data: Record<string, unknown>, asker: Asker, _context: TurnContext, catalog: Catalog): Promise<ActionOutcome> {
    if (verb === RELATIONSHIP_CONSENT_VERB) return { replaceWith: await recordIdentifiableConsent(this.relationship, asker, catalog) };
    return resultsMoreAction({ store: this.options.store }, data, catalog);
  }

  /**
   * Watches the 14 days after relationship intelligence was enabled: without consent by then,
   * who-knows-whom switches off and the admin who enabled it is told. Returns a stop function.
   */
  watchRelationshipConsent(timer: Timer = systemTimer): () => void {
    const { services, store, notify, log } = this.options;
    return startRelationshipWatch({
      store, timer,
      onSwitchedOff: async (settings) => {
        if (!await notify(settings.enabledBy, relationshipSwitchedOffReply(settings, services, catalogFor(undefined)))) {
          log.warn({ enabledBy: settings.enabledBy }, 'relationship intelligence switched off, but its admin could not be told');
        }
      },
      onError: (error) => log.error({ error: error instanceof Error ? error.message : String(error) }, 'relationship switch-off check failed'),
    });
  }

  /**
   * Saved, consent pending: the tenant admins get the status with the consent button (the admin
   * too, when they are one); the admin hears who was asked and who could not be reached.
   */
  private async afterRelationshipSaved(asker: Asker, catalog: Catalog): Promise<Reply[]> {
    if (this.options.services.settings.relationship()?.identifiableConsentAt !== null) return [];
    const status = relationshipStatusReply(this.relationship, catalog);
    const askerKeys = [asker.userKey, asker.email, asker.aadObjectId?.toLowerCase()];
    const tenantAdmins = this.options.services.config.tenantAdmins;
    const others = tenantAdmins.filter((key) => !askerKeys.includes(key));
    const reached = await Promise.all(others.map((key) => this.options.notify(key, status).catch(() => false)));
    const names = (keys: string[]) => escapeMarkdown(adminNames(keys, this.options.store.references).join(', '));
    const asked = others.filter((_, i) => reached[i]);
    const unreached = others.filter((_, i) => !reached[i]);
    return [
      ...(others.length < tenantAdmins.length ? [status] : []),
      ...(asked.length > 0 ? [{ text: catalog.t('ri.tenantAdminsAsked', { people: names(asked) }) }] : []),
      ...(unreached.length > 0 ? [{ text: catalog.t('ri.tenantAdminsUnreachable', { people: names(unreached) }) }] : []),
    ];
  }

  /** The callback reported consent no app token confirms yet: the admin who asked hears that it is pending. */
  async consentPending(requestedBy: string | null, pendingSince: number): Promise<void> {
    if (requestedBy === null) return;
    const delivered = await this.options.notify(requestedBy, consentPendingNotice(this.options.services, pendingSince, catalogFor(undefined)));
    if (!delivered) this.options.log.warn({ requestedBy }, 'consent pending confirmation, but the admin who asked could not be told');
  }

  /** Consent was recorded: the admin who asked for it hears when the first run starts. */
  async consentRecorded(requestedBy: string | null, recordedAt: number): Promise<void> {
    // Confirmed by "consent status" or the pending check, with nobody's link behind it: the asker sees the card.
    if (requestedBy === null) return;
    const delivered = await this.options.notify(requestedBy, consentRecordedNotice(this.options.services, recordedAt, catalogFor(undefined)));
    if (!delivered) this.options.log.warn({ requestedBy }, 'consent recorded, but the admin who asked could not be told');
  }

  /** The reply, then one card kept up to date in place until the run ends (across a restart). */
  private async runNow(context: TurnContext, asker: Asker, catalog: Catalog): Promise<void> {
    const answer = await runNowReply(this.options.services, asker, catalog);
    const sent = await context.sendActivity(replyActivity(answer.reply));
    const follow = answer.follow;
    if (!follow || !sent?.id) return;
    const card: StoredProgressCard = {
      runId: follow.runId, activityId: sent.id,
      reference: TurnContext.getConversationReference(context.activity) as Record<string, unknown>,
      ...(context.activity.locale ? { locale: context.activity.locale } : {}),
    };
    await this.options.store.admin.saveProgressCard(card);
    this.follow(card, { startedAt: follow.startedAt, alreadyRunning: follow.alreadyRunning });
  }

  /** At start: cards of runs a stop interrupted follow them again (the resumed run keeps its id); the others are forgotten. */
  async resumeProgressCards(): Promise<void> {
    const { store } = this.options;
    const interrupted = new Set((await store.checkpoints.unfinished()).map((checkpoint) => checkpoint.runId));
    for (const card of store.admin.progressCards()) {
      if (interrupted.has(card.runId)) this.follow(card, {});
      else await store.admin.removeProgressCard(card.runId, card.activityId);
    }
  }

  private follow(card: StoredProgressCard, options: { startedAt?: number; alreadyRunning?: boolean }): void {
    const { store, log } = this.options;
    this.progress.follow(card.reference, card.runId, catalogFor(card.locale), { activityId: card.activityId, ...options })
      .then(async (handle) => {
        if (await handle.done !== 'stopped') await store.admin.removeProgressCard(card.runId, card.activityId);
      })
      .catch((error: unknown) => log.warn({ runId: card.runId, error: (error as Error).message }, 'progress card not updated'));
  }
}
