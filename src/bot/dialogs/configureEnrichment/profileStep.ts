/** Step 5: which dataset columns hold the account id (required), name, domain and owner (optional). */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { StoredFieldMapping } from '../../../store/adminSchema.js';
import type { WizardInput } from '../../cardData/wizardStep.js';
import { columnInput, columnOf, datasetOf, presetColumn, requiredColumn, typedColumnsNote, unknownColumnError, type EnrichmentStep } from './answers.js';
import { inputText, listNames } from '../wizardText.js';
import { isTypedWord } from '../../commands/wizardWords.js';

type ProfileField = 'accountId' | 'accountName' | 'domain' | 'owner';
const OPTIONAL_FIELDS = ['accountName', 'domain', 'owner'] as const;
const LABELS = {
  accountId: 'enrichment.profile.accountId', accountName: 'enrichment.profile.accountName',
  domain: 'enrichment.profile.domain', owner: 'enrichment.profile.owner',
} as const;

export function profileStep(services: AdminServices): EnrichmentStep {
  return {
    id: 'profile',
    render(answers, { catalog }) {
      const dataset = datasetOf(services, answers);
      if (!dataset) return { title: catalog.t('enrichment.profile.title'), error: catalog.t('enrichment.review.datasetGone') };
      // Many columns are typed rather than chosen: four lists of them would pass Teams' card size limit.
      const choice = (field: ProfileField): WizardInput => {
        const preset = presetColumn(dataset, answers.fieldMapping?.[field]);
        return columnInput(dataset, {
          id: field, label: catalog.t(LABELS[field]), ...(preset ? { value: preset } : {}),
          ...(field === 'accountId' ? { required: catalog.t('enrichment.profile.accountIdRequired') } : { noneTitle: catalog.t('enrichment.profile.none') }),
        });
      };
      return {
        title: catalog.t('enrichment.profile.title'),
        paragraphs: [catalog.t('enrichment.profile.intro', { dataset: dataset.name }), ...typedColumnsNote(dataset, catalog, 'many')],
        facts: [
          { title: catalog.t('enrichment.fact.dataset'), value: `${dataset.name} (${catalog.t('enrichment.count.rows', { count: dataset.rows })})` },
          { title: catalog.t('enrichment.fact.columns'), value: listNames(dataset.columns, catalog) },
        ],
        inputs: [choice('accountId'), ...OPTIONAL_FIELDS.map(choice)],
      };
    },
    async submit(input, answers, { catalog, language }) {
      const dataset = datasetOf(services, answers);
      if (!dataset) return { error: catalog.t('enrichment.review.datasetGone') };
      const chosen = requiredColumn(dataset, inputText(input, 'accountId'), catalog.t('enrichment.profile.accountIdRequired'), catalog);
      if ('error' in chosen) return chosen;
      const accountId = chosen.column;
      const mapping: Partial<StoredFieldMapping> = { ...(answers.fieldMapping?.email ? { email: answers.fieldMapping.email } : {}), accountId };
      for (const field of OPTIONAL_FIELDS) {
        const typed = typeof input[field] === 'string' ? (input[field] as string).trim() : '';
        if (typed === '') continue;
        const column = columnOf(dataset, typed);
        // "(none)" typed (a dataset with many columns has boxes, not choices) leaves the field unmapped.
        if (!column && isTypedWord('none', typed, language, [catalog.t('enrichment.profile.none')])) continue;
        if (!column) return { error: unknownColumnError(dataset, typed, catalog) };
        mapping[field] = column;
      }
      return { answers: { ...answers, fieldMapping: mapping } };
    },
  };
}
