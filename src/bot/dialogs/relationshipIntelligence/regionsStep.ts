/** Step 4: the regions whose Exchange data may be used, among the configured supported regions. */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import { onOff, type RelationshipAnswers, type RelationshipStepFactory } from './answers.js';
import { inputText } from '../wizardText.js';

const regionInput = (index: number) => `region${index}`;

/** What is ticked before the admin chooses: the last answer, the saved settings, or the tenant's region. */
function preset(services: AdminServices, answers: RelationshipAnswers): string[] {
  const saved = answers.exchangeRegions ?? services.settings.relationship()?.exchangeRegions;
  if (saved && saved.length > 0) return saved;
  const tenant = services.config.tenantRegion;
  return tenant !== null && services.config.supportedRegions.includes(tenant) ? [tenant] : [];
}

/** The regions picked on the card (one toggle each; a card sends "true" / "false") or typed ("UK, Europe"), in the configured order and spelling. */
function picked(services: AdminServices, input: Record<string, unknown>): { regions: string[]; unknown: string[] } {
  const supported = services.config.supportedRegions;
  if (supported.some((_region, index) => regionInput(index) in input)) {
    return { regions: supported.filter((_region, index) => onOff(inputText(input, regionInput(index)), 'en') === true), unknown: [] };
  }
  const typed = inputText(input, 'text').split(/[,;\r\n]+/).map((region) => region.trim()).filter(Boolean);
  const known = (name: string) => supported.find((region) => region.toLowerCase() === name.toLowerCase());
  return {
    regions: supported.filter((region) => typed.some((name) => known(name) === region)),
    unknown: typed.filter((name) => known(name) === undefined),
  };
}

export const regionsStep: RelationshipStepFactory = (services) => ({
  id: 'regions',
  render(answers, { catalog }) {
    if (answers.exchangeIntegration === false) return { title: catalog.t('ri.regions.title'), paragraphs: [catalog.t('ri.regions.exchangeOff')] };
    const ticked = preset(services, answers);
    return {
      title: catalog.t('ri.regions.title'),
      paragraphs: [catalog.t('ri.regions.intro')],
      inputs: services.config.supportedRegions.map((region, index) => ({
        kind: 'toggle' as const, id: regionInput(index), label: region, title: catalog.t('ri.regions.use'), value: ticked.includes(region),
      })),
    };
  },
  async submit(input, answers, { catalog }) {
    if (answers.exchangeIntegration === false) return { answers: { ...answers, exchangeRegions: [] } };
    const { regions, unknown } = picked(services, input);
    const supported = services.config.supportedRegions.join(', ');
    if (unknown.length > 0) return { error: catalog.t('ri.regions.unknown', { regions: unknown.join(', '), supported }) };
    if (regions.length === 0) return { error: catalog.t('ri.regions.none') };
    return { answers: { ...answers, exchangeRegions: regions } };
  },
});
