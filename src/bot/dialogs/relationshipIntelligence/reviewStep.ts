/** Step 5: every answer as facts and what happens about consent, then Save. */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import { RELATIONSHIP_CONSENT_DAYS, switchOffAt } from '../../../jobs/admin/relationshipPolicy.js';
import type { Catalog } from '../../catalog/catalog.js';
import type { Fact } from '../../cardData/shared.js';
import { formatDateTime } from '../../admin/adminFormat.js';
import { keepsDeadline, keptConsent, relationshipSettingsOf, type RelationshipAnswers, type RelationshipStepFactory } from './answers.js';
import { listNames } from '../wizardText.js';
import { isTypedWord } from '../../commands/wizardWords.js';

export function answerFacts(answers: RelationshipAnswers, catalog: Catalog): Fact[] {
  const none = catalog.t('ri.fact.none');
  const rows: Fact[] = [
    { title: catalog.t('ri.fact.groups'), value: listNames(answers.groups ?? [], catalog) || none },
    { title: catalog.t('ri.fact.members'), value: catalog.t('ri.count.people', { count: answers.members?.length ?? 0 }) },
  ];
  if (answers.leftOutCount) rows.push({ title: catalog.t('ri.fact.withoutMailbox'), value: listNames(answers.leftOut ?? [], catalog, answers.leftOutCount) });
  rows.push(
    { title: catalog.t('ri.fact.exchange'), value: catalog.t(answers.exchangeIntegration ? 'ri.fact.on' : 'ri.fact.off') },
    { title: catalog.t('ri.fact.regions'), value: (answers.exchangeRegions ?? []).join(', ') || none },
  );
  return rows;
}

function consentParagraph(services: AdminServices, catalog: Catalog): string {
  const previous = services.settings.relationship();
  const when = (at: number) => formatDateTime(at, catalog, services.config.timeZone);
  const kept = keptConsent(previous);
  if (kept !== null) return catalog.t('ri.review.consentKept', { date: when(kept) });
  if (keepsDeadline(previous, services.now())) return catalog.t('ri.review.deadlineKept', { date: when(switchOffAt(previous)) });
  return catalog.t('ri.review.consent', { days: RELATIONSHIP_CONSENT_DAYS });
}

export const reviewStep: RelationshipStepFactory = (services) => ({
  id: 'review',
  render(answers, { catalog }) {
    return {
      title: catalog.t('ri.review.title'),
      paragraphs: [
        catalog.t('ri.review.intro'),
        consentParagraph(services, catalog),
        ...(answers.exchangeIntegration === false ? [catalog.t('ri.review.exchangeOff')] : []),
      ],
      facts: answerFacts(answers, catalog),
    };
  },
  async submit(input, answers, { catalog, language }) {
    // Typed text saves only when it says so: an answer meant for another step must not save.
    if (typeof input.text === 'string' && !isTypedWord('save', input.text, language)) {
      return { error: catalog.t('ri.review.typeSave') };
    }
    if (!relationshipSettingsOf(answers, { enabledAt: 0, enabledBy: '', identifiableConsentAt: null })) return { error: catalog.t('ri.review.incomplete') };
    return { answers };
  },
});
