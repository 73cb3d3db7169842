/** Step 2: the users and groups whose mailboxes are monitored, resolved through the directory. */
import { MAX_MAILBOXES, MIN_MAILBOXES } from '../../../jobs/aggregateRun.js';
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { Catalog } from '../../catalog/catalog.js';
import { type EnrichmentAnswers, type EnrichmentStep } from './answers.js';
import { inputText, LISTED_NAMES, listNames, parseEntries, prefillOf } from '../wizardText.js';

function countError(count: number, catalog: Catalog): string | undefined {
  const mailboxes = catalog.t('enrichment.count.mailboxes', { count });
  if (count < MIN_MAILBOXES) return catalog.t('enrichment.mailboxes.tooFew', { mailboxes, min: MIN_MAILBOXES });
  if (count > MAX_MAILBOXES) return catalog.t('enrichment.mailboxes.tooMany', { mailboxes, max: MAX_MAILBOXES });
  return undefined;
}

export function mailboxesStep(services: AdminServices): EnrichmentStep {
  return {
    id: 'mailboxes',
    render(answers: EnrichmentAnswers, { catalog }) {
      const prefill = prefillOf(answers.mailboxEntries ?? []);
      const paragraphs = [catalog.t('enrichment.mailboxes.intro', { min: MIN_MAILBOXES, max: MAX_MAILBOXES })];
      if (prefill === undefined) paragraphs.push(catalog.t('enrichment.mailboxes.kept', { count: answers.mailboxEntries?.length ?? 0 }));
      return {
        title: catalog.t('enrichment.mailboxes.title'),
        paragraphs,
        inputs: [{
          kind: 'text', id: 'entries', label: catalog.t('enrichment.mailboxes.label'), multiline: true, required: prefill !== undefined,
          placeholder: catalog.t('enrichment.mailboxes.placeholder'), errorMessage: catalog.t('enrichment.mailboxes.none'),
          value: prefill ?? '',
        }],
      };
    },
    async submit(input, answers, { catalog }) {
      const typed = inputText(input, 'entries');
      const kept = typed === '' && prefillOf(answers.mailboxEntries ?? []) === undefined ? (answers.mailboxEntries ?? []).join('\n') : typed;
      const { entries, invalid } = parseEntries(kept);
      if (entries.length === 0 && invalid.length === 0) return { error: catalog.t('enrichment.mailboxes.none') };
      const errors = invalid.length > 0 ? [catalog.t('enrichment.mailboxes.invalid', { entries: listNames(invalid, catalog) })] : [];
      if (entries.length === 0) return { error: errors.join(' ') };
      const answer = await services.directory.resolve(entries);
      if (answer.kind === 'unavailable') {
        if (errors.length > 0) return { error: errors.join(' ') };
        const { leftOut: _names, leftOutCount: _count, ...rest } = answers;
        return { answers: { ...rest, mailboxEntries: entries, mailboxCount: null, directoryReason: answer.reason } };
      }
      if (answer.unknownEntries.length > 0) errors.push(catalog.t('enrichment.mailboxes.unknown', { entries: listNames(answer.unknownEntries, catalog) }));
      const tooFewOrMany = countError(answer.mailboxes.length, catalog);
      if (tooFewOrMany) errors.push(tooFewOrMany);
      const leftOut = answer.withoutMailbox.map((member) => member.displayName || member.objectId);
      if (errors.length > 0) {
        if (leftOut.length > 0) errors.push(catalog.t('enrichment.mailboxes.withoutMailbox', { names: listNames(leftOut, catalog) }));
        return { error: errors.join(' ') };
      }
      const { directoryReason: _reason, ...rest } = answers;
      return {
        answers: { ...rest, mailboxEntries: entries, mailboxCount: answer.mailboxes.length, leftOut: leftOut.slice(0, LISTED_NAMES), leftOutCount: leftOut.length },
      };
    },
  };
}
