/**
 * A generic botbuilder-dialogs wizard: a list of steps, each rendered as a `wizardStep` card and
 * validated on the server. State (step index + answers, JSON only) lives in the dialog instance,
 * so it is saved with the conversation state and survives a restart.
 *
 * Input: an Action.Submit (a message whose `value` is `{ wizard, step, action, ...inputs }`,
 * action 'next' | 'back' | 'cancel' | 'save') or typed text: "cancel", "back" (in the asker's
 * language or English, commands/wizardWords.ts), or an answer
 * (passed to the step as `{ text }`). Typed text is read as typed: without the bot's @mention
 * (channels, group chats), links reduced to their text, trailing punctuation ignored in a command.
 * A file sent with a message reaches the step through its context (`attachments`, with the
 * `conversationType`: Teams delivers files only in personal chat).
 * A submit for another step (an old card) is never applied: a short note and the current step again.
 * Invalid input: the same step with the error, answers kept.
 */
import type { Attachment } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { catalogOf, languageOf, type Reply, replyActivity, message, askerOf, type Asker } from '../turn.js';
import type { Catalog, Language } from '../catalog/catalog.js';
import { renderCard, type AdaptiveCard } from '../cards.js';
import { wizardStepCardData, type WizardStepView } from '../cardData/wizardStep.js';
import { cleanMessageText } from '../intents/cleanText.js';
import { isTypedWord } from '../commands/wizardWords.js';

export type WizardAnswers = Record<string, unknown>;
/** What the user sent for a step: the card's inputs, or `{ text }` when typed. */
export type WizardInputValues = Record<string, unknown>;

export type StepOutcome<A extends WizardAnswers> =
  | { answers: A }
  | { error: string }
  /** End the wizard with these replies (e.g. an unsupported region). */
  | { stop: Reply[] };

export interface WizardStepContext {
  catalog: Catalog;
  /** The language typed answers are read in (the activity's, with English). */
  language: Language;
  asker: Asker;
  /** The activity's attachments (a file sent with the message); empty when none. */
  attachments?: readonly Attachment[];
  /** `personal`, `groupChat` or `channel` as Teams says; undefined when the channel does not say. */
  conversationType?: string;
}

export interface WizardStep<A extends WizardAnswers> {
  id: string;
  render(answers: A, step: WizardStepContext): WizardStepView | Promise<WizardStepView>;
  submit(input: WizardInputValues, answers: A, step: WizardStepContext): Promise<StepOutcome<A>>;
}

export interface WizardDefinition<A extends WizardAnswers> {
  /** The dialog id; also sent in every card's submit data. */
  id: string;
  steps: WizardStep<A>[];
  /** After the last step's submit succeeded: persist, answer; the dialog then ends. */
  finish(answers: A, step: WizardStepContext): Promise<Reply[]>;
}

interface WizardState {
  index: number;
  answers: WizardAnswers;
}

type Command = 'next' | 'back' | 'cancel' | 'save';

function isCommand(value: unknown): value is Command {
  return value === 'next' || value === 'back' || value === 'cancel' || value === 'save';
}

export class WizardDialog<A extends WizardAnswers> extends Dialog {
  constructor(private readonly definition: WizardDefinition<A>) {
    super(definition.id);
    if (definition.steps.length === 0) throw new Error(`Wizard "${definition.id}" has no steps`);
  }

  override async beginDialog(dc: DialogContext, options?: { answers?: A }): Promise<DialogTurnResult> {
    const state: WizardState = { index: 0, answers: structuredClone(options?.answers ?? {}) };
    dc.activeDialog!.state = state;
    await this.show(dc, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as WizardState;
    const steps = this.definition.steps;
    const step = steps[state.index]!;
    const catalog = catalogOf(dc.context);
    const { action, inputs, staleFor } = this.readInput(dc, step.id);
    if (staleFor) {
      await dc.context.sendActivity(catalog.t('wizard.staleCard'));
      await this.show(dc, state);
      return Dialog.EndOfTurn;
    }
    if (action === 'cancel') {
      await dc.context.sendActivity(replyActivity(message(catalog.t('wizard.cancelledTitle'), catalog.t('wizard.cancelled'), 'neutral')));
      return dc.endDialog();
    }
    if (action === 'back') {
      if (state.index === 0) await dc.context.sendActivity(catalog.t('wizard.noBack'));
      state.index = Math.max(0, state.index - 1);
      await this.show(dc, state);
      return Dialog.EndOfTurn;
    }
    const context = await this.stepContext(dc);
    const outcome = await step.submit(inputs, state.answers as A, context);
    if ('stop' in outcome) {
      for (const reply of outcome.stop) await dc.context.sendActivity(replyActivity(reply));
      return dc.endDialog();
    }
    if ('error' in outcome) {
      await this.show(dc, state, outcome.error);
      return Dialog.EndOfTurn;
    }
    state.answers = structuredClone(outcome.answers);
    if (state.index + 1 < steps.length) {
      state.index += 1;
      await this.show(dc, state);
      return Dialog.EndOfTurn;
    }
    for (const reply of await this.definition.finish(state.answers as A, context)) await dc.context.sendActivity(replyActivity(reply));
    return dc.endDialog(state.answers);
  }

  private readInput(dc: DialogContext, stepId: string): { action: Command; inputs: WizardInputValues; staleFor?: string } {
    const value: unknown = dc.context.activity.value;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const { wizard, step, action, ...inputs } = value as Record<string, unknown>;
      if (wizard !== this.definition.id || step !== stepId) {
        // A submit from another wizard or another step: cancel still means cancel.
        return action === 'cancel' && wizard === this.definition.id ? { action, inputs: {} } : { action: 'next', inputs: {}, staleFor: String(step) };
      }
      return { action: isCommand(action) ? action : 'next', inputs };
    }
    // In channels and group chats the text carries the bot's @mention, and a typed address arrives as a mailto link.
    const text = cleanMessageText(dc.context.activity.text ?? '');
    const language = languageOf(dc.context);
    if (isTypedWord('cancel', text, language)) return { action: 'cancel', inputs: {} };
    if (isTypedWord('back', text, language)) return { action: 'back', inputs: {} };
    return { action: 'next', inputs: { text } };
  }

  private async stepContext(dc: DialogContext): Promise<WizardStepContext> {
    const activity = dc.context.activity;
    return {
      catalog: catalogOf(dc.context), language: languageOf(dc.context), asker: await askerOf(dc.context),
      attachments: activity.attachments ?? [], conversationType: activity.conversation?.conversationType,
    };
  }

  /**
   * Sends the step's card. A card that cannot be rendered (over Teams' size limit, a bad value)
   * must not crash the turn: every resubmit would crash the same way. The admin is told, and the
   * state is kept, so "back" and "cancel" still work.
   */
  private async show(dc: DialogContext, state: WizardState, error?: string): Promise<void> {
    const step = this.definition.steps[state.index]!;
    const context = await this.stepContext(dc);
    let card: AdaptiveCard;
    try {
      const view = await step.render(state.answers as A, context);
      const data = wizardStepCardData(
        { ...view, isLast: state.index === this.definition.steps.length - 1, ...(error ? { error } : {}) },
        { wizard: this.definition.id, stepId: step.id, index: state.index, total: this.definition.steps.length },
        context.catalog,
      );
      card = renderCard('wizardStep', data);
    } catch {
      await dc.context.sendActivity(context.catalog.t('wizard.renderFailed'));
      return;
    }
    await dc.context.sendActivity(replyActivity({ card }));
  }
}
