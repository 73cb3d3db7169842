/** What the bot asks of its admin side: wizards in progress, admin commands and admin card actions. */
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
  handlesVerb(verb: string): boolean;
  /** A verb whose handler decides who may use it (the tenant admin's consent), rather than "admins only". */
  checksItsOwnAccess(verb: string): boolean;
  handleAction(verb: string, data: Record<string, unknown>, asker: Asker, context: TurnContext, catalog: Catalog): Promise<ActionOutcome>;
}
