/** Step 8: every answer as facts, then Save. Also turns the answers into the settings saved. */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { EnrichmentSettings, StoredFieldMapping } from '../../../store/adminSchema.js';
import type { Catalog } from '../../catalog/catalog.js';
import { datasetOf, mailboxesFact, unknownColumnError, type EnrichmentAnswers, type EnrichmentStep } from './answers.js';
import { listNames } from '../wizardText.js';
import { isTypedWord } from '../../commands/wizardWords.js';

const MAPPING_LABELS = {
  accountId: 'enrichment.profile.accountId', accountName: 'enrichment.profile.accountName', domain: 'enrichment.profile.domain',
  owner: 'enrichment.profile.owner', email: 'enrichment.email.label',
} as const;

/** The settings the answers make, or null while a step is incomplete. */
export function enrichmentSettingsOf(answers: EnrichmentAnswers, saved: { savedAt: number; savedBy: string }): EnrichmentSettings | null {
  const { region, mailboxEntries, mailboxCount, agreedAt, datasetId, fieldMapping, name, outputTable } = answers;
  if (!region || !mailboxEntries || mailboxCount === undefined || agreedAt === undefined || !datasetId || !name || !outputTable) return null;
  if (!fieldMapping?.email || !fieldMapping.accountId) return null;
  const mapping: StoredFieldMapping = {
    email: fieldMapping.email, accountId: fieldMapping.accountId,
    ...(fieldMapping.accountName ? { accountName: fieldMapping.accountName } : {}),
    ...(fieldMapping.domain ? { domain: fieldMapping.domain } : {}),
    ...(fieldMapping.owner ? { owner: fieldMapping.owner } : {}),
  };
  return { name, outputTable, mailboxEntries: [...mailboxEntries], mailboxCount, datasetId, fieldMapping: mapping, region, agreedAt, ...saved };
}

function facts(answers: EnrichmentAnswers, services: AdminServices, catalog: Catalog): { title: string; value: string }[] {
  const none = catalog.t('enrichment.none');
  const dataset = datasetOf(services, answers);
  const mapping = answers.fieldMapping ?? {};
  const rows = [
    { title: catalog.t('enrichment.fact.region'), value: answers.region ?? none },
    mailboxesFact(answers, catalog),
    { title: catalog.t('enrichment.fact.entries'), value: listNames(answers.mailboxEntries ?? [], catalog) || none },
  ];
  if (answers.leftOutCount) rows.push({ title: catalog.t('enrichment.fact.leftOut'), value: listNames(answers.leftOut ?? [], catalog, answers.leftOutCount) });
  rows.push(
    { title: catalog.t('enrichment.fact.agreed'), value: answers.agreedAt === undefined ? none : catalog.t('enrichment.fact.agreedOn', { date: catalog.formatDate(answers.agreedAt) }) },
    { title: catalog.t('enrichment.fact.dataset'), value: dataset ? `${dataset.name} (${catalog.t('enrichment.count.rows', { count: dataset.rows })})` : none },
    ...(['accountId', 'accountName', 'domain', 'owner', 'email'] as const).map((field) => ({ title: catalog.t(MAPPING_LABELS[field]), value: mapping[field] ?? none })),
    { title: catalog.t('enrichment.names.name'), value: answers.name ?? none },
    { title: catalog.t('enrichment.names.outputTable'), value: answers.outputTable ?? none },
  );
  return rows;
}

export function reviewStep(services: AdminServices): EnrichmentStep {
  return {
    id: 'review',
    render(answers, { catalog }) {
      const current = services.settings.enrichment();
      return {
        title: catalog.t('enrichment.review.title'),
        paragraphs: [catalog.t('enrichment.review.intro'), ...(current ? [catalog.t('enrichment.review.replaces', { name: current.name })] : [])],
        facts: facts(answers, services, catalog),
      };
    },
    async submit(input, answers, { catalog, asker, language }) {
      if (typeof input.text === 'string' && !isTypedWord('save', input.text, language)) {
        return { error: catalog.t('enrichment.review.typeSave') };
      }
      if (!enrichmentSettingsOf(answers, { savedAt: 0, savedBy: asker.userKey })) return { error: catalog.t('enrichment.review.incomplete') };
      const dataset = datasetOf(services, answers);
      if (!dataset) return { error: catalog.t('enrichment.review.datasetGone') };
      const missing = Object.values(answers.fieldMapping ?? {}).find((column) => column !== undefined && !dataset.columns.includes(column));
      return missing === undefined ? { answers } : { error: unknownColumnError(dataset, missing, catalog) };
    },
  };
}
