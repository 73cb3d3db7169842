/** What the commands about one account share: reading the account from a phrase, and the card actions' data. */
import { z } from 'zod';
import type { AccountInsight } from '../../../engagement/insights.js';
import type { ActionOutcome } from '../../cardActions.js';
import type { InsightsView } from '../../insightsView.js';
import type { AccountQuestion } from '../../sellerAnswers.js';
import { accountName } from '../../intents/accountTarget.js';
import type { Reply } from '../../turn.js';
import type { CardVerb, CommandTurn, ReadContext, Reading, Slots } from '../command.js';

type AccountIntentKind = 'engagement' | 'relationship' | 'watch' | 'unwatch' | 'mute' | 'unmute';

/** The account a phrase names, as an intent; a phrase with nothing usable in its place is not understood. */
export function readAccount(kind: AccountIntentKind) {
  return (slots: Slots, context: ReadContext): Reading => {
    const account = accountName(slots.account ?? '', context.grammar);
    return account === null ? { suggest: null } : { kind, account };
  };
}

/** The account a typed command names, with the card verb its did-you-mean buttons use. */
export function question(turn: CommandTurn, name: string, verb: string): AccountQuestion {
  return { name, verb, language: turn.language };
}

/** A card button about one account: its id, as the card was rendered. */
export const accountActionData = z.object({ accountId: z.string().min(1).max(512) });
export type AccountActionData = z.infer<typeof accountActionData>;

/**
 * A card action about an account of the current results: the answer as a new message and
 * the account's name as the notice, or a notice that the account is gone.
 */
export async function aboutAccount(
  accountId: string, turn: CommandTurn, answer: (view: InsightsView, insight: AccountInsight) => Reply | Promise<Reply>,
): Promise<ActionOutcome> {
  const view = turn.services.view();
  const insight = view?.account(accountId);
  if (!view || !insight) return { notice: turn.catalog.t('error.accountGone') };
  return { send: await answer(view, insight), notice: insight.account.name };
}

type AboutAccount = (turn: CommandTurn, view: InsightsView, insight: AccountInsight) => Reply | Promise<Reply>;

/**
 * A command about one account, typed or clicked: the same answer, about the account a typed
 * name finds (or the did-you-mean card, whose buttons use this verb) or the one a card's id names.
 */
export function aboutOneAccount(verb: string, answer: AboutAccount): {
  answer(intent: { account: string }, turn: CommandTurn): Promise<void>;
  card: CardVerb<AccountActionData>;
} {
  return {
    answer: async (intent, turn) => turn.send(await turn.services.answers.withAccount(question(turn, intent.account, verb), turn.catalog, (view, insight) => answer(turn, view, insight))),
    card: { verb, data: accountActionData, act: (data, turn) => aboutAccount(data.accountId, turn, (view, insight) => answer(turn, view, insight)) },
  };
}
