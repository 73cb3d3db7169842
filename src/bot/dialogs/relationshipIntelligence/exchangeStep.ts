/** Step 3: Exchange integration on or off. Off: no individual ties are built, and sellers' cards say why. */
import { onOff, type RelationshipStepFactory } from './answers.js';
import { inputText } from '../wizardText.js';

export const exchangeStep: RelationshipStepFactory = (services) => ({
  id: 'exchange',
  render(answers, { catalog }) {
    const on = answers.exchangeIntegration ?? services.settings.relationship()?.exchangeIntegration ?? true;
    return {
      title: catalog.t('ri.exchange.title'),
      paragraphs: [catalog.t('ri.exchange.on'), catalog.t('ri.exchange.off')],
      inputs: [{ kind: 'toggle', id: 'exchange', label: catalog.t('ri.exchange.label'), value: on }],
    };
  },
  async submit(input, answers, { catalog, language }) {
    const exchangeIntegration = onOff(inputText(input, 'exchange'), language);
    if (exchangeIntegration === undefined) return { error: catalog.t('ri.exchange.invalid') };
    // Regions only mean something with Exchange on; they are chosen again when it is turned back on.
    const { exchangeRegions: _regions, ...rest } = answers;
    return { answers: exchangeIntegration ? { ...answers, exchangeIntegration } : { ...rest, exchangeIntegration, exchangeRegions: [] } };
  },
});
