/** Step 4: the customer dataset: a registered one, or a CSV file uploaded in personal chat. */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { RegisteredDataset } from '../../../store/adminSchema.js';
import { type EnrichmentStep } from './answers.js';
import { inputText } from '../wizardText.js';
import { registerSentFile, sentFileOf } from './upload.js';

function findDataset(datasets: readonly RegisteredDataset[], typed: string): RegisteredDataset | undefined {
  return datasets.find((dataset) => dataset.id === typed) ?? datasets.find((dataset) => dataset.name.toLowerCase() === typed.toLowerCase());
}

export function datasetStep(services: AdminServices): EnrichmentStep {
  return {
    id: 'dataset',
    render(answers, { catalog, conversationType }) {
      const datasets = services.datasets.list();
      const paragraphs = [catalog.t('enrichment.dataset.intro')];
      if (datasets.length === 0) paragraphs.push(catalog.t('enrichment.dataset.noneRegistered'));
      paragraphs.push(catalog.t(conversationType === 'personal' ? 'enrichment.dataset.uploadHere' : 'enrichment.dataset.uploadPersonal'));
      const chosen = datasets.some((dataset) => dataset.id === answers.datasetId) ? answers.datasetId : undefined;
      return {
        title: catalog.t('enrichment.dataset.title'),
        paragraphs,
        inputs: datasets.length === 0 ? [] : [{
          kind: 'choice', id: 'dataset', label: catalog.t('enrichment.dataset.label'), errorMessage: catalog.t('enrichment.dataset.required'),
          ...(chosen ? { value: chosen } : {}),
          choices: datasets.map((dataset) => ({
            title: catalog.t('enrichment.dataset.choice', { name: dataset.name, rows: catalog.t('enrichment.count.rows', { count: dataset.rows }) }),
            value: dataset.id,
          })),
        }],
      };
    },
    async submit(input, answers, { catalog, asker, attachments, conversationType }) {
      const file = sentFileOf(attachments ?? []);
      if (file) {
        if (conversationType !== 'personal') return { error: catalog.t('enrichment.dataset.notPersonal') };
        if (!file.isCsv) return { error: catalog.t('enrichment.dataset.notCsv', { name: file.fileName }) };
        const upload = await registerSentFile(services, file, asker.userKey);
        if (!upload.ok) return { error: catalog.t('enrichment.dataset.uploadFailed', { reason: upload.error }) };
        return { answers: { ...answers, datasetId: upload.dataset.id } };
      }
      const typed = inputText(input, 'dataset');
      if (typed === '') return { error: catalog.t('enrichment.dataset.required') };
      const dataset = findDataset(services.datasets.list(), typed);
      if (!dataset) return { error: catalog.t('enrichment.dataset.unknown', { name: typed }) };
      return { answers: { ...answers, datasetId: dataset.id } };
    },
  };
}
