/** A seller's questions about one account, watching it, opting out of introductions, and help. */
import type { AccountInsight } from '../engagement/insights.js';
import { domainOf, normalizeAddress } from '../engagement/activity.js';
import type { RapportStore } from '../store/rapportStore.js';
import {
  introducerPolicy, relationshipAvailability, type RelationshipAvailability, type RelationshipOffReason,
} from '../jobs/admin/relationshipPolicy.js';
import type { Catalog, Language } from './catalog/catalog.js';
import { renderCard } from './cards.js';
import { customerCardData } from './cardData/customer.js';
import { didYouMeanCardData } from './cardData/didYouMean.js';
import { helpCardData } from './cardData/help.js';
import { introductionsCardData } from './cardData/introductions.js';
import { relationshipCardData, relationshipNotice, whoKnowsOffText } from './cardData/relationship.js';
import { suggestCommand } from './intents.js';
import type { InsightsView } from './insightsView.js';
import { message, type Asker, type Reply } from './turn.js';

const INTRODUCERS_SHOWN = 5;

export interface SellerAnswerDependencies {
  store: RapportStore;
  view(): InsightsView | null;
  /** The clock of the relationship-intelligence banner and switch-off; `Date.now` when not given. */
  now?: () => number;
  /** Where the tenant's Exchange data is kept (config); Exchange data from a region not chosen is not used. */
  tenantRegion?: string | null;
}

/** An account named in a message, and the card verb that answers about it (for the did-you-mean buttons). */
export interface AccountQuestion {
  name: string;
  verb: string;
  /** The language the question was asked in: a name that is really a mistyped command is suggested in it. */
  language: Language;
}

export class SellerAnswers {
  constructor(private readonly deps: SellerAnswerDependencies) {}

  /** No run has finished yet: nothing to answer from. */
  noData(catalog: Catalog): Reply {
    return message(catalog.t('commands.noDataTitle'), catalog.t('error.noData'), 'neutral');
  }

  relationship(view: InsightsView, insight: AccountInsight, catalog: Catalog): Reply {
    const notice = relationshipNotice(this.availability());
    return { card: renderCard('relationship', relationshipCardData(insight, catalog, { asOf: view.asOf, windowDays: view.windowDays, ...(notice ? { notice } : {}) })) };
  }

  customer(view: InsightsView, insight: AccountInsight, catalog: Catalog): Reply {
    const notice = relationshipNotice(this.availability());
    return { card: renderCard('customer', customerCardData(insight, catalog, { windowDays: view.windowDays, asOf: view.asOf, ...(notice ? { notice } : {}) })) };
  }

  whoKnows(view: InsightsView, insight: AccountInsight, asker: Asker, catalog: Catalog): Reply {
    const availability = this.availability();
    if (availability.whoKnows !== 'on') return whoKnowsOff(availability.whoKnows, catalog);
    const mayIntroduce = this.mayIntroduce(asker);
    const introducers = insight.introducers.filter((introducer) => mayIntroduce(introducer.internal)).slice(0, INTRODUCERS_SHOWN);
    const notice = relationshipNotice(availability);
    return { card: renderCard('introductions', introductionsCardData({ subject: insight.account.name, accountId: insight.account.id, introducers, colleagueNames: view.colleagueNames, asOf: view.asOf, windowDays: view.windowDays, ...(notice ? { notice } : {}) }, catalog)) };
  }

  whoKnowsPerson(email: string, asker: Asker, catalog: Catalog): Reply {
    const view = this.deps.view();
    if (!view) return this.noData(catalog);
    const availability = this.availability();
    if (availability.whoKnows !== 'on') return whoKnowsOff(availability.whoKnows, catalog);
    const person = normalizeAddress(email);
    const byDomain = view.find(domainOf(person));
    const accountId = byDomain.kind === 'found' ? byDomain.account.id : '';
    const mayIntroduce = this.mayIntroduce(asker);
    const introducers = view.knownBy(person).filter((introducer) => mayIntroduce(introducer.internal)).slice(0, INTRODUCERS_SHOWN);
    const notice = relationshipNotice(availability);
    return { card: renderCard('introductions', introductionsCardData({ subject: person, person, accountId, introducers, colleagueNames: view.colleagueNames, asOf: view.asOf, windowDays: view.windowDays, ...(notice ? { notice } : {}) }, catalog)) };
  }

