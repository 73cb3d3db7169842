/** A seller's question (an intent) → the card that answers it. */
import type { AccountInsight } from '../engagement/insights.js';
import { DAY_MS, domainOf, normalizeAddress } from '../engagement/activity.js';
import { compileSegment, DEFAULT_STALE_DAYS, SegmentSyntaxError, type Segment } from '../engagement/segments.js';
import type { RapportStore } from '../store/rapportStore.js';
import { rowsAsCsv } from '../jobs/tableExport.js';
import {
  introducerPolicy, relationshipAvailability, type RelationshipAvailability, type RelationshipOffReason,
} from '../jobs/admin/relationshipPolicy.js';
import type { Catalog } from './catalog/catalog.js';
import { renderCard } from './cards.js';
import { accountListCardData } from './cardData/accountList.js';
import { customerCardData } from './cardData/customer.js';
import { didYouMeanCardData } from './cardData/didYouMean.js';
import { helpCardData } from './cardData/help.js';
import { introductionsCardData } from './cardData/introductions.js';
import { relationshipCardData, relationshipNotice, whoKnowsOffText } from './cardData/relationship.js';
import { segmentsCardData } from './cardData/segments.js';
import type { Intent } from './intents.js';
import { suggestCommand } from './intents.js';
import type { InsightsView } from './insightsView.js';
import { message, type Asker, type Reply } from './turn.js';

const INTRODUCERS_SHOWN = 5;
const DOWNLOAD_TTL_MS = DAY_MS;

export interface SellerAnswerDependencies {
  store: RapportStore;
  view(): InsightsView | null;
  publicUrl: string;
  /** The clock of the relationship-intelligence banner and switch-off; `Date.now` when not given. */
  now?: () => number;
  /** Where the tenant's Exchange data is kept (config); Exchange data from a region not chosen is not used. */
  tenantRegion?: string | null;
}

export class SellerAnswers {
  constructor(private readonly deps: SellerAnswerDependencies) {}

