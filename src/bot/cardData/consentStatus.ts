/**
 * Data for `cards/consentStatus.json`: consent status, the admin-consent link card, the
 * request tenant admins get, and "consent recorded". Every text is plain and escaped here.
 */
import type { ConsentStatus } from '../../jobs/admin/adminServices.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { formatDateTime } from '../admin/adminFormat.js';
import { fallbackText, type Fact } from './shared.js';

export type ConsentTone = 'neutral' | 'success' | 'warning' | 'error';

export interface ConsentCardView {
  title: string;
  paragraphs: readonly string[];
  facts?: readonly Fact[];
  /** The admin-consent URL, as a button. */
  link?: string;
  tone?: ConsentTone;
}

export interface ConsentCardData {
  fallbackText: string;
  style: 'default' | 'good' | 'warning' | 'attention';
  title: string;
  paragraphs: { text: string }[];
  hasFacts: boolean;
  facts: Fact[];
  hasLink: boolean;
  linkTitle: string;
  linkUrl: string;
}

const STYLES = { neutral: 'default', success: 'good', warning: 'warning', error: 'attention' } as const;

export function consentCardData(view: ConsentCardView, catalog: Catalog): ConsentCardData {
  const facts = (view.facts ?? []).map((fact) => ({ title: escapeMarkdown(fact.title), value: escapeMarkdown(fact.value) }));
  const title = escapeMarkdown(view.title);
  const paragraphs = view.paragraphs.map((text) => escapeMarkdown(text));
  return {
    fallbackText: fallbackText(title, ...paragraphs),
    style: STYLES[view.tone ?? 'neutral'],
    title,
    paragraphs: paragraphs.map((text) => ({ text })),
    hasFacts: facts.length > 0,
    facts,
    hasLink: Boolean(view.link),
    linkTitle: catalog.t('consent.linkTitle'),
    linkUrl: view.link ?? '',
  };
}

/** What "consent status" shows: when consent was requested and recorded, and which permissions the token has. */
export function consentStatusView(status: ConsentStatus, catalog: Catalog, timeZone: string, link?: string): ConsentCardView {
  const when = (at: number | null) => (at === null ? catalog.t('consent.notYet') : formatDateTime(at, catalog, timeZone));
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : catalog.t('consent.none'));
  const recorded = status.recordedAt !== null;
  const paragraphs = [recorded ? catalog.t('consent.recorded', { date: when(status.recordedAt) }) : catalog.t('consent.notRecorded')];
  if (status.error) paragraphs.push(catalog.t('consent.checkFailed', { error: status.error }));
  else if (recorded && status.missing.length > 0) paragraphs.push(catalog.t('consent.missingAfterRecorded'));
  else if (recorded) paragraphs.push(catalog.t('consent.allGranted'));
  const complete = recorded && !status.error && status.missing.length === 0;
  return {
    title: catalog.t('consent.title'),
    tone: complete ? 'success' : status.error ? 'error' : 'warning',
    paragraphs,
    facts: [
      { title: catalog.t('consent.requestedAt'), value: when(status.requestedAt) },
      { title: catalog.t('consent.recordedAt'), value: when(status.recordedAt) },
      { title: catalog.t('consent.granted'), value: status.granted === null ? catalog.t('consent.unknown') : list(status.granted) },
      { title: catalog.t('consent.missing'), value: list(status.missing) },
    ],
    ...(link ? { link } : {}),
  };
}
