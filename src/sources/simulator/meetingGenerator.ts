/**
 * The calendars: recurring team syncs and customer check-ins, one-off meetings with
 * customers (more for engaged accounts) and among colleagues, up to 90 days ahead.
 */
import { DAY_MS, type Attendee, type AttendeeResponse, type Timestamp } from '../../engagement/activity.js';
import type { SimulationContext } from './context.js';
import type { SimulatedAccount } from './customerGenerator.js';
import type { Colleague } from './directory.js';
import { occurrenceId } from './ids.js';
import type { SimulatedMeeting } from './mailboxStore.js';
import { apportion, WeightedChoice, type SeededRandom } from './random.js';
import { MINUTE_MS, meetingStart, weekdayStart } from './workTime.js';

const RESPONSES: readonly AttendeeResponse[] = ['accepted', 'tentative', 'declined', 'none'];
const RESPONSE_WEIGHTS: readonly number[] = [70, 8, 8, 14];
const DURATIONS_MINUTES: readonly number[] = [30, 30, 45, 60, 60, 60, 90, 120];
/** Recurring meetings may take this share of everyone's meetings; one-offs fill the rest. */
const SERIES_SHARE = 0.4;
const INTERNAL_PEOPLE_PER_ACCOUNT_MEETING = 1.8;
const INTERNAL_PEOPLE_PER_INTERNAL_MEETING = 4.5;
const ACCOUNTS_WITH_CHECK_INS = 0.05;
const CANCELLED_CHANCE = 0.05;
const ALL_DAY_CHANCE = 0.03;

interface SeriesPlan {
  seriesId: string;
  organizer: string;
  attendees: string[];
  /** The first occurrence; later ones follow every `cadenceDays`. */
  first: Timestamp;
  end: Timestamp;
  cadenceDays: number;
  durationMinutes: number;
  internalPeople: number;
}

export function generateMeetings(context: SimulationContext): SimulatedMeeting[] {
  const { timeline, sizes, mailboxUsers, accounts } = context;
  const budget = mailboxUsers.length * sizes.meetingsPerUserPerYear * ((timeline.horizon - timeline.historyStart) / (365 * DAY_MS));
  const meetings: SimulatedMeeting[] = [];
  let spent = 0;
  for (const plan of seriesPlans(context)) {
    if (spent >= budget * SERIES_SHARE) break;
    const occurrences = seriesOccurrences(context, plan);
    meetings.push(...occurrences);
    spent += occurrences.length * plan.internalPeople;
  }
  const left = Math.max(0, budget - spent);
  const accountShare = mailboxUsers.reduce((sum, colleague) => sum + colleague.accountFocus, 0) / Math.max(1, mailboxUsers.length);
  const accountMeetings = apportion(Math.round((left * accountShare) / INTERNAL_PEOPLE_PER_ACCOUNT_MEETING), accounts.map((account) => account.weight));
  accounts.forEach((account, rank) => {
    for (let i = 0; i < accountMeetings[rank]!; i++) meetings.push(...accountMeeting(context, account));
  });
  const internalMeetings = Math.round((left * (1 - accountShare)) / INTERNAL_PEOPLE_PER_INTERNAL_MEETING);
  const departments = byDepartment(mailboxUsers);
  const organizers = new WeightedChoice(mailboxUsers, mailboxUsers.map(internalWeight));
  for (let i = 0; i < internalMeetings; i++) meetings.push(...internalMeeting(context, organizers, departments));
  return meetings;
}

/** Check-ins with the most engaged accounts first, then team syncs. */
function seriesPlans(context: SimulationContext): SeriesPlan[] {
  const { accounts } = context;
  const checkIns = accounts
    .slice(0, Math.max(1, Math.round(accounts.length * ACCOUNTS_WITH_CHECK_INS)))
    .filter((account) => account.weight > 0 && account.people.length > 0)
    .map((account) => checkInPlan(context, account));
  return [...checkIns, ...teamSyncPlans(context)];
}

function checkInPlan(context: SimulationContext, account: SimulatedAccount): SeriesPlan {
  const { rng, timeline } = context;
  const team = account.team.map((colleague) => colleague.user.address);
  const internal = team.slice(0, rng.int(1, Math.min(2, team.length)));
  const external = rng.sample(account.people, rng.int(1, 2));
  const byAccount = rng.chance(0.25);
  const organizer = byAccount ? external[0]! : internal[0]!;
  const from = Math.max(timeline.historyStart - rng.uniform(0, 60) * DAY_MS, account.activeFrom);
  return {
    seriesId: context.ids.meetingId(),
    organizer,
    attendees: [...internal, ...external].filter((address) => address !== organizer),
    first: meetingStart(rng, from, from + 7 * DAY_MS),
    end: Math.min(timeline.horizon, account.activeUntil),
    cadenceDays: rng.pick([14, 28]),
    durationMinutes: rng.pick([30, 45, 60]),
    internalPeople: internal.length,
  };
}