  async answer(intent: Intent, asker: Asker, catalog: Catalog): Promise<Reply> {
    if (intent.kind === 'help') return this.help(catalog);
    if (intent.kind === 'unknown') return this.help(catalog, intent.text, intent.suggestion);
    if (intent.kind === 'optOut' || intent.kind === 'optIn') return this.optOut(intent.kind === 'optOut', asker, catalog);
    if (intent.kind === 'listSegments') return this.listSegments(asker, catalog);
    if (intent.kind === 'listWatches') return this.listWatches(asker, catalog);
    const view = this.deps.view();
    if (!view) return message(catalog.t('error.title'), catalog.t('error.noData'), 'error');
    switch (intent.kind) {
      case 'engagement':
        return this.withAccount(view, intent.account, catalog, (insight) => this.customer(view, insight, catalog));
      case 'whoKnows':
        return this.withAccount(view, intent.account, catalog, (insight) => this.whoKnows(view, insight, asker, catalog));
      case 'relationship':
        return this.withAccount(view, intent.account, catalog, (insight) => this.relationship(view, insight, catalog));
      case 'whoKnowsPerson':
        return this.whoKnowsPerson(view, intent.email, asker, catalog);
      case 'topAccounts':
        return list(catalog, { kind: 'top', rows: view.byScore().map((insight) => insight.year), asOf: view.asOf, windowDays: view.windowDays });
      case 'staleAccounts':
        return list(catalog, { kind: 'stale', thresholdDays: DEFAULT_STALE_DAYS, rows: view.stale().map((insight) => insight.year), asOf: view.asOf, windowDays: view.windowDays });
      case 'segment':
        return this.segment(view, intent.expression, catalog);
      case 'runSegment': {
        const saved = this.deps.store.segments.get(asker.userKey, intent.name);
        return saved ? this.segment(view, saved.expression, catalog) : message(catalog.t('error.title'), catalog.t('error.segmentNotFound', { name: intent.name }), 'error');
      }
      case 'saveSegment':
        return this.saveSegment(view, intent.name, intent.expression, asker, catalog);
      case 'watch':
      case 'unwatch':
        return this.withAccount(view, intent.account, catalog, (insight) => this.watch(intent.kind === 'watch', insight, asker, catalog));
      default:
        return message(catalog.t('error.title'), catalog.t('admin.notAvailable'), 'neutral');
    }
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

  private whoKnowsPerson(view: InsightsView, email: string, asker: Asker, catalog: Catalog): Reply {
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

  private withAccount(view: InsightsView, name: string, catalog: Catalog, answer: (insight: AccountInsight) => Reply | Promise<Reply>): Reply | Promise<Reply> {
    const match = view.find(name);
    if (match.kind === 'found') return answer(view.account(match.account.id)!);
    if (match.kind === 'ambiguous') return { card: renderCard('didYouMean', didYouMeanCardData({ asked: name, candidates: match.candidates }, catalog)) };
    const suggestion = suggestCommand(name);
    return suggestion
      ? this.help(catalog, name, suggestion)
      : message(catalog.t('error.title'), `${catalog.t('error.accountNotFound', { name })} ${catalog.t('prompt.whichAccount')}`, 'error');
  }

  private async segment(view: InsightsView, expression: string, catalog: Catalog): Promise<Reply> {
    const compiled = compiledSegment(expression);
    if (compiled instanceof SegmentSyntaxError) return segmentError(compiled, catalog);
    const matching = view.segment(compiled);
    const download = await this.deps.store.downloads.create(rowsAsCsv(matching.map((insight) => insight.year)), 'segment.csv', DOWNLOAD_TTL_MS);
    const csvUrl = `${this.deps.publicUrl.replace(/\/$/, '')}/api/downloads/${download.token}`;
    return list(catalog, { kind: 'segment', expression, csvUrl, rows: matching.map((insight) => insight.year), asOf: view.asOf, windowDays: view.windowDays });
  }

  private async saveSegment(view: InsightsView, name: string, expression: string, asker: Asker, catalog: Catalog): Promise<Reply> {
    const compiled = compiledSegment(expression);
    if (compiled instanceof SegmentSyntaxError) return segmentError(compiled, catalog);
    const count = view.segment(compiled).length;
    await this.deps.store.segments.save(asker.userKey, { name, expression });
    return message(catalog.t('confirm.title'), catalog.t('confirm.segmentSaved', { name, count }), 'success');
  }

  private listSegments(asker: Asker, catalog: Catalog): Reply {
    const view = this.deps.view();
    const countOf = (expression: string) => {
      const compiled = compiledSegment(expression);
      return view && !(compiled instanceof SegmentSyntaxError) ? view.segment(compiled).length : 0;
    };
    const segments = this.deps.store.segments.list(asker.userKey).map((segment) => ({ name: segment.name, expression: segment.expression, count: countOf(segment.expression) }));
    return { card: renderCard('segments', segmentsCardData(segments, catalog)) };
  }

  async watch(watch: boolean, insight: AccountInsight, asker: Asker, catalog: Catalog): Promise<Reply> {
    const account = insight.account.name;
    if (watch) {
      await this.deps.store.preferences.watch(asker.userKey, insight.account.id);
      return message(catalog.t('confirm.title'), catalog.t('confirm.watching', { account }), 'success');
    }
    const removed = await this.deps.store.preferences.unwatch(asker.userKey, insight.account.id);
    return message(catalog.t('confirm.title'), catalog.t(removed ? 'confirm.unwatched' : 'confirm.notWatching', { account }), removed ? 'success' : 'neutral');
  }

  private listWatches(asker: Asker, catalog: Catalog): Reply {
    const view = this.deps.view();
    const names = this.deps.store.preferences.watches(asker.userKey).map((id) => view?.account(id)?.account.name ?? id);
    return message(catalog.t('watches.title'), names.length > 0 ? names.join(', ') : catalog.t('watches.empty'), 'neutral');
  }

  private async optOut(optOut: boolean, asker: Asker, catalog: Catalog): Promise<Reply> {
    if (!asker.email) return message(catalog.t('error.title'), catalog.t('error.noEmail'), 'error');
    await this.deps.store.preferences.setOptedOut(asker.email, optOut);
    return message(catalog.t('confirm.title'), catalog.t(optOut ? 'confirm.optedOut' : 'confirm.optedIn'), 'success');
  }

  help(catalog: Catalog, notUnderstood?: string, suggestion?: string | null, admin = false): Reply {
    return { card: renderCard('help', helpCardData({ ...(notUnderstood ? { notUnderstood } : {}), ...(suggestion ? { suggestion } : {}), admin }, catalog)) };
  }
}

function compiledSegment(expression: string): Segment | SegmentSyntaxError {
  try {
    return compileSegment(expression);
  } catch (error) {
    if (error instanceof SegmentSyntaxError) return error;
    throw error;
  }
}

function whoKnowsOff(reason: RelationshipOffReason, catalog: Catalog): Reply {
  return message(catalog.t('ri.whoKnowsOff.title'), whoKnowsOffText(reason, catalog), 'neutral');
}

function segmentError(error: SegmentSyntaxError, catalog: Catalog): Reply {
  return message(catalog.t('error.title'), catalog.t('error.segmentSyntax', { message: error.message }), 'error');
}

function list(catalog: Catalog, input: Parameters<typeof accountListCardData>[0]): Reply {
  return { card: renderCard('accountList', accountListCardData(input, catalog)) };
}
