/** "results" / "my enrichments", and its "show more" action. */
import { DAY_MS } from '../../engagement/activity.js';
import type { EnrichmentInsights } from '../../engagement/insights.js';
import { rowsAsCsv } from '../../jobs/tableExport.js';
import type { AdminServices } from '../../jobs/admin/adminServices.js';
import type { RapportStore } from '../../store/rapportStore.js';
import type { ActionOutcome } from '../cardActions.js';
import type { Catalog } from '../catalog/catalog.js';
import { renderCard } from '../cards.js';
import { RUNS_SHOWN, CHART_RUNS, resultsCardData, resultsRowsCardData } from '../cardData/results.js';
import { message, type Reply } from '../turn.js';
import { formatDateTime } from './adminFormat.js';

export const RESULTS_MORE_VERB = 'results.more';
const DOWNLOAD_TTL_MS = DAY_MS;

export interface ResultsDependencies {
  store: Pick<RapportStore, 'insights' | 'runs' | 'admin' | 'downloads'>;
  services: Pick<AdminServices, 'settings' | 'runs' | 'config'>;
  /** The bot's public base URL, which serves `/api/downloads/{token}`. */
  publicUrl: string;
}

/** Every row of the output table (Year, Month and Week), account by account. */
export function outputTableRows(insights: EnrichmentInsights) {
  return insights.accounts.flatMap((insight) => [insight.year, ...insight.months, ...insight.weeks]);
}

/** A file name from the admin's table name: letters, digits, `-` and `_` only. */
function csvFileName(outputTable: string): string {
  const safe = outputTable.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
  return `${safe || 'results'}.csv`;
}

export async function resultsReply(deps: ResultsDependencies, catalog: Catalog): Promise<Reply> {
  const { store, services } = deps;
  const enrichment = services.settings.enrichment();
  if (!enrichment) return message(catalog.t('results.notConfiguredTitle'), catalog.t('results.notConfigured'), 'neutral');
  const insights = await store.insights.current();
  if (!insights) {
    const next = services.runs.nextRunAt();
    const text = next === null
      ? catalog.t('results.noRun', { name: enrichment.name })
      : catalog.t('results.noRunNext', { name: enrichment.name, when: formatDateTime(next, catalog, services.config.timeZone) });
    return message(catalog.t('results.noRunTitle'), text, 'neutral');
  }
  const download = await store.downloads.create(rowsAsCsv(outputTableRows(insights)), csvFileName(enrichment.outputTable), DOWNLOAD_TTL_MS);
  const data = resultsCardData({
    enrichmentName: enrichment.name,
    outputTable: enrichment.outputTable,
    insights,
    runs: store.runs.history(Math.max(RUNS_SHOWN, CHART_RUNS)),
    directory: store.admin.directory()?.mailboxes ?? null,
    csv: { url: `${deps.publicUrl.replace(/\/$/, '')}/api/downloads/${download.token}`, expiresAt: download.expiresAt },
    timeZone: services.config.timeZone,
  }, catalog);
  return { card: renderCard('results', data) };
}

/** `results.more` with `{ offset }`: the table's next page, replacing the clicked card. */
export async function resultsMoreAction(deps: Pick<ResultsDependencies, 'store'>, data: Record<string, unknown>, catalog: Catalog): Promise<ActionOutcome> {
  const insights = await deps.store.insights.current();
  if (!insights) return { replaceWith: message(catalog.t('results.noRunTitle'), catalog.t('error.noData'), 'neutral') };
  const raw = data['offset'];
  const offset = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : 0;
  // Card data is untrusted: anything but a whole, non-negative number starts from the top.
  const start = Number.isInteger(offset) && offset >= 0 ? offset : 0;
  return { replaceWith: { card: renderCard('resultsRows', resultsRowsCardData(insights, start, catalog)) } };
}
