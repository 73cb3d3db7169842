/** Step 3: the privacy statement, with a required "I agree". Also shows what the mailboxes resolved to. */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { Catalog, Language } from '../../catalog/catalog.js';
import { mailboxesFact, type EnrichmentAnswers, type EnrichmentStep } from './answers.js';
import { listNames } from '../wizardText.js';
import { isTypedWord } from '../../commands/wizardWords.js';

/** The toggle on ("true"), or "I agree" typed in the asker's language, English, or as the toggle's own title. */
function agreed(value: unknown, catalog: Catalog, language: Language): boolean {
  if (value === true) return true;
  return typeof value === 'string' && isTypedWord('agree', value, language, [catalog.t('enrichment.consent.agree')]);
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
    async submit(input, answers, { catalog, language }) {
      if (!agreed(input.agree ?? input.text, catalog, language)) return { error: catalog.t('enrichment.consent.required') };
      return { answers: { ...answers, agreedAt: services.now() } };
    },
  };
}
