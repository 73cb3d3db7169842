/**
 * From a parsed message or a card action to the command that answers it, through the
 * registry: admin commands refused (naming the admins) for anyone else, card data checked
 * against the command's schema before anything happens.
 */
import type { ActionOutcome } from '../cardActions.js';
import type { Intent } from '../intents.js';
import type { Reply } from '../turn.js';
import type { CommandTurn } from './command.js';
import { commandForVerb, commandOf } from './registry.js';

/** The refusal a non-admin gets for an admin command; null for an admin. */
export type AdminGate = () => Reply | null;

export async function answerIntent(intent: Intent, turn: CommandTurn, gate: AdminGate): Promise<void> {
  if (intent.kind === 'unknown') {
    await turn.send(turn.services.answers.help(turn.catalog, { notUnderstood: intent.text, suggestion: intent.suggestion, admin: turn.isAdmin }));
    return;
  }
  const entry = commandOf(intent.kind);
  const refusal = entry.audience === 'admin' ? gate() : null;
  if (refusal) return turn.send(refusal);
  await entry.answer!(intent, turn);
}

/**
 * A card's button. An unknown verb is answered with help; data that does not fit the verb's
 * schema (a card from an older version, a forged one) gets a notice and changes nothing.
 */
export async function answerCardAction(verb: string, data: unknown, turn: CommandTurn, gate: AdminGate): Promise<ActionOutcome> {
  const card = commandForVerb(verb);
  if (!card?.card) return { send: turn.services.answers.help(turn.catalog, { admin: turn.isAdmin }), notice: turn.catalog.t('error.generic') };
  const refusal = card.audience === 'admin' && !card.card.checksItsOwnAccess ? gate() : null;
  if (refusal) return { replaceWith: refusal };
  const parsed = card.card.data.safeParse(data ?? {});
  if (!parsed.success) return { notice: turn.catalog.t('commands.badAction') };
  return card.card.act(parsed.data, turn);
}
