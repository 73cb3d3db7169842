import type { MailItem } from '../../../engagement/activity.js';

/**
 * When each conversation's first held message was sent, over every mailbox. A message sent
 * later is a reply; every copy of a message gets the same answer, so its subject is the
 * same in every mailbox.
 */
export class ConversationStarts {
  private readonly firstSentAt = new Map<string, number>();

  note(copy: MailItem): void {
    const known = this.firstSentAt.get(copy.conversationId);
    if (known === undefined || copy.sentAt < known) this.firstSentAt.set(copy.conversationId, copy.sentAt);
  }

  isReply(copy: MailItem): boolean {
    return copy.sentAt > (this.firstSentAt.get(copy.conversationId) ?? copy.sentAt);
  }
}
