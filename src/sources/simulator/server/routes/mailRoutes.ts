/** A mailbox folder's messages: `/users/{id}/mailFolders/{inbox|sentitems|drafts}/messages`. */
import { folderNotFound } from '../graphErrors.js';
import { canonicalSelection, MESSAGE_TYPE, project, type WellKnownFolder } from '../graphJson.js';
import { isDescending, selectedNames, timeFilterRange } from '../odataQuery.js';
import { lowerBound, pagedCollection, resolveMailbox, type GraphRoute, type PageSizes } from './graphRoute.js';

const MESSAGE_PAGE: PageSizes = { default: 10, max: 1000 };
const TIME_FIELDS = ['receivedDateTime', 'sentDateTime'];
const WELL_KNOWN_FOLDERS: readonly WellKnownFolder[] = ['inbox', 'sentitems', 'drafts'];

function wellKnownFolder(name: string): WellKnownFolder {
  const folder = WELL_KNOWN_FOLDERS.find((known) => known === name.toLowerCase());
  if (folder === undefined) throw folderNotFound();
  return folder;
}

export const MAIL_ROUTES: readonly GraphRoute[] = [
  {
    pattern: ['users', ':user', 'mailFolders', ':folder', 'messages'],
    role: 'Mail.ReadBasic.All',
    deniedAs: 'mailbox',
    mailboxParameter: 'user',
    handle(request) {
      const mailbox = resolveMailbox(request, request.params['user']!);
      const folder = wellKnownFolder(request.params['folder']!);
      const selection = canonicalSelection(selectedNames(request.query), MESSAGE_TYPE);
      const range = timeFilterRange(request.query.get('$filter'), TIME_FIELDS);
      const descending = isDescending(request.query, TIME_FIELDS, true);
      const view = request.views.folder(mailbox, folder);
      const first = lowerBound(view.times, range.from);
      const end = Math.max(first, lowerBound(view.times, range.until));
      const messageAt = (index: number) => view.messages[descending ? end - 1 - index : first + index]!;
      return pagedCollection(request, end - first, (index) => project(messageAt(index), selection, MESSAGE_TYPE), MESSAGE_PAGE);
    },
  },
];
