/** Messages Rapport sends on its own: to a colleague, through their stored conversation. */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { RapportStore } from '../store/rapportStore.js';
import { replyActivity, type Reply } from './turn.js';

export interface Proactive {
  /**
   * False when the person has no conversation with Rapport yet (the app is not installed for
   * them), or Teams refused the message (they removed the app or blocked the bot).
   */
  sendTo(personKey: string, reply: Reply): Promise<boolean>;
}

export function proactiveSender(adapter: CloudAdapter, store: RapportStore, appId: string): Proactive {
  return {
    async sendTo(personKey, reply) {
      const stored = store.references.personalFor(personKey);
      if (!stored) return false;
      // A failed send does not reject here: the adapter hands the error to its onTurnError (which logs it).
      let delivered = false;
      await adapter.continueConversationAsync(appId, stored.reference as Partial<ConversationReference>, async (context) => {
        await context.sendActivity(replyActivity(reply));
        delivered = true;
      });
      return delivered;
    },
  };
}
