/** Step 1: what the enrichment does and reads, the data window, and the tenant's region check. */
import type { Catalog } from '../../catalog/catalog.js';
import { message } from '../../turn.js';
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { WizardStepView } from '../../cardData/wizardStep.js';
import { type EnrichmentAnswers, type EnrichmentStep } from './answers.js';
import { inputText } from '../wizardText.js';

const OTHER = 'other';

function supported(services: AdminServices, region: string): string | undefined {
  return services.config.supportedRegions.find((candidate) => candidate.toLowerCase() === region.toLowerCase());
}

function regionList(services: AdminServices): string {
  return services.config.supportedRegions.join(', ');
}

function stopFor(services: AdminServices, region: string | null, catalog: Catalog) {
  const regions = regionList(services);
  const text = region === null
    ? catalog.t('enrichment.overview.unsupportedOther', { regions })
    : catalog.t('enrichment.overview.unsupported', { regions, region });
  return { stop: [message(catalog.t('enrichment.overview.unsupportedTitle'), text, 'error')] };
}

export function overviewStep(services: AdminServices): EnrichmentStep {
  return {
    id: 'overview',
    render(answers: EnrichmentAnswers, { catalog }): WizardStepView {
      const paragraphs = [catalog.t('enrichment.overview.what'), catalog.t('enrichment.overview.reads'), catalog.t('enrichment.overview.window')];
      const configured = services.config.tenantRegion;
      if (configured !== null) {
        return { title: catalog.t('enrichment.overview.title'), paragraphs, facts: [{ title: catalog.t('enrichment.fact.region'), value: configured }] };
      }
      return {
        title: catalog.t('enrichment.overview.title'),
        paragraphs: [...paragraphs, catalog.t('enrichment.overview.regionPick', { regions: regionList(services) })],
        inputs: [{
          kind: 'choice', id: 'region', label: catalog.t('enrichment.overview.regionLabel'), required: true,
          errorMessage: catalog.t('enrichment.overview.regionRequired'),
          ...(answers.region ? { value: answers.region } : {}),
          choices: [
            ...services.config.supportedRegions.map((region) => ({ title: region, value: region })),
            { title: catalog.t('enrichment.overview.regionOther'), value: OTHER },
          ],
        }],
      };
    },
    async submit(input, answers, { catalog }) {
      const configured = services.config.tenantRegion;
      if (configured !== null) {
        const region = supported(services, configured);
        return region ? { answers: { ...answers, region } } : stopFor(services, configured, catalog);
      }
      const picked = inputText(input, 'region');
      if (picked === '') return { error: catalog.t('enrichment.overview.regionRequired') };
      const otherWords = [OTHER, catalog.t('enrichment.overview.regionOther').toLowerCase()];
      if (otherWords.includes(picked.toLowerCase())) return stopFor(services, null, catalog);
      const region = supported(services, picked);
      return region ? { answers: { ...answers, region } } : stopFor(services, picked, catalog);
    },
  };
}
