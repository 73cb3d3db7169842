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

  constructor(storage: Storage, dialogs: readonly Dialog[]) {
    this.state = new PrivateConversationState(storage);
    this.dialogs = new DialogSet(this.state.createProperty<DialogState>('dialogState'));
    for (const dialog of dialogs) this.dialogs.add(dialog);
  }

  /** Hands the turn to the user's active dialog; false when none is active. */
  async continueActive(context: TurnContext): Promise<boolean> {
    const dc = await this.dialogs.createContext(context);
    if (!dc.activeDialog) return false;
    const result = await dc.continueDialog();
    await this.state.saveChanges(context);
    return result.status !== DialogTurnStatus.empty;
  }

  /** Starts a dialog, replacing whatever the user had under way. */
  async begin(context: TurnContext, dialogId: string): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(dialogId);
    await this.state.saveChanges(context);
  }
}
