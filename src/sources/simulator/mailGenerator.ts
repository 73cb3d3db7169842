/**
 * All the email of the simulated year and a month: conversations with customers (more for
 * engaged accounts), among colleagues, with outsiders, mass mails and a few drafts.
 */
import { DAY_MS, type Timestamp } from '../../engagement/activity.js';
import type { Colleague } from './directory.js';
import type { SimulationContext } from './context.js';
import { conversationLength, MEAN_MESSAGES_PER_CONVERSATION, writeConversation } from './conversation.js';
import { isActiveAt, type SimulatedAccount } from './customerGenerator.js';
import type { SimulatedMessage } from './mailboxStore.js';
import { FIRST_NAMES, LAST_NAMES, localPartOf, NOISE_SENDERS, OUTSIDE_FIRM_DOMAINS, PUBLIC_PROVIDER_DOMAINS, slug } from './names.js';
import { apportion, WeightedChoice } from './random.js';
import { emailTime, MINUTE_MS } from './workTime.js';

/** Internal people in a customer conversation: the owner, sometimes a colleague or two in cc. */
const INTERNAL_PEOPLE_PER_ACCOUNT_CONVERSATION = 1.45;
/** Colleagues in an internal conversation (the starter and one to four others), less reply-only messages. */
const MAILBOXES_PER_INTERNAL_CONVERSATION = 3.3;
const OUTSIDER_SHARE = 0.1;
const MIN_CONVERSATIONS_PER_ACTIVE_ACCOUNT = 2;
const DRAFT_SHARE = 0.004;
const NOBODY: readonly string[] = Object.freeze([]);
const MASS_MAIL_RECIPIENTS = { min: 11, max: 40 };
const CUSTOMER_UPDATE_RECIPIENTS = { min: 11, max: 25 };

interface People {
  /** Who starts internal conversations: people whose work is mostly inside the company, likelier. */
  internalStarters: WeightedChoice<Colleague>;
  managers: string[];
  announcers: Colleague[];
  marketers: Colleague[];
  byDepartment: Map<string, Colleague[]>;
  outsideFirmPeople: string[];
  personalAddresses: string[];
}

export function generateMail(context: SimulationContext): SimulatedMessage[] {
  const people = gatherPeople(context);
  const perUser = context.sizes.emailsPerUserPerYear * historyYears(context);
  const messages: SimulatedMessage[] = [];
  const write = (batch: readonly SimulatedMessage[]) => {
    for (const message of batch) messages.push(message);
  };
  const perAccount = conversationsPerAccount(context, perUser);
  context.accounts.forEach((account, rank) => {
    for (let i = 0; i < perAccount[rank]!; i++) write(accountConversation(context, account, people));
  });
  const internalConversations = Math.round(sumOver(context.mailboxUsers, (colleague) => perUser * internalShare(colleague)) /
    (MEAN_MESSAGES_PER_CONVERSATION * MAILBOXES_PER_INTERNAL_CONVERSATION));
  for (let i = 0; i < internalConversations; i++) write(internalConversation(context, people));
  const outsiderMessages = Math.round(context.mailboxUsers.length * perUser * OUTSIDER_SHARE);
  for (let written = 0; written < outsiderMessages;) {
    const conversation = outsiderConversation(context, people);
    write(conversation);
    written += Math.max(1, conversation.length);
  }
  write(announcements(context, people));
  write(customerUpdates(context, people));
  write(drafts(context, messages));
  return messages;
}

function historyYears(context: SimulationContext): number {
  return (context.timeline.asOf - context.timeline.historyStart) / (365 * DAY_MS);
}

function sumOver<T>(list: readonly T[], value: (item: T) => number): number {
  return list.reduce((sum, item) => sum + value(item), 0);
}

function internalShare(colleague: Colleague): number {
  return Math.max(0.05, 1 - OUTSIDER_SHARE - colleague.accountFocus);
}

