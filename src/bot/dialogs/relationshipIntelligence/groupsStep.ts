/**
 * Step 2: the groups whose members' mail and calendars feed relationship intelligence (the
 * Sales "security roles"), resolved through the directory. Their members with a mailbox are
 * kept with the settings: only they are offered as introducers.
 */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import { type RelationshipAnswers, type RelationshipStepFactory } from './answers.js';
import { inputText, LISTED_NAMES, listNames, parseEntries, prefillOf } from '../wizardText.js';

/** The groups so far: this run's answer, else the settings in force. */
function currentGroups(services: AdminServices, answers: RelationshipAnswers): string[] {
  return answers.groups ?? services.settings.relationship()?.groups ?? [];
}

export const groupsStep: RelationshipStepFactory = (services) => ({
  id: 'groups',
  render(answers, { catalog }) {
    const groups = currentGroups(services, answers);
    // Too many to put back into the box (the card must stay under Teams' limit): an empty box keeps them.
    const prefill = prefillOf(groups);
    const paragraphs = [catalog.t('ri.groups.intro')];
    if (prefill === undefined) paragraphs.push(catalog.t('ri.groups.kept', { count: groups.length }));
    return {
      title: catalog.t('ri.groups.title'),
      paragraphs,
      inputs: [{
        kind: 'text', id: 'groups', label: catalog.t('ri.groups.label'), multiline: true, required: prefill !== undefined,
        placeholder: catalog.t('ri.groups.placeholder'), errorMessage: catalog.t('ri.groups.none'), value: prefill ?? '',
      }],
    };
  },
  async submit(input, answers, { catalog }) {
    const typed = inputText(input, 'groups');
    const current = currentGroups(services, answers);
    const kept = typed === '' && prefillOf(current) === undefined ? current.join('\n') : typed;
    const { entries: groups, invalid } = parseEntries(kept);
    if (invalid.length > 0) return { error: catalog.t('ri.groups.invalid', { entries: listNames(invalid, catalog) }) };
    if (groups.length === 0) return { error: catalog.t('ri.groups.none') };
    const answer = await services.directory.resolve(groups);
    if (answer.kind === 'unavailable') return { error: catalog.t('ri.groups.unavailable', { reason: answer.reason }) };
    if (answer.unknownEntries.length > 0) return { error: catalog.t('ri.groups.unknown', { entries: listNames(answer.unknownEntries, catalog) }) };
    if (answer.mailboxes.length === 0) return { error: catalog.t('ri.groups.noMembers') };
    const members = [...new Set(answer.mailboxes.map((mailbox) => mailbox.address.toLowerCase()))].sort();
    const leftOut = answer.withoutMailbox.map((member) => member.displayName || member.objectId);
    return { answers: { ...answers, groups, members, leftOut: leftOut.slice(0, LISTED_NAMES), leftOutCount: leftOut.length } };
  },
});
