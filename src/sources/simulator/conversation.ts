/** One email conversation: a first message and replies back and forth, reply-all style. */
import { DAY_MS, domainOf, type Timestamp } from '../../engagement/activity.js';
import type { IdFactory } from './ids.js';
import type { SimulatedMessage } from './mailboxStore.js';
import { isOrganizationAddress } from './names.js';
import type { SeededRandom } from './random.js';
import { HOUR_MS, MINUTE_MS, officeHoursFrom } from './workTime.js';

export interface ConversationPlan {
  start: Timestamp;
  /** Messages that would be sent at or after this are never written. */
  end: Timestamp;
  /** The side that writes first, then the other; each side's first person is its main voice. */
  sides: readonly [readonly string[], readonly string[]];
  messageCount: number;
  medianReplyHours: number;
  /** Colleagues an internal sender might quietly add in bcc. */
  bccCandidates: readonly string[];
  bccChance: number;
}

/** Messages per conversation and how often each count occurs. */
const MESSAGE_COUNTS: readonly number[] = [1, 2, 3, 4, 5, 6, 8, 12];
const MESSAGE_COUNT_WEIGHTS: readonly number[] = [26, 24, 18, 12, 8, 5, 4, 3];
export const MEAN_MESSAGES_PER_CONVERSATION =
  MESSAGE_COUNTS.reduce((sum, count, index) => sum + count * MESSAGE_COUNT_WEIGHTS[index]!, 0) /
  MESSAGE_COUNT_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

const NOBODY: readonly string[] = Object.freeze([]);
const LONG_PAUSE_CHANCE = 0.02;
const REPLY_SPREAD = 1.5;
const SWITCH_SIDES_CHANCE = 0.85;
const MAIN_VOICE_CHANCE = 0.8;
const REPLY_TO_SENDER_ONLY_CHANCE = 0.12;

export function conversationLength(rng: SeededRandom): number {
  return rng.weightedPick(MESSAGE_COUNTS, MESSAGE_COUNT_WEIGHTS);
}

export function writeConversation(rng: SeededRandom, ids: IdFactory, plan: ConversationPlan): SimulatedMessage[] {
  const conversationId = ids.conversationId();
  const everyone = [...new Set([...plan.sides[0], ...plan.sides[1]])];
  const messages: SimulatedMessage[] = [];
  let side = 0;
  let time = plan.start;
  let previousSender: string | null = null;
  for (let index = 0; index < plan.messageCount; index++) {
    if (index > 0) {
      time = officeHoursFrom(rng, time + replyDelay(rng, plan.medianReplyHours));
      if (rng.chance(SWITCH_SIDES_CHANCE)) side = 1 - side;
    }
    if (time >= plan.end) break;
    const from = voiceOf(rng, plan.sides[side]!);
    const addressee = previousSender !== null && previousSender !== from ? previousSender : plan.sides[1 - side]![0]!;
    const cc = rng.chance(REPLY_TO_SENDER_ONLY_CHANCE) && index > 0 ? NOBODY : everyone.filter((person) => person !== from && person !== addressee);
    messages.push({
      messageId: ids.messageId(domainOf(from)),
      conversationId,
      from,
      to: [addressee],
      cc,
      bcc: quietCopy(rng, from, everyone, plan),
      sentAt: time,
      isDraft: false,
    });
    previousSender = from;
  }
  return messages;
}

/** Minutes to days, now and then a pause of over 30 days. Whole milliseconds. */
/** Whole seconds, as mail headers and Graph carry times. */
function replyDelay(rng: SeededRandom, medianHours: number): number {
  const delay = rng.chance(LONG_PAUSE_CHANCE) ? rng.uniform(30.5, 75) * DAY_MS : Math.max(3 * MINUTE_MS, rng.logNormal(medianHours * HOUR_MS, REPLY_SPREAD));
  return Math.round(delay / 1000) * 1000;
}

function voiceOf(rng: SeededRandom, side: readonly string[]): string {
  return side.length === 1 || rng.chance(MAIN_VOICE_CHANCE) ? side[0]! : rng.pick(side.slice(1));
}

function quietCopy(rng: SeededRandom, from: string, everyone: readonly string[], plan: ConversationPlan): readonly string[] {
  if (!isOrganizationAddress(from) || !rng.chance(plan.bccChance)) return NOBODY;
  const outsiders = plan.bccCandidates.filter((candidate) => candidate !== from && !everyone.includes(candidate));
  return outsiders.length > 0 ? [rng.pick(outsiders)] : NOBODY;
}
