/**
 * One command of the registry (registry.ts): its id, the ways people say it in each
 * language, how a matched phrase becomes an intent, its card verb with the schema of the
 * action's data, and what answers it.
 */
import type { TurnContext } from 'botbuilder';
import type { ZodType } from 'zod';
import type { RapportStore } from '../../store/rapportStore.js';
import type { AdminTurns } from '../admin/adminTurns.js';
import type { ActionOutcome } from '../cardActions.js';
import type { Catalog, Language } from '../catalog/catalog.js';
import type { AlertChoices } from '../alertChoices.js';
import type { InsightsView } from '../insightsView.js';
import type { Intent } from '../intents.js';
import type { IntroductionFlow } from '../introductionFlow.js';
import type { ListAnswers } from '../listAnswers.js';
import type { SellerAnswers } from '../sellerAnswers.js';
import type { Asker, Reply } from '../turn.js';
import type { LanguageGrammar } from './grammar.js';
import type { SlotName } from './template.js';

export type IntentKind = Exclude<Intent['kind'], 'unknown'>;
/** Actions that exist only as card buttons. */
export type CardOnlyId = 'requestIntro' | 'introAccept' | 'introDecline' | 'resultsMore' | 'relationshipConsent';
/** The words a wizard step understands when typed. */
export type WizardWordId = 'agree' | 'yes' | 'no' | 'none' | 'save';
export type CommandId = IntentKind | CardOnlyId | WizardWordId;

export type IntentOf<K extends CommandId> = Extract<Intent, { kind: K }>;

/** Per language, a list of phrase templates (template.ts). */
export type PhraseTable = Readonly<Record<Language, readonly string[]>>;

export type Slots = Partial<Record<SlotName, string>>;

/** What a matched phrase means: an intent, a command started wrongly (with the right one), or not this command after all. */
export type Reading = Intent | { suggest: string | null } | null;

export interface ReadContext {
  readonly language: Language;
  readonly grammar: LanguageGrammar;
  /** A command as said in this language, its slots filled from `args` or shown as placeholders ("watch <account>"). */
  canonical(id: CommandId, args?: Slots): string;
}

export interface CommandServices {
  readonly answers: SellerAnswers;
  readonly lists: ListAnswers;
  readonly introductions: IntroductionFlow;
  readonly store: RapportStore;
  view(): InsightsView | null;
  /** The admin side, for an admin; null for anyone else or when it is not configured. */
  readonly admin: AdminTurns | null;
  /** Snooze, mute and unmute, typed or from the alert card. */
  readonly alerts: AlertChoices;
  /** What changed for the asker since they last asked. */
  whatsNew(asker: Asker, catalog: Catalog): Promise<Reply>;
}

/** One turn, as a command's handler sees it. */
export interface CommandTurn {
  readonly context: TurnContext;
  readonly asker: Asker;
  readonly catalog: Catalog;
  /** The language the message was read in: a name that is really a mistyped command is suggested in it. */
  readonly language: Language;
  readonly services: CommandServices;
  /** A configured admin (who also sees the admin commands in help). */
  readonly isAdmin: boolean;
  send(reply: Reply): Promise<void>;
}

export interface CardVerb<D> {
  /** The `Action.Execute` verb on Rapport's cards. */
  readonly verb: string;
  /** The action's data, checked before anything happens: a card from elsewhere gets a clear notice. */
  readonly data: ZodType<D>;
  act(data: D, turn: CommandTurn): Promise<ActionOutcome>;
  /** The handler decides who may use it (a tenant admin's consent), rather than "admins only". */
  readonly checksItsOwnAccess?: boolean;
}

export interface Command<K extends CommandId = CommandId, D = never> {
  readonly id: K;
  /** Admin commands are refused, naming the admins, for anyone else; wizard words mean something only in a wizard. */
  readonly audience: 'seller' | 'admin' | 'wizard';
  /**
   * The phrases that say it. The first of each language (of `rawPhrases` when there are no
   * others) is plain, words and slots only, any slot at the end: help, suggestions and the
   * Teams command menu show it.
   */
  readonly phrases?: PhraseTable;
  /** More phrases help shows as examples (plain, as the first phrase is): "top {count}". The phrases above read them. */
  readonly examples?: PhraseTable;
  /**
   * Phrases matched first, on the request as typed (white space kept), so that a segment
   * expression reaches the command exactly as written.
   */
  readonly rawPhrases?: PhraseTable;
  /** The start of the command without its argument ("who knows"): answered with an example of the whole. */
  readonly incomplete?: Partial<PhraseTable>;
  /** Keywords (7 letters or more) whose typos are corrected with the argument kept: "shedule daily 7:30". */
  readonly keywords?: Partial<PhraseTable>;
  /** The corrected command for a mistyped keyword's argument, or null when it does not fit; by default keyword and argument. */
  fitsArgument?(argument: string, context: ReadContext): string | null;
  /** A matched phrase's slots → the intent; without it the command's own intent, without arguments. */
  read?(slots: Slots, context: ReadContext, template: string): Reading;
  answer?(intent: IntentOf<K>, turn: CommandTurn): Promise<void>;
  readonly card?: CardVerb<D>;
}

/** The registry holds commands of every kind and data; each is type-checked where it is defined. */
export type AnyCommand = Command<any, any>;

export function command<K extends CommandId, D = never>(definition: Command<K, D>): Command<K, D> {
  return definition;
}
