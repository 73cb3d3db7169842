/** What the bot asks of its admin side: wizards in progress, admin commands and the consent button. */
import type { TurnContext } from 'botbuilder';
import type { ActionOutcome } from '../cardActions.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Asker } from '../turn.js';
import type { AdminIntent } from './adminCommands.js';

export interface AdminTurns {
  /** Hands the turn to the admin's wizard under way; false when there is none. */
  continueDialog(context: TurnContext): Promise<boolean>;
  /** Answers an admin command (sends its own replies: a wizard's first card, a progress card, ...). */
  answer(intent: AdminIntent, context: TurnContext, asker: Asker, catalog: Catalog): Promise<void>;
  /** The identifiable-insights consent button: the handler checks that the asker is a tenant admin. */
  consentAction(asker: Asker, catalog: Catalog): Promise<ActionOutcome>;
}
