/** Step 7: the enrichment's name and its output table's name. */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { Catalog } from '../../catalog/catalog.js';
import type { EnrichmentStep } from './answers.js';

export const NAME_PATTERN = /^[A-Za-z0-9_]+$/;
/** Tables Rapport writes itself (the monitored mailboxes). */
export const RESERVED_TABLES = ['Office_UserEntity'] as const;

const FIELDS = { name: 'enrichment.names.name', outputTable: 'enrichment.names.outputTable' } as const;
type NameField = keyof typeof FIELDS;

function fieldName(field: NameField, catalog: Catalog): string {
  return catalog.t(FIELDS[field]).toLowerCase();
}

function problemsOf(field: NameField, value: string, services: AdminServices, catalog: Catalog): string[] {
  const named = { field: fieldName(field, catalog), value };
  if (value === '') return [catalog.t('enrichment.names.empty', { field: named.field })];
  if (!NAME_PATTERN.test(value)) return [catalog.t('enrichment.names.characters', named)];
  const key = value.toLowerCase();
  if (RESERVED_TABLES.some((table) => table.toLowerCase() === key)) return [catalog.t('enrichment.names.reserved', named)];
  const dataset = services.datasets.list().find((candidate) => candidate.name.toLowerCase() === key);
  return dataset ? [catalog.t('enrichment.names.dataset', { ...named, dataset: dataset.name })] : [];
}

function stringInput(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function namesStep(services: AdminServices): EnrichmentStep {
  return {
    id: 'names',
    render(answers, { catalog }) {
      const input = (field: NameField, placeholder: string) => ({
        kind: 'text' as const, id: field, label: catalog.t(FIELDS[field]), required: true, placeholder, regex: NAME_PATTERN.source,
        errorMessage: catalog.t('enrichment.names.hint'),
        value: answers[field] ?? '',
      });
      return {
        title: catalog.t('enrichment.names.title'),
        paragraphs: [catalog.t('enrichment.names.intro')],
        inputs: [input('name', 'AccountEngagement'), input('outputTable', 'AccountEngagementScores')],
      };
    },
    async submit(input, answers, { catalog }) {
      // Typed, the two names come in one message: "AccountEngagement EngagementScores".
      const typed = stringInput(input.text).split(/[\s,;]+/).filter(Boolean);
      const name = input.text === undefined ? stringInput(input.name) : (typed[0] ?? '');
      const outputTable = input.text === undefined ? stringInput(input.outputTable) : (typed[1] ?? '');
      const problems = [...problemsOf('name', name, services, catalog), ...problemsOf('outputTable', outputTable, services, catalog)];
      if (name !== '' && name.toLowerCase() === outputTable.toLowerCase()) problems.push(catalog.t('enrichment.names.same'));
      return problems.length > 0 ? { error: problems.join(' ') } : { answers: { ...answers, name, outputTable } };
    },
  };
}
