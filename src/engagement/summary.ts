/** What a run of one account's interactions adds up to: the shared basis of rows, health and KPIs. */
import type { Timestamp } from './activity.js';
import { INTERNAL } from './attribution.js';
import { peopleOf, type ActivityIndex, type Interaction } from './interactions.js';
import { replyTimes, type ReplyTimes } from './replies.js';

export interface ActivitySummary {
  emailsToAccount: number;
  emailsFromAccount: number;
  meetingsByAccount: number;
  meetingsByOrganization: number;
  internalPeopleInEmails: Set<number>;
  accountPeopleInEmails: Set<number>;
  internalPeopleInMeetings: Set<number>;
  accountPeopleInMeetings: Set<number>;
  firstTime: Timestamp | null;
  lastEmail: Timestamp | null;
  lastMeeting: Timestamp | null;
  meetingDurationTotalMs: number;
  replies: ReplyTimes;
}

/** `interactions` are one account's, in (time, key) order; `accountIndex` tells its people apart. */
export function summarize(interactions: readonly Interaction[], accountIndex: number, index: ActivityIndex): ActivitySummary {
  const { classOf } = index;
  const summary: ActivitySummary = {
    emailsToAccount: 0, emailsFromAccount: 0, meetingsByAccount: 0, meetingsByOrganization: 0,
    internalPeopleInEmails: new Set(), accountPeopleInEmails: new Set(),
    internalPeopleInMeetings: new Set(), accountPeopleInMeetings: new Set(),
    firstTime: null, lastEmail: null, lastMeeting: null, meetingDurationTotalMs: 0,
    replies: replyTimes(interactions),
  };
  for (const interaction of interactions) {
    summary.firstTime ??= interaction.time;
    let internalPeople: Set<number>;
    let accountPeople: Set<number>;
    switch (interaction.kind) {
      case 'emailToAccount':
      case 'emailFromAccount':
        if (interaction.kind === 'emailToAccount') summary.emailsToAccount++;
        else summary.emailsFromAccount++;
        summary.lastEmail = interaction.time;
        internalPeople = summary.internalPeopleInEmails;
        accountPeople = summary.accountPeopleInEmails;
        break;
      case 'meetingByAccount':
      case 'meetingByOrganization':
        if (interaction.kind === 'meetingByAccount') summary.meetingsByAccount++;
        else summary.meetingsByOrganization++;
        summary.lastMeeting = interaction.time;
        summary.meetingDurationTotalMs += interaction.durationMs;
        internalPeople = summary.internalPeopleInMeetings;
        accountPeople = summary.accountPeopleInMeetings;
        break;
    }
    for (const person of peopleOf(index, interaction)) {
      const owner = classOf[person];
      if (owner === INTERNAL) internalPeople.add(person);
      else if (owner === accountIndex) accountPeople.add(person);
    }
  }
  return summary;
}

export function emailCount(summary: ActivitySummary): number {
  return summary.emailsToAccount + summary.emailsFromAccount;
}

export function meetingCount(summary: ActivitySummary): number {
  return summary.meetingsByAccount + summary.meetingsByOrganization;
}

/** Distinct addresses attributed to the account, over emails and meetings together. */
export function accountPeopleCount(summary: ActivitySummary): number {
  const people = new Set(summary.accountPeopleInEmails);
  for (const person of summary.accountPeopleInMeetings) people.add(person);
  return people.size;
}
