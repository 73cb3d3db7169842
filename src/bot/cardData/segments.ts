/** Data for `cards/segments.json`: the saved segments, each with a Run button. */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { fallbackText } from './shared.js';

/** Saved segments listed on the card; more are not shown. */
export const SEGMENTS_SHOWN = 10;

export interface SavedSegmentSummary {
  name: string;
  expression: string;
  /** Accounts matching in the latest run. */
  count: number;
}

export interface SegmentsCardData {
  fallbackText: string;
  title: string;
  runTitle: string;
  segments: { name: string; expression: string; countText: string; runName: string }[];
  isEmpty: boolean;
  emptyText: string;
}

export function segmentsCardData(segments: readonly SavedSegmentSummary[], catalog: Catalog): SegmentsCardData {
  const title = catalog.t('segments.title');
  const shown = segments.slice(0, SEGMENTS_SHOWN);
  const emptyText = catalog.t('segments.empty');
  return {
    fallbackText: fallbackText(
      title, shown.length === 0 ? emptyText : catalog.formatList(shown.map((segment) => escapeMarkdown(segment.name))),
    ),
    title,
    runTitle: catalog.t('segments.run'),
    segments: shown.map((segment) => ({
      name: escapeMarkdown(segment.name),
      expression: escapeMarkdown(segment.expression),
      countText: catalog.t('list.count', { count: segment.count }),
      runName: segment.name,
    })),
    isEmpty: segments.length === 0,
    emptyText,
  };
}
