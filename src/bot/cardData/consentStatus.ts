/**
 * Data for `cards/consentStatus.json`: consent status, the admin-consent link card, the
 * request tenant admins get, and "consent recorded". Every text is plain and escaped here.
 */
import type { ConsentStatus, MailboxAccessSummary } from '../../jobs/admin/adminServices.js';
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

/** What "consent status" shows: when consent was requested and recorded, the permissions, and how the mailboxes are reached. */
export function consentStatusView(status: ConsentStatus, catalog: Catalog, timeZone: string, link?: string): ConsentCardView {
  const when = (at: number | null) => (at === null ? catalog.t('consent.notYet') : formatDateTime(at, catalog, timeZone));
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : catalog.t('consent.none'));
  const recorded = status.recordedAt !== null;
  const pending = !recorded && typeof status.pendingSince === 'number';
  const paragraphs = [
    recorded ? catalog.t('consent.recorded', { date: when(status.recordedAt) })
      : pending ? catalog.t('consentAccess.pending', { date: when(status.pendingSince ?? null) }) : catalog.t('consent.notRecorded'),
  ];
  if (status.error) paragraphs.push(catalog.t('consent.checkFailed', { error: status.error }));
  else if (recorded && status.missing.length > 0) paragraphs.push(catalog.t('consent.missingAfterRecorded'));
  else if (recorded) paragraphs.push(catalog.t('consent.allGranted'));
  const access = status.error ? undefined : status.access;
  paragraphs.push(...(access ? accessParagraphs(access, catalog) : []));
  const complete = recorded && !status.error && status.missing.length === 0 && (access?.outsideScope.length ?? 0) === 0 && (access?.widening.length ?? 0) === 0;
  return {
    title: pending ? catalog.t('consentAccess.pendingTitle') : catalog.t('consent.title'),
    tone: complete ? 'success' : status.error ? 'error' : 'warning',
    paragraphs,
    facts: [
      { title: catalog.t('consent.requestedAt'), value: when(status.requestedAt) },
      { title: catalog.t('consent.recordedAt'), value: when(status.recordedAt) },
      { title: catalog.t('consent.granted'), value: status.granted === null ? catalog.t('consent.unknown') : list(status.granted) },
      { title: catalog.t('consent.missing'), value: list(status.missing) },
      ...(access ? accessFacts(access, catalog) : []),
    ],
    ...(link ? { link } : {}),
  };
}

const MODE_KEYS = {
  'tenant-wide': 'consentAccess.modeTenantWide',
  'rbac-scoped': 'consentAccess.modeRbacScoped',
  both: 'consentAccess.modeBoth',
  none: 'consentAccess.modeNone',
} as const;

/** Mailboxes named on the card; the rest are counted. */
const MAILBOXES_NAMED = 5;

function accessFacts(access: MailboxAccessSummary, catalog: Catalog): Fact[] {
  const facts: Fact[] = [{ title: catalog.t('consentAccess.mode'), value: catalog.t(MODE_KEYS[access.mode]) }];
  if (access.configured > 0) {
    facts.push({ title: catalog.t('consentAccess.readable'), value: catalog.t('consentAccess.readableCount', { readable: access.readable, configured: access.configured }) });
  }
  if (access.outsideScope.length > 0) {
    const named = access.outsideScope.slice(0, MAILBOXES_NAMED);
    const more = access.outsideScope.length - named.length;
    facts.push({ title: catalog.t('consentAccess.outsideScope'), value: [named.join(', '), ...(more > 0 ? [catalog.t('consentAccess.moreMailboxes', { count: more })] : [])].join(' ') });
  }
  return facts;
}

function accessParagraphs(access: MailboxAccessSummary, catalog: Catalog): string[] {
  return [
    ...(access.widening.length > 0 ? [catalog.t('consentAccess.widened', { roles: catalog.formatList(access.widening) })] : []),
    ...(access.outsideScope.length > 0 ? [catalog.t('consentAccess.outsideScopeText', { count: access.outsideScope.length })] : []),
  ];
}
