/** Data for `cards/introductions.json`: "who knows someone at Contoso?" / "who knows jane@contoso.com?". */
import type { Timestamp } from '../../engagement/activity.js';
import type { Introducer } from '../../engagement/ties.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { relationshipNoticeText, type RelationshipNotice } from './relationship.js';
import { daysAgo, fallbackText, freshnessText } from './shared.js';

export const INTRODUCERS_SHOWN = 5;

/**
 * Tie strength (engagement-spec.md section 5) is a decayed, weighted count of shared items:
 * a recent email counts about 1 (1.5 received), a recent meeting about 3, and "knows" starts
 * at 1. Five or more is several recent two-way exchanges or meetings; two or more is a
 * working acquaintance. Cards show only the band, never the number.
 */
export const STRENGTH_BANDS = { strongFrom: 5, mediumFrom: 2 } as const;

export type StrengthBand = 'strong' | 'medium' | 'weak';

export function strengthBand(strength: number): StrengthBand {
  return strength >= STRENGTH_BANDS.strongFrom ? 'strong' : strength >= STRENGTH_BANDS.mediumFrom ? 'medium' : 'weak';
}

export interface IntroductionRequestData {
  accountId: string;
  introducer: string;
  person?: string;
}

export interface IntroductionsCardData {
  fallbackText: string;
  title: string;
  hasNotice: boolean;
  notice: string;
  introducers: { name: string; detail: string; request: IntroductionRequestData }[];
  requestTitle: string;
  isEmpty: boolean;
  emptyText: string;
  freshness: string;
}

export interface IntroductionsInput {
  /** The account's display name, or with `person` the person's address. */
  subject: string;
  accountId: string;
  /** Set when the question was about one person ("who knows jane@contoso.com?"). */
  person?: string;
  /** Ranked, with opted-out colleagues and the asker already left out. */
  introducers: readonly Introducer[];
  /** Display names of colleagues by address; the address is shown otherwise. */
  colleagueNames?: ReadonlyMap<string, string>;
  asOf: Timestamp;
  windowDays: number;
  notice?: RelationshipNotice;
}

const STRENGTH_KEYS = { strong: 'strength.strong', medium: 'strength.medium', weak: 'strength.weak' } as const;

export function introductionsCardData(input: IntroductionsInput, catalog: Catalog): IntroductionsCardData {
  const subject = escapeMarkdown(input.subject);
  const shown = input.introducers.slice(0, INTRODUCERS_SHOWN);
  const { notice } = input;
  const title = input.person === undefined
    ? catalog.t('introductions.titleAccount', { account: subject })
    : catalog.t('introductions.titlePerson', { person: subject });
  const noticeText = notice === undefined ? '' : relationshipNoticeText(notice, catalog);
  const nameOf = (introducer: Introducer) => escapeMarkdown(input.colleagueNames?.get(introducer.internal) ?? introducer.internal);
  const emptyText = input.person === undefined
    ? catalog.t('introductions.emptyAccount', { account: subject })
    : catalog.t('introductions.emptyPerson', { person: subject });
  return {
    fallbackText: fallbackText(noticeText, title, shown.length === 0 ? emptyText : catalog.formatList(shown.map(nameOf))),
    title,
    hasNotice: notice !== undefined,
    notice: noticeText,
    introducers: shown.map((introducer) => ({
      name: nameOf(introducer),
      detail: catalog.t('introductions.lastInTouch', {
        strength: catalog.t(STRENGTH_KEYS[strengthBand(introducer.strongest)]),
        when: catalog.formatRelativeDays(daysAgo(introducer.lastInteraction, input.asOf)),
      }),
      request: {
        accountId: input.accountId,
        introducer: introducer.internal,
        ...(input.person === undefined ? {} : { person: input.person }),
      },
    })),
    requestTitle: catalog.t('introductions.request'),
    isEmpty: shown.length === 0,
    emptyText,
    freshness: freshnessText(catalog, input.asOf, input.windowDays),
  };
}
