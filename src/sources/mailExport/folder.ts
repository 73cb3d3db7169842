/**
 * The folder rule of mail exports (engagement-spec.md, section 1): the folder path below
 * the mailbox, split into words on every character that is not a letter, decides.
 */
import type { MailFolder } from '../../engagement/activity.js';

export function folderWords(folderPath: string): string[] {
  return folderPath
    .split(/\P{L}+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/** `sent` when a word is `sent`; else `drafts` when a word is `draft` or `drafts`; else `inbox`. */
export function folderOf(folderPath: string): MailFolder {
  const words = folderWords(folderPath);
  if (words.includes('sent')) return 'sent';
  if (words.includes('draft') || words.includes('drafts')) return 'drafts';
  return 'inbox';
}
