/** Step 6: the column holding contacts' email addresses: it must exist and mostly hold addresses. */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import { columnInput, datasetOf, presetColumn, requiredColumn, typedColumnsNote, type EnrichmentStep } from './answers.js';
import { inputText } from '../wizardText.js';

/** Below this share of addresses among a column's values, it is not the email column. */
export const MIN_EMAIL_SHARE = 0.5;

export function emailStep(services: AdminServices): EnrichmentStep {
  return {
    id: 'email',
    render(answers, { catalog }) {
      const dataset = datasetOf(services, answers);
      if (!dataset) return { title: catalog.t('enrichment.email.title'), error: catalog.t('enrichment.review.datasetGone') };
      const preset = presetColumn(dataset, answers.fieldMapping?.email);
      return {
        title: catalog.t('enrichment.email.title'),
        paragraphs: [catalog.t('enrichment.email.intro', { dataset: dataset.name }), ...typedColumnsNote(dataset, catalog, 'one')],
        inputs: [columnInput(dataset, {
          id: 'email', label: catalog.t('enrichment.email.label'), required: catalog.t('enrichment.email.required'), ...(preset ? { value: preset } : {}),
        })],
      };
    },
    async submit(input, answers, { catalog }) {
      const dataset = datasetOf(services, answers);
      if (!dataset) return { error: catalog.t('enrichment.review.datasetGone') };
      const chosen = requiredColumn(dataset, inputText(input, 'email'), catalog.t('enrichment.email.required'), catalog);
      if ('error' in chosen) return chosen;
      const { column } = chosen;
      const share = await services.datasets.emailShare(dataset.id, column);
      if (share.share < MIN_EMAIL_SHARE) {
        return {
          error: catalog.t('enrichment.email.notEmails', {
            percent: catalog.formatNumber(share.share * 100, 0), column, emails: share.emails, sampled: share.sampled,
          }),
        };
      }
      return { answers: { ...answers, fieldMapping: { ...answers.fieldMapping, email: column } } };
    },
  };
}
