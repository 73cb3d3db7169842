/** Step 3: the privacy statement, with a required "I agree". Also shows what the mailboxes resolved to. */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { Catalog } from '../../catalog/catalog.js';
import { mailboxesFact, type EnrichmentAnswers, type EnrichmentStep } from './answers.js';
import { listNames, typedWord } from '../wizardText.js';

const TYPED_AGREEMENT = new Set(['i agree', 'agree', 'yes', 'true']);

function agreed(value: unknown, catalog: Catalog): boolean {
  if (value === true) return true;
  if (typeof value !== 'string') return false;
  const word = typedWord(value);
  return TYPED_AGREEMENT.has(word) || word === typedWord(catalog.t('enrichment.consent.agree'));
}

/** What the previous step found, said once on this card. */
function mailboxNotes(answers: EnrichmentAnswers, catalog: Catalog): string[] {
  if (answers.mailboxCount === null) return [catalog.t('enrichment.mailboxes.later', { reason: answers.directoryReason ?? '' })];
  const notes = [catalog.t('enrichment.mailboxes.resolved', { mailboxes: catalog.t('enrichment.count.mailboxes', { count: answers.mailboxCount ?? 0 }) })];
  if (answers.leftOut && answers.leftOut.length > 0) {
    notes.push(catalog.t('enrichment.mailboxes.withoutMailbox', { names: listNames(answers.leftOut, catalog, answers.leftOutCount) }));
  }
  return notes;
}

export function consentStep(services: AdminServices): EnrichmentStep {
  return {
    id: 'consent',
    render(answers, { catalog }) {
      return {
        title: catalog.t('enrichment.consent.title'),
        paragraphs: [...mailboxNotes(answers, catalog), catalog.t('enrichment.consent.statement'), catalog.t('enrichment.consent.responsibility')],
        facts: [mailboxesFact(answers, catalog)],
        inputs: [{
          kind: 'toggle', id: 'agree', label: catalog.t('enrichment.consent.label'), title: catalog.t('enrichment.consent.agree'),
          required: true, errorMessage: catalog.t('enrichment.consent.required'), value: answers.agreedAt !== undefined,
        }],
      };
    },
    async submit(input, answers, { catalog }) {
      if (!agreed(input.agree ?? input.text, catalog)) return { error: catalog.t('enrichment.consent.required') };
      return { answers: { ...answers, agreedAt: services.now() } };
    },
  };
}
