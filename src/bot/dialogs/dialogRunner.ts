/**
 * Runs the admin dialogs over the store's dialog storage, so a wizard half-way through survives
 * a restart. State is private to each user in each conversation: in a group chat, a colleague's
 * message never lands in the admin's wizard.
 */
import { PrivateConversationState, type Storage, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';

export class DialogRunner {
  private readonly state: PrivateConversationState;
  private readonly dialogs: DialogSet;
  /** The turn under way per user and conversation: a double-clicked Next waits for the first, then meets a moved-on step. */
  private readonly turns = new Map<string, Promise<unknown>>();

  constructor(storage: Storage, dialogs: readonly Dialog[]) {
    this.state = new PrivateConversationState(storage);
    this.dialogs = new DialogSet(this.state.createProperty<DialogState>('dialogState'));
    for (const dialog of dialogs) this.dialogs.add(dialog);
  }

  /** Hands the turn to the user's active dialog; false when none is active. */
  continueActive(context: TurnContext): Promise<boolean> {
    return this.oneAtATime(context, async () => {
      const dc = await this.dialogs.createContext(context);
      if (!dc.activeDialog) return false;
      const result = await dc.continueDialog();
      await this.state.saveChanges(context);
      return result.status !== DialogTurnStatus.empty;
    });
  }

  /** Starts a dialog, replacing whatever the user had under way. */
  begin(context: TurnContext, dialogId: string): Promise<void> {
    return this.oneAtATime(context, async () => {
      const dc = await this.dialogs.createContext(context);
      await dc.cancelAllDialogs();
      await dc.beginDialog(dialogId);
      await this.state.saveChanges(context);
    });
  }

  /** Ends whatever the user had under way; true when there was something. */
  cancel(context: TurnContext): Promise<boolean> {
    return this.oneAtATime(context, async () => {
      const dc = await this.dialogs.createContext(context);
      if (!dc.activeDialog) return false;
      await dc.cancelAllDialogs();
      await this.state.saveChanges(context);
      return true;
    });
  }

  private async oneAtATime<T>(context: TurnContext, work: () => Promise<T>): Promise<T> {
    const key = `${context.activity.conversation?.id}/${context.activity.from?.id}`;
    const before = this.turns.get(key) ?? Promise.resolve();
    const turn = before.catch(() => undefined).then(work);
    this.turns.set(key, turn);
    try {
      return await turn;
    } finally {
      if (this.turns.get(key) === turn) this.turns.delete(key);
    }
  }
}
