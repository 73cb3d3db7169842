/** What a card action (`Action.Execute`) does; commands/router.ts routes each verb to its command. */
import type { Reply } from './turn.js';

/** A card that replaces the clicked one, or a new message plus a short notice. */
export type ActionOutcome = { replaceWith: Reply } | { send?: Reply; notice: string };
