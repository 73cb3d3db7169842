/**
 * Simulated items and directory objects as Microsoft Graph JSON. The simulator holds
 * synthetic subjects and bodies, so that the record can show a client never asked for them.
 */
import type { AttendeeResponse, MailFolder, MailItem, MeetingItem, Timestamp } from '../../../engagement/activity.js';
import type { SimulatedGroup, SimulatedUser } from '../tenantModel.js';
import { badRequest } from './graphErrors.js';
import { changeKey, exchangeId } from './graphIds.js';
import { DAY_MS } from '../../../engagement/activity.js';

export type GraphObject = Record<string, unknown>;

export interface EntityType {
  name: string;
  properties: readonly string[];
  /** Returned whatever `$select` says. */
  alwaysReturned: readonly string[];
}

export const USER_TYPE: EntityType = {
  name: 'microsoft.graph.user',
  properties: [
    'id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'accountEnabled', 'userType', 'jobTitle',
    'officeLocation', 'businessPhones', 'mobilePhone', 'preferredLanguage', 'proxyAddresses',
  ],
  alwaysReturned: [],
};

export const GROUP_TYPE: EntityType = {
  name: 'microsoft.graph.group',
  properties: ['id', 'displayName', 'mail', 'mailEnabled', 'mailNickname', 'securityEnabled', 'groupTypes', 'description', 'proxyAddresses'],
  alwaysReturned: [],
};

/** What `transitiveMembers` lists: users and groups, each with the properties it has. */
export const DIRECTORY_OBJECT_TYPE: EntityType = {
  name: 'microsoft.graph.directoryObject',
  properties: [...new Set([...USER_TYPE.properties, ...GROUP_TYPE.properties])],
  alwaysReturned: ['@odata.type'],
};

export const MESSAGE_TYPE: EntityType = {
  name: 'microsoft.graph.message',
  properties: [
    'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'categories', 'receivedDateTime', 'sentDateTime',
    'hasAttachments', 'internetMessageId', 'subject', 'bodyPreview', 'importance', 'parentFolderId', 'conversationId',
    'isDeliveryReceiptRequested', 'isReadReceiptRequested', 'isRead', 'isDraft', 'inferenceClassification', 'body',
    'sender', 'from', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'flag',
  ],
  alwaysReturned: ['@odata.etag', 'id'],
};

export const EVENT_TYPE: EntityType = {
  name: 'microsoft.graph.event',
  properties: [
    'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'categories', 'iCalUId', 'subject', 'bodyPreview', 'body',
    'importance', 'sensitivity', 'isAllDay', 'isCancelled', 'isOrganizer', 'showAs', 'type', 'seriesMasterId', 'start', 'end',
    'responseStatus', 'organizer', 'attendees', 'location',
  ],
  alwaysReturned: ['@odata.etag', 'id'],
};

/** `$select`'s names in their canonical case; a name the type lacks is a 400, as in Graph. */
export function canonicalSelection(select: readonly string[] | null, type: EntityType): string[] | null {
  if (select === null) return null;
  return select.map((name) => {
    const known = type.properties.find((property) => property.toLowerCase() === name.toLowerCase());
    if (known === undefined) throw badRequest(`Could not find a property named '${name}' on type '${type.name}'.`);
    return known;
  });
}

/** The object cut down to the selection (and what is always returned); the whole object without one. */
export function project(object: GraphObject, selection: readonly string[] | null, type: EntityType): GraphObject {
  if (selection === null) return object;
  const projected: GraphObject = {};
  for (const name of [...type.alwaysReturned, ...selection]) {
    if (name in object) projected[name] = object[name];
  }
  return projected;
}

const PLACEHOLDER_BODY = 'Synthetic placeholder text: the tenant simulator holds no real mail content.';
const NO_RESPONSE_TIME = '0001-01-01T00:00:00Z';

