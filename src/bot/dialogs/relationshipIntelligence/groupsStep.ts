/**
 * Step 2: the groups whose members' mail and calendars feed relationship intelligence (the
 * Sales "security roles"), resolved through the directory. Their members with a mailbox are
 * kept with the settings: only they are offered as introducers.
 */
import { validEmailOrNull } from '../../../sources/contacts/emailValidation.js';
import { type RelationshipStepFactory } from './answers.js';
import { inputText, LISTED_NAMES, listNames } from '../wizardText.js';

/** Entries as typed: split on commas, semicolons and new lines; addresses normalized; distinct. */
export function parseGroups(text: string): string[] {
  const groups: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[,;\r\n]+/)) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    // An address that breaks the address rule is kept as typed: the directory then names it unknown.
    const entry = trimmed.includes('@') ? validEmailOrNull(trimmed) ?? trimmed : trimmed;
    const key = entry.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(entry);
  }
  return groups;
}

export const groupsStep: RelationshipStepFactory = (services) => ({
  id: 'groups',
  render(answers, { catalog }) {
    const groups = answers.groups ?? services.settings.relationship()?.groups ?? [];
    return {
      title: catalog.t('ri.groups.title'),
      paragraphs: [catalog.t('ri.groups.intro')],
      inputs: [{
        kind: 'text', id: 'groups', label: catalog.t('ri.groups.label'), multiline: true, required: true,
        placeholder: catalog.t('ri.groups.placeholder'), errorMessage: catalog.t('ri.groups.none'), value: groups.join('\n'),
      }],
    };
  },
  async submit(input, answers, { catalog }) {
    const groups = parseGroups(inputText(input, 'groups'));
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