/** Power law by engagement weight, and a few conversations at least for every account someone works with. */
function conversationsPerAccount(context: SimulationContext, perUser: number): number[] {
  const total = Math.round(sumOver(context.mailboxUsers, (colleague) => perUser * colleague.accountFocus) /
    (MEAN_MESSAGES_PER_CONVERSATION * INTERNAL_PEOPLE_PER_ACCOUNT_CONVERSATION));
  const shares = apportion(total, context.accounts.map((account) => account.weight));
  const floor = total > 0 ? MIN_CONVERSATIONS_PER_ACTIVE_ACCOUNT : 0;
  return shares.map((share, rank) => (context.accounts[rank]!.weight > 0 ? Math.max(floor, share) : 0));
}

function gatherPeople(context: SimulationContext): People {
  const { rng, registry, mailboxUsers } = context;
  const inDepartments = (...names: string[]) => mailboxUsers.filter((colleague) => names.includes(colleague.department));
  const byDepartment = new Map<string, Colleague[]>();
  for (const colleague of mailboxUsers) {
    if (!byDepartment.has(colleague.department)) byDepartment.set(colleague.department, []);
    byDepartment.get(colleague.department)!.push(colleague);
  }
  const someone = () => localPartOf(rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES));
  return {
    internalStarters: new WeightedChoice(mailboxUsers, mailboxUsers.map(internalShare)),
    managers: inDepartments('Leadership').map((colleague) => colleague.user.address),
    announcers: orAll(inDepartments('Leadership', 'Marketing', 'Finance'), mailboxUsers),
    marketers: orAll(inDepartments('Marketing', 'Customer Success'), mailboxUsers),
    byDepartment,
    outsideFirmPeople: OUTSIDE_FIRM_DOMAINS.flatMap((domain) => Array.from({ length: rng.int(2, 5) }, () => registry.claim(someone(), domain))),
    personalAddresses: Array.from({ length: Math.max(5, Math.round(mailboxUsers.length / 4)) }, () =>
      registry.claim(`${slug(rng.pick(FIRST_NAMES))}${slug(rng.pick(LAST_NAMES))}${rng.int(1, 99)}`, rng.pick(PUBLIC_PROVIDER_DOMAINS))),
  };
}

function orAll(some: Colleague[], all: readonly Colleague[]): Colleague[] {
  return some.length > 0 ? some : [...all];
}

function accountConversation(context: SimulationContext, account: SimulatedAccount, people: People): SimulatedMessage[] {
  const { rng, timeline } = context;
  const from = Math.max(timeline.historyStart, account.activeFrom);
  const end = Math.min(timeline.asOf, account.activeUntil);
  if (end <= from || account.people.length === 0) return [];
  const team = account.team.map((colleague) => colleague.user.address);
  const owner = rng.weightedPick(team, team.map((_, index) => (index === 0 ? 3 : 1)));
  const colleagues = team.filter((address) => address !== owner);
  const internal = [owner, ...(rng.chance(0.3) ? rng.sample(colleagues, rng.int(1, 2)) : [])];
  const main = rng.weightedPick(account.people, account.peopleWeights);
  const others = account.people.filter((person) => person !== main);
  const external = [main, ...(rng.chance(0.35) ? rng.sample(others, rng.int(1, 2)) : [])];
  return writeConversation(rng, context.ids, {
    start: emailTime(rng, from, end),
    end,
    sides: rng.chance(0.55) ? [internal, external] : [external, internal],
    messageCount: conversationLength(rng),
    medianReplyHours: 4,
    bccCandidates: [...team, ...people.managers],
    bccChance: 0.06,
  });
}

function internalConversation(context: SimulationContext, people: People): SimulatedMessage[] {
  const { rng, mailboxUsers, timeline } = context;
  const starter = people.internalStarters.pick(rng);
  const department = (people.byDepartment.get(starter.department) ?? []).filter((colleague) => colleague !== starter);
  const others = new Set<string>();
  for (let wanted = rng.int(1, 4); wanted > 0; wanted--) {
    const other = department.length > 0 && rng.chance(0.7) ? rng.pick(department) : rng.pick(mailboxUsers);
    if (other !== starter) others.add(other.user.address);
  }
  if (others.size === 0) return [];
  return writeConversation(rng, context.ids, {
    start: emailTime(rng, timeline.historyStart, timeline.asOf),
    end: timeline.asOf,
    sides: [[starter.user.address], [...others]],
    messageCount: conversationLength(rng),
    medianReplyHours: 1.5,
    bccCandidates: people.managers,
    bccChance: 0.02,
  });
}