/** Graph's UTC time form: `2024-01-01T10:00:00Z`, milliseconds only when there are some. */
export function graphUtcTime(time: Timestamp): string {
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

/** A calendar time: `{ dateTime: '2024-01-01T10:00:00.0000000', timeZone: 'UTC' }`. */
export function calendarTime(time: Timestamp): { dateTime: string; timeZone: string } {
  return { dateTime: `${new Date(time).toISOString().slice(0, 23)}0000`, timeZone: 'UTC' };
}

export type DisplayNames = (address: string) => string;

function emailAddress(address: string, names: DisplayNames): { emailAddress: { name: string; address: string } } {
  return { emailAddress: { name: names(address), address } };
}

function localPart(address: string): string {
  const at = address.indexOf('@');
  return at < 0 ? address : address.slice(0, at);
}

export function userJson(user: SimulatedUser): GraphObject {
  const [givenName = null, ...rest] = user.displayName.split(' ');
  return {
    id: user.id,
    displayName: user.displayName,
    givenName,
    surname: rest.length > 0 ? rest.join(' ') : null,
    mail: user.hasMailbox ? user.address : null,
    userPrincipalName: user.address,
    accountEnabled: true,
    userType: 'Member',
    jobTitle: null,
    officeLocation: null,
    businessPhones: [],
    mobilePhone: null,
    preferredLanguage: null,
    proxyAddresses: user.hasMailbox ? [`SMTP:${user.address}`] : [],
  };
}

export function groupJson(group: SimulatedGroup): GraphObject {
  return {
    id: group.id,
    displayName: group.displayName,
    mail: group.address,
    mailEnabled: true,
    mailNickname: localPart(group.address),
    securityEnabled: false,
    groupTypes: ['Unified'],
    description: null,
    proxyAddresses: [`SMTP:${group.address}`],
  };
}

/** The Exchange folder a copy is in, by its well-known name. */
export type WellKnownFolder = 'inbox' | 'sentitems' | 'drafts';

export const FOLDER_OF_COPY: Readonly<Record<MailFolder, WellKnownFolder>> = { inbox: 'inbox', sent: 'sentitems', drafts: 'drafts' };

const folderIds = new Map<string, string>();

export function folderId(mailbox: string, folder: WellKnownFolder): string {
  const key = `${mailbox}\n${folder}`;
  let id = folderIds.get(key);
  if (id === undefined) {
    id = exchangeId('folder', mailbox, folder);
    folderIds.set(key, id);
  }
  return id;
}

export function messageJson(copy: MailItem, names: DisplayNames): GraphObject {
  const folder = FOLDER_OF_COPY[copy.folder];
  const time = graphUtcTime(copy.sentAt);
  const recipients = (list: readonly string[]) => list.map((address) => emailAddress(address, names));
  const key = changeKey(copy.mailbox, copy.messageId);
  return {
    '@odata.etag': `W/"${key}"`,
    id: exchangeId('message', copy.mailbox, folder, copy.messageId),
    createdDateTime: time,
    lastModifiedDateTime: time,
    changeKey: key,
    categories: [],
    receivedDateTime: time,
    sentDateTime: time,
    hasAttachments: false,
    internetMessageId: copy.messageId,
    subject: `Project ${exchangeId('subject', copy.conversationId).slice(6, 14)}`,
    bodyPreview: PLACEHOLDER_BODY,
    importance: 'normal',
    parentFolderId: folderId(copy.mailbox, folder),
    conversationId: copy.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: true,
    isDraft: copy.folder === 'drafts',
    inferenceClassification: 'focused',
    body: { contentType: 'text', content: PLACEHOLDER_BODY },
    sender: emailAddress(copy.from, names),
    from: emailAddress(copy.from, names),
    toRecipients: recipients(copy.to),
    ccRecipients: recipients(copy.cc),
    bccRecipients: recipients(copy.bcc),
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
  };
}

const GRAPH_RESPONSE: Readonly<Record<AttendeeResponse, string>> = {
  accepted: 'accepted',
  tentative: 'tentativelyAccepted',
  declined: 'declined',
  none: 'none',
  organizer: 'organizer',
};

/** A responded attendee's answer is dated the day before the meeting; an open one has Graph's "no time". */
function responseStatus(response: AttendeeResponse, start: Timestamp): { response: string; time: string } {
  const answered = response === 'accepted' || response === 'tentative' || response === 'declined';
  return { response: GRAPH_RESPONSE[response], time: answered ? graphUtcTime(start - DAY_MS) : NO_RESPONSE_TIME };
}

function ownResponse(copy: MeetingItem): AttendeeResponse {
  if (copy.mailbox === copy.organizer) return 'organizer';
  return copy.attendees.find((attendee) => attendee.address === copy.mailbox)?.response ?? 'none';
}

/** Occurrences of a series have ids `<series>_<yyyymmdd>` (see the generator's ids.ts). */
function seriesOf(meetingId: string): string | null {
  const underscore = meetingId.lastIndexOf('_');
  return underscore < 0 ? null : meetingId.slice(0, underscore);
}

export function eventJson(copy: MeetingItem, names: DisplayNames): GraphObject {
  const series = seriesOf(copy.meetingId);
  const time = graphUtcTime(copy.start - 7 * DAY_MS);
  const key = changeKey(copy.mailbox, copy.meetingId);
  return {
    '@odata.etag': `W/"${key}"`,
    id: exchangeId('event', copy.mailbox, copy.meetingId),
    createdDateTime: time,
    lastModifiedDateTime: time,
    changeKey: key,
    categories: [],
    iCalUId: copy.meetingId,
    subject: `Meeting ${exchangeId('subject', copy.meetingId).slice(6, 14)}`,
    bodyPreview: PLACEHOLDER_BODY,
    body: { contentType: 'text', content: PLACEHOLDER_BODY },
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: copy.isAllDay,
    isCancelled: copy.isCancelled,
    isOrganizer: copy.mailbox === copy.organizer,
    showAs: copy.isAllDay ? 'free' : 'busy',
    type: series === null ? 'singleInstance' : 'occurrence',
    seriesMasterId: series === null ? null : exchangeId('event', copy.mailbox, series),
    start: calendarTime(copy.start),
    end: calendarTime(copy.end),
    responseStatus: responseStatus(ownResponse(copy), copy.start),
    organizer: emailAddress(copy.organizer, names),
    attendees: copy.attendees.map((attendee) => ({
      type: 'required',
      status: responseStatus(attendee.response, copy.start),
      ...emailAddress(attendee.address, names),
    })),
    location: { displayName: '', locationType: 'default' },
  };
}
