/** Lists of accounts a seller asks for: going cold, most engaged, needing attention, and segments. */
import { DAY_MS } from '../engagement/activity.js';
import { compileSegment, DEFAULT_STALE_DAYS, SegmentSyntaxError, type Segment } from '../engagement/segments.js';
import { rowsAsCsv } from '../jobs/tableExport.js';
import type { RapportStore } from '../store/rapportStore.js';
import type { Catalog } from './catalog/catalog.js';
import { ACCOUNT_LIST_LIMIT, accountListCardData, type AccountListInput, type AccountListKind } from './cardData/accountList.js';
import { segmentsCardData } from './cardData/segments.js';
import { renderCard } from './cards.js';
import type { InsightsView } from './insightsView.js';
import type { AccountInsight } from '../engagement/insights.js';
import { message, type Asker, type Reply } from './turn.js';

const DOWNLOAD_TTL_MS = DAY_MS;

export interface ListAnswerDependencies {
  store: RapportStore;
  view(): InsightsView | null;
  publicUrl: string;
  noData(catalog: Catalog): Reply;
}

/** How many rows to show for a number asked for, and what to say when it was outside 1..ACCOUNT_LIST_LIMIT. */
export function listLength(requested: number | undefined, catalog: Catalog): { limit?: number; note?: string } {
  if (requested === undefined) return {};
  if (requested > ACCOUNT_LIST_LIMIT) return { limit: ACCOUNT_LIST_LIMIT, note: catalog.t('commands.countTooMany', { requested, max: ACCOUNT_LIST_LIMIT }) };
  if (requested < 1) return { limit: 1, note: catalog.t('commands.countTooFew') };
  return { limit: requested };
}

export class ListAnswers {
  constructor(private readonly deps: ListAnswerDependencies) {}

  topList(count: number | undefined, catalog: Catalog): Reply {
    return this.list(catalog, { kind: 'top' }, (view) => view.byScore(), count);
  }

  staleList(count: number | undefined, catalog: Catalog): Reply {
    return this.list(catalog, { kind: 'stale', thresholdDays: DEFAULT_STALE_DAYS }, (view) => view.stale(), count);
  }

  /** "Which accounts need attention?": the accounts going cold, the ones a seller should look at first. */
  attentionList(catalog: Catalog): Reply {
    return this.list(catalog, { kind: 'attention', thresholdDays: DEFAULT_STALE_DAYS }, (view) => view.stale(), undefined);
  }

  async segment(expression: string, catalog: Catalog): Promise<Reply> {
    const view = this.deps.view();
    if (!view) return this.deps.noData(catalog);
    const compiled = compiledSegment(expression);
    if (compiled instanceof SegmentSyntaxError) return segmentError(compiled, catalog);
    const matching = view.segment(compiled);
    const download = await this.deps.store.downloads.create(rowsAsCsv(matching.map((insight) => insight.year)), 'segment.csv', DOWNLOAD_TTL_MS);
    const csvUrl = `${this.deps.publicUrl.replace(/\/$/, '')}/api/downloads/${download.token}`;
    return card(catalog, { kind: 'segment', expression, csvUrl, rows: matching.map((insight) => insight.year), asOf: view.asOf, windowDays: view.windowDays });
  }

  async runSegment(name: string, asker: Asker, catalog: Catalog): Promise<Reply> {
    const saved = this.deps.store.segments.get(asker.userKey, name);
    if (!saved) return message(catalog.t('error.title'), catalog.t('error.segmentNotFound', { name }), 'error');
    return this.segment(saved.expression, catalog);
  }

  async saveSegment(name: string, expression: string, asker: Asker, catalog: Catalog): Promise<Reply> {
    const view = this.deps.view();
    if (!view) return this.deps.noData(catalog);
    const compiled = compiledSegment(expression);
    if (compiled instanceof SegmentSyntaxError) return segmentError(compiled, catalog);
    const count = view.segment(compiled).length;
    await this.deps.store.segments.save(asker.userKey, { name, expression });
    return message(catalog.t('confirm.title'), catalog.t('confirm.segmentSaved', { name, count }), 'success');
  }

  listSegments(asker: Asker, catalog: Catalog): Reply {
    const view = this.deps.view();
    const countOf = (expression: string) => {
      const compiled = compiledSegment(expression);
      return view && !(compiled instanceof SegmentSyntaxError) ? view.segment(compiled).length : 0;
    };
    const segments = this.deps.store.segments.list(asker.userKey).map((segment) => ({ name: segment.name, expression: segment.expression, count: countOf(segment.expression) }));
    return { card: renderCard('segments', segmentsCardData(segments, catalog)) };
  }

  private list(catalog: Catalog, kind: AccountListKind, rowsOf: (view: InsightsView) => AccountInsight[], count: number | undefined): Reply {
    const view = this.deps.view();
    if (!view) return this.deps.noData(catalog);
    return card(catalog, { ...kind, rows: rowsOf(view).map((insight) => insight.year), asOf: view.asOf, windowDays: view.windowDays, ...listLength(count, catalog) });
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

function segmentError(error: SegmentSyntaxError, catalog: Catalog): Reply {
  return message(catalog.t('error.title'), catalog.t('error.segmentSyntax', { message: error.message }), 'error');
}

function card(catalog: Catalog, input: AccountListInput): Reply {
  return { card: renderCard('accountList', accountListCardData(input, catalog)) };
}