  private availability(): RelationshipAvailability {
    return relationshipAvailability(this.deps.store.admin.relationship(), (this.deps.now ?? Date.now)(), this.deps.tenantRegion ?? null);
  }

  /** Colleagues who opted out, the asker, and (once configured) anyone outside the configured groups are never suggested. */
  private mayIntroduce(asker: Asker): (internal: string) => boolean {
    const covered = introducerPolicy(this.deps.store.admin.relationship());
    return (internal) => internal !== asker.email && covered(internal) && !this.deps.store.preferences.isOptedOut(internal);
  }

  /**
   * The account a question names, answered; else the candidates when several match, else the
   * command the name really was ("hlep"), else — in a neutral tone, since nothing failed — that
   * no account matched, with the closest names as buttons.
   */
  async withAccount(question: AccountQuestion, catalog: Catalog, answer: (view: InsightsView, insight: AccountInsight) => Reply | Promise<Reply>): Promise<Reply> {
    const view = this.deps.view();
    if (!view) return this.noData(catalog);
    const { name, verb } = question;
    const match = view.find(name);
    if (match.kind === 'found') return answer(view, view.account(match.account.id)!);
    if (match.kind === 'ambiguous') {
      return { card: renderCard('didYouMean', didYouMeanCardData({ asked: name, candidates: match.candidates, verb, found: 'several' }, catalog)) };
    }
    const suggestion = suggestCommand(name, question.language);
    if (suggestion) return this.help(catalog, { notUnderstood: name, suggestion });
    const closest = view.closest(name);
    if (closest.length === 0) return message(catalog.t('commands.noAccountTitle'), `${catalog.t('error.accountNotFound', { name })} ${catalog.t('prompt.whichAccount')}`, 'neutral');
    return { card: renderCard('didYouMean', didYouMeanCardData({ asked: name, candidates: closest, verb, found: 'none' }, catalog)) };
  }

  async watch(watch: boolean, insight: AccountInsight, asker: Asker, catalog: Catalog): Promise<Reply> {
    const account = insight.account.name;
    if (watch) {
      await this.deps.store.preferences.watch(asker.userKey, insight.account.id);
      return message(catalog.t('confirm.title'), catalog.t('confirm.watching', { account }), 'success');
    }
    const removed = await this.deps.store.preferences.unwatch(asker.userKey, insight.account.id);
    return removed
      ? message(catalog.t('confirm.title'), catalog.t('confirm.unwatched', { account }), 'success')
      : message(catalog.t('watches.title'), catalog.t('confirm.notWatching', { account }), 'neutral');
  }

  listWatches(asker: Asker, catalog: Catalog): Reply {
    const view = this.deps.view();
    const names = this.deps.store.preferences.watches(asker.userKey).map((id) => view?.account(id)?.account.name ?? id);
    return message(catalog.t('watches.title'), names.length > 0 ? catalog.formatList(names) : catalog.t('watches.empty'), 'neutral');
  }

  async optOut(optOut: boolean, asker: Asker, catalog: Catalog): Promise<Reply> {
    if (!asker.email) return message(catalog.t('error.title'), catalog.t('error.noEmail'), 'error');
    await this.deps.store.preferences.setOptedOut(asker.email, optOut);
    return message(catalog.t('confirm.title'), catalog.t(optOut ? 'confirm.optedOut' : 'confirm.optedIn'), 'success');
  }

  help(catalog: Catalog, options: { notUnderstood?: string; suggestion?: string | null; admin?: boolean } = {}): Reply {
    const { notUnderstood, suggestion, admin = false } = options;
    return { card: renderCard('help', helpCardData({ ...(notUnderstood ? { notUnderstood } : {}), ...(suggestion ? { suggestion } : {}), admin }, catalog)) };
  }
}

function whoKnowsOff(reason: RelationshipOffReason, catalog: Catalog): Reply {
  return message(catalog.t('ri.whoKnowsOff.title'), whoKnowsOffText(reason, catalog), 'neutral');
}
