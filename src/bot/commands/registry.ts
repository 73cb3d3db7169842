/**
 * The command registry: every command Rapport knows, one typed entry each (command.ts), in
 * the order ties are broken (the first of two equally close typo corrections wins). The parser
 * (intents.ts), help, did-you-mean, card-action routing (router.ts), the wizards' typed words
 * (wizardWords.ts) and the Teams app's command menus (src/package/) all read it.
 */
import type { AnyCommand, CommandId } from './command.js';
import { back, cancel, help, optIn, optOut } from './entries/general.js';
import { listWatches, needsAttention, staleAccounts, topAccounts, whatsNew } from './entries/lists.js';
import { listSegments, runSegment, saveSegment, segment } from './entries/segments.js';
import { configureEngagement, consentStatus, deliveryStatus, enableRelationshipIntelligence, results, runNow, schedule } from './entries/admin.js';
import { mute, snooze, unmute, unwatch, watch } from './entries/alerts.js';
import { engagement, relationship, whoKnows, whoKnowsPerson } from './entries/accounts.js';
import { introAccept, introDecline, relationshipConsent, requestIntro, resultsMore } from './entries/cardOnly.js';
import { agree, no, none, save, yes } from './entries/wizardWords.js';

/**
 * Every command id has exactly one entry: the type checker sees to that. runSegment comes
 * before segment: in Kazakh the verb follows the noun ("сегментті іске қос суық").
 */
const COMMANDS: { readonly [K in CommandId]: AnyCommand & { readonly id: K } } = {
  help, cancel, back, staleAccounts, topAccounts, needsAttention, whatsNew, listSegments, saveSegment, runSegment, segment, listWatches,
  optOut, optIn, configureEngagement, enableRelationshipIntelligence, runNow, consentStatus, results, deliveryStatus, schedule,
  watch, unwatch, snooze, mute, unmute, whoKnows, whoKnowsPerson, relationship, engagement,
  requestIntro, introAccept, introDecline, resultsMore, relationshipConsent,
  agree, yes, no, none, save,
};

export const REGISTRY: readonly AnyCommand[] = Object.values(COMMANDS);

export function commandOf<K extends CommandId>(id: K): AnyCommand & { readonly id: K } {
  return COMMANDS[id];
}

const BY_VERB: ReadonlyMap<string, AnyCommand> = new Map(REGISTRY.filter((entry) => entry.card).map((entry) => [entry.card!.verb, entry]));

/** The command whose card button has this verb, or undefined. */
export function commandForVerb(verb: string): AnyCommand | undefined {
  return BY_VERB.get(verb);
}