/** Newsletters and services write once; advisers, suppliers and friends write back and forth. */
function outsiderConversation(context: SimulationContext, people: People): SimulatedMessage[] {
  const { rng, timeline } = context;
  const colleague = rng.pick(context.mailboxUsers).user.address;
  const kind = rng.weightedIndex([60, 25, 15]);
  const outsider = kind === 0 ? rng.pick(NOISE_SENDERS) : rng.pick(kind === 1 ? people.outsideFirmPeople : people.personalAddresses);
  const outsiderFirst = kind === 0 || rng.chance(0.6);
  return writeConversation(rng, context.ids, {
    start: emailTime(rng, timeline.historyStart, timeline.asOf),
    end: timeline.asOf,
    sides: outsiderFirst ? [[outsider], [colleague]] : [[colleague], [outsider]],
    messageCount: kind === 0 ? 1 : conversationLength(rng),
    medianReplyHours: 6,
    bccCandidates: [],
    bccChance: 0,
  });
}

/** Company-wide news, about once a week, to many colleagues at once. */
function announcements(context: SimulationContext, people: People): SimulatedMessage[] {
  const { rng, timeline } = context;
  const count = Math.round((timeline.asOf - timeline.historyStart) / (7 * DAY_MS));
  return Array.from({ length: count }, () => {
    const sender = rng.pick(people.announcers);
    const audience = context.mailboxUsers.filter((colleague) => colleague !== sender).map((colleague) => colleague.user.address);
    const size = rng.int(MASS_MAIL_RECIPIENTS.min, MASS_MAIL_RECIPIENTS.max);
    return massMail(context, sender.user.address, rng.sample(audience, size), emailTime(rng, timeline.historyStart, timeline.asOf), false);
  });
}

/** Product news and event invitations, about monthly, to the primary contacts of accounts active at the time. */
function customerUpdates(context: SimulationContext, people: People): SimulatedMessage[] {
  const { rng, timeline } = context;
  const count = Math.round(((timeline.asOf - timeline.historyStart) / (30 * DAY_MS)) * Math.max(1, context.accounts.length / 60));
  const updates: SimulatedMessage[] = [];
  for (let i = 0; i < count; i++) {
    const sentAt = emailTime(rng, timeline.historyStart, timeline.asOf);
    const active = context.accounts.filter((account) => isActiveAt(account, sentAt) && account.contacts.length > 0);
    if (active.length === 0) continue;
    const recipients = rng.sample(active, rng.int(CUSTOMER_UPDATE_RECIPIENTS.min, CUSTOMER_UPDATE_RECIPIENTS.max)).map((account) => account.contacts[0]!);
    updates.push(massMail(context, rng.pick(people.marketers).user.address, recipients, sentAt, rng.chance(0.5)));
  }
  return updates;
}

/** Blind mass mail goes to the sender with everyone in bcc; open mass mail lists everyone in to. */
function massMail(context: SimulationContext, from: string, recipients: string[], sentAt: Timestamp, blind: boolean): SimulatedMessage {
  return {
    messageId: context.ids.messageId(from.slice(from.indexOf('@') + 1)),
    conversationId: context.ids.conversationId(),
    from,
    to: blind ? [from] : recipients,
    cc: NOBODY,
    bcc: blind ? recipients : NOBODY,
    sentAt,
    isDraft: false,
  };
}

/** Follow-ups that monitored colleagues started writing and never sent. */
function drafts(context: SimulationContext, messages: readonly SimulatedMessage[]): SimulatedMessage[] {
  const { rng, timeline } = context;
  const monitored = new Set(context.mailboxUsers.filter((colleague) => colleague.monitored).map((colleague) => colleague.user.address));
  const candidates = messages.filter((message) => monitored.has(message.from));
  const count = Math.max(1, Math.round(candidates.length * DRAFT_SHARE));
  return rng.sample(candidates, count).flatMap((message): SimulatedMessage[] => {
    const savedAt = message.sentAt + rng.int(5, 48 * 60) * MINUTE_MS;
    if (savedAt >= timeline.asOf) return [];
    return [{ ...message, messageId: context.ids.messageId(message.from.slice(message.from.indexOf('@') + 1)), bcc: NOBODY, sentAt: savedAt, isDraft: true }];
  });
}
