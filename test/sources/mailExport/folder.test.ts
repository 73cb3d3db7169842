import { describe, expect, it } from 'vitest';
import { folderOf, folderWords } from '../../../src/sources/mailExport/folder.js';

describe('folderOf', () => {
  it.each([
    ['_sent_mail', 'sent'],
    ['sent_items', 'sent'],
    ['Sent Items', 'sent'],
    ['SENT', 'sent'],
    ['a/sent/b', 'sent'],
    ['deleted_items/_sent_mail', 'sent'],
    ['drafts', 'drafts'],
    ['Draft', 'drafts'],
    ['old/drafts2', 'drafts'],
    ['sent/drafts', 'sent'],
    ['presentations', 'inbox'],
    ['unsent', 'inbox'],
    ['inbox', 'inbox'],
    ['', 'inbox'],
  ] as const)('%j is %s', (folderPath, folder) => {
    expect(folderOf(folderPath)).toBe(folder);
  });

  it('splits on every character that is not a letter', () => {
    expect(folderWords('_sent_mail')).toEqual(['sent', 'mail']);
    expect(folderWords('a1b/C-d')).toEqual(['a', 'b', 'c', 'd']);
  });
});