/** Each department splits into teams of three to seven; each team meets regularly. */
function teamSyncPlans(context: SimulationContext): SeriesPlan[] {
  const { rng, timeline, mailboxUsers } = context;
  const departments = [...new Set(mailboxUsers.map((colleague) => colleague.department))];
  const plans: SeriesPlan[] = [];
  for (const department of departments) {
    const members = rng.shuffle(mailboxUsers.filter((colleague) => colleague.department === department));
    while (members.length >= 2) {
      const team = members.splice(0, Math.min(members.length, rng.int(3, 7))).map((colleague) => colleague.user.address);
      const from = timeline.historyStart - rng.uniform(0, 60) * DAY_MS;
      const ended = rng.chance(0.2);
      plans.push({
        seriesId: context.ids.meetingId(),
        organizer: team[0]!,
        attendees: team.slice(1),
        first: meetingStart(rng, from, from + 7 * DAY_MS),
        end: ended ? timeline.asOf - rng.uniform(0, 300) * DAY_MS : timeline.horizon,
        cadenceDays: rng.weightedPick([7, 14, 28], [25, 55, 20]),
        durationMinutes: rng.pick([30, 45, 60]),
        internalPeople: team.length,
      });
    }
  }
  return rng.shuffle(plans);
}

/** Occurrences inside the history, each its own meeting; some are cancelled. */
function seriesOccurrences(context: SimulationContext, plan: SeriesPlan): SimulatedMeeting[] {
  const { rng, timeline } = context;
  const occurrences: SimulatedMeeting[] = [];
  for (let start = plan.first; start < plan.end; start += plan.cadenceDays * DAY_MS) {
    if (start < timeline.historyStart) continue;
    occurrences.push({
      meetingId: occurrenceId(plan.seriesId, start),
      organizer: plan.organizer,
      attendees: responsesOf(rng, plan.attendees),
      start,
      end: start + plan.durationMinutes * MINUTE_MS,
      isCancelled: rng.chance(CANCELLED_CHANCE),
      isAllDay: false,
    });
  }
  return occurrences;
}

function accountMeeting(context: SimulationContext, account: SimulatedAccount): SimulatedMeeting[] {
  const { rng, timeline } = context;
  const from = Math.max(timeline.historyStart, account.activeFrom);
  const end = Math.min(timeline.horizon, account.activeUntil);
  if (end <= from || account.people.length === 0) return [];
  const team = account.team.map((colleague) => colleague.user.address);
  const owner = rng.weightedPick(team, team.map((_, index) => (index === 0 ? 3 : 1)));
  const internal = [owner, ...(rng.chance(0.4) ? rng.sample(team.filter((address) => address !== owner), rng.int(1, 2)) : [])];
  const main = rng.weightedPick(account.people, account.peopleWeights);
  const external = [main, ...(rng.chance(0.4) ? rng.sample(account.people.filter((person) => person !== main), rng.int(1, 2)) : [])];
  const organizer = rng.chance(0.3) ? main : owner;
  return oneOff(context, organizer, [...internal, ...external].filter((address) => address !== organizer), from, end);
}

function byDepartment(colleagues: readonly Colleague[]): Map<string, Colleague[]> {
  const departments = new Map<string, Colleague[]>();
  for (const colleague of colleagues) {
    if (!departments.has(colleague.department)) departments.set(colleague.department, []);
    departments.get(colleague.department)!.push(colleague);
  }
  return departments;
}

function internalMeeting(
  context: SimulationContext,
  organizers: WeightedChoice<Colleague>,
  departments: ReadonlyMap<string, Colleague[]>,
): SimulatedMeeting[] {
  const { rng, timeline, mailboxUsers } = context;
  const organizer = organizers.pick(rng);
  const sameDepartment = (departments.get(organizer.department) ?? []).filter((colleague) => colleague !== organizer);
  const attendees = new Set<string>();
  for (let wanted = rng.int(1, 6); wanted > 0; wanted--) {
    const attendee: Colleague = sameDepartment.length > 0 && rng.chance(0.6) ? rng.pick(sameDepartment) : rng.pick(mailboxUsers);
    if (attendee !== organizer) attendees.add(attendee.user.address);
  }
  if (attendees.size === 0) return [];
  return oneOff(context, organizer.user.address, [...attendees], timeline.historyStart, timeline.horizon);
}

function internalWeight(colleague: Colleague): number {
  return Math.max(0.1, 1 - colleague.accountFocus);
}

/** A single meeting in [from, end): now and then all-day (a workshop, an offsite) or cancelled. */
function oneOff(context: SimulationContext, organizer: string, attendees: string[], from: Timestamp, end: Timestamp): SimulatedMeeting[] {
  const { rng } = context;
  const allDay = rng.chance(ALL_DAY_CHANCE);
  const start = allDay ? weekdayStart(rng, from, end) : meetingStart(rng, from, end);
  if (start === null || start >= end) return [];
  return [{
    meetingId: context.ids.meetingId(),
    organizer,
    attendees: responsesOf(rng, attendees),
    start,
    end: allDay ? start + rng.int(1, 2) * DAY_MS : start + rng.pick(DURATIONS_MINUTES) * MINUTE_MS,
    isCancelled: rng.chance(CANCELLED_CHANCE),
    isAllDay: allDay,
  }];
}

function responsesOf(rng: SeededRandom, attendees: readonly string[]): Attendee[] {
  return attendees.map((address) => ({ address, response: rng.weightedPick(RESPONSES, RESPONSE_WEIGHTS) }));
}
