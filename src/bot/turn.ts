/** Who is asking, in which language, and how a reply is sent: the per-turn plumbing. */
import { CardFactory, MessageFactory, TeamsInfo, TurnContext, type Activity } from 'botbuilder';
import type { StoredReference } from '../store/rapportStore.js';
import { catalogFor, LANGUAGES, type Catalog, type Language } from './catalog/catalog.js';
import { messageCardData } from './cardData/message.js';
import { renderCard, type AdaptiveCard } from './cards.js';

export interface Asker {
  /** The user's Entra object id when Teams sends it, else the channel's user id. */
  userKey: string;
  aadObjectId?: string;
  name: string;
  /** Lower-cased; unknown when Teams could not say (then nobody is left out as "the asker"). */
  email?: string;
}

export type Reply = { card: AdaptiveCard } | { text: string };

/** A titled message card (confirmations and errors). */
export function message(title: string, text: string, tone: 'neutral' | 'success' | 'error'): Reply {
  return { card: renderCard('message', messageCardData({ title, text, tone })) };
}

export function catalogOf(context: TurnContext): Catalog {
  return catalogFor(context.activity.locale);
}

/**
 * The language a message is read in: the activity's, when Rapport speaks it (its phrases
 * exist even before its messages do), else the catalog's.
 */
export function languageOf(context: TurnContext): Language {
  const language = context.activity.locale?.split(/[-_]/)[0]?.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(language ?? '') ? language as Language : catalogOf(context).language;
}

/** Addresses found, by user key. A failed lookup is not remembered: it is tried again on the next turn. */
const emails = new Map<string, string>();

export async function askerOf(context: TurnContext): Promise<Asker> {
  const from = context.activity.from;
  const userKey = from.aadObjectId ?? from.id;
  let email = emails.get(userKey);
  if (email === undefined) {
    const member = await TeamsInfo.getMember(context, from.id).catch(() => undefined);
    email = (member?.email ?? member?.userPrincipalName)?.toLowerCase();
    if (email) emails.set(userKey, email);
  }
  return { userKey, name: from.name ?? userKey, ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}), ...(email ? { email } : {}) };
}

export function replyActivity(reply: Reply): Partial<Activity> {
  return 'card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : MessageFactory.text(reply.text);
}

function conversationTypeOf(context: TurnContext): StoredReference['conversationType'] {
  const type = context.activity.conversation.conversationType;
  return type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
}

export function referenceOf(context: TurnContext, asker: Asker, now: number): StoredReference {
  return {
    userKey: asker.userKey, name: asker.name, conversationType: conversationTypeOf(context),
    reference: TurnContext.getConversationReference(context.activity), updatedAt: now,
    ...(asker.aadObjectId ? { aadObjectId: asker.aadObjectId } : {}),
    ...(asker.email ? { email: asker.email } : {}),
  };
}
