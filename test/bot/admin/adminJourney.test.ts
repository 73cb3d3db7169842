/**
 * The admin's whole journey in chat, against the real parts: the bot over botbuilder's
 * TestAdapter, its dialog state in the store, the admin back end reading the HTTPS tenant
 * simulator through the real Graph client. Configure (8 steps), the consent link and the
 * tenant admin's notification, the simulator's consent redirect recorded by the callback,
 * "run now" with one progress card updated in place, "results"; a restart in the middle of
 * the wizard; a seller refused.
 */
import { randomUUID } from 'node:crypto';
import type { Activity, CloudAdapter } from 'botbuilder';
import { fetch as undiciFetch, type Agent } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AdminConversations } from '../../../src/bot/admin/adminConversations.js';
import { deliveryStatusReply } from '../../../src/bot/delivery/deliveryStatusReply.js';
import { proactiveSender } from '../../../src/bot/proactive.js';
import { createBot, type RapportBot } from '../../../src/bot/RapportBot.js';
import { deliveryStatus } from '../../../src/alerts/deliveryStatus.js';
import { DEFAULT_SUPPORTED_REGIONS } from '../../../src/config.js';
import { createAdminBackend, type AdminBackend } from '../../../src/jobs/admin/adminBackend.js';
import { registerDemoDataset } from '../../../src/jobs/admin/datasetCatalog.js';
import { simulatorDispatcher, simulatorGraphConfig } from '../../../src/sources/simulator/server/clientSetup.js';
import { startSimulator, type RunningSimulator } from '../../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';
import { openStore, type RapportStore } from '../../../src/store/rapportStore.js';
import { cardTexts, silentLog, type AdaptiveCardJson } from '../conversations/fixtures.js';
import { SERVICE_URL, TeamsTestAdapter, TENANT_ID, teamsUser, type TestUser } from '../conversations/teamsTestAdapter.js';
import { tempDataDir } from '../../store/storeFixtures.js';

const asOf = Date.parse('2026-11-01T00:00:00Z');
const tenant = generateTenant({
  seed: 9, asOf, sizes: { users: 10, monitoredMailboxes: 6, groups: 1, accounts: 12, emailsPerUserPerYear: 120, meetingsPerUserPerYear: 25 },
});
const admin = teamsUser('Alex Wilber', 'alexw@example.com');
const seller = teamsUser('Bo Seller', 'bo@example.com');
const tenantAdmin = teamsUser('Grace Admin', 'ga@example.com');
const WIZARD = 'configureEnrichment';

let simulator: RunningSimulator;
let dispatcher: Agent;
beforeAll(async () => {
  simulator = await startSimulator({ tenant, consented: false });
  dispatcher = simulatorDispatcher(simulator.caPem);
}, 60_000);
afterAll(async () => {
  await dispatcher.close();
  await simulator.close();
});

interface Rig {
  store: RapportStore;
  backend: AdminBackend;
  bot: RapportBot;
  adapter: TeamsTestAdapter;
  updates: Partial<Activity>[];
  close(): Promise<void>;
}
const rigs: Rig[] = [];
// Each test starts where a new installation does: the app registered, consent not given yet.
beforeEach(() => simulator.consent.revoke());
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close();
});

async function rig(dataDir: string): Promise<Rig> {
  const store = await openStore(dataDir);
  const backend = await createAdminBackend({
    admin: { admins: [admin.aadObjectId.toLowerCase()], tenantAdmins: ['ga@example.com'], supportedRegions: DEFAULT_SUPPORTED_REGIONS, tenantRegion: 'Europe', firstRunDelayHours: 6, timeZone: 'UTC', datasetFiles: [] },
    store, log: silentLog, graph: simulatorGraphConfig(simulator), publicUrl: 'https://rapport.example',
    consentUrl: (redirect, state) => simulator.adminConsentUrl(redirect, state), internalDomains: tenant.organizationDomains, asOf: () => asOf,
  });
  await registerDemoDataset(backend.services.datasets, tenant.dataset);
  const adapter = new TeamsTestAdapter();
  const updates: Partial<Activity>[] = [];
  adapter.updateActivity = async (_context, activity) => void updates.push(activity);
  const cloud = adapter as unknown as CloudAdapter;
  const proactive = proactiveSender(cloud, store, '');
  const turns = new AdminConversations({
    services: backend.services, store, adapter: cloud, appId: '', publicUrl: 'https://rapport.example', log: silentLog,
    notify: (key, reply) => proactive.sendTo(key, reply), deliveryStatus: (catalog) => deliveryStatusReply(deliveryStatus([]), catalog, 'UTC'),
  });
  backend.onConsentRecorded((record, requestedBy) => turns.consentRecorded(requestedBy, record.recordedAt ?? 0));
  const bot = await createBot({ store, log: silentLog, publicUrl: 'https://rapport.example', adapter: cloud, appId: '', admins: [admin.aadObjectId.toLowerCase()], admin: turns });
  // As main.ts starts them.
  await turns.resumeProgressCards();
  backend.start();
  const made: Rig = { store, backend, bot, adapter, updates, close: async () => { await backend.stop(); await store.close(); } };
  rigs.push(made);
  return made;
}

async function send(rig: Rig, user: TestUser, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  rig.adapter.addMember(user);
  rig.adapter.activeQueue.length = 0;
  await rig.adapter.processActivity({
    channelId: 'msteams', serviceUrl: SERVICE_URL, id: randomUUID(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId }, recipient: { id: '28:rapport-bot', name: 'Rapport' },
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT_ID, isGroup: false, name: '' },
    channelData: { tenant: { id: TENANT_ID } }, locale: 'en-GB', ...activity,
  }, (context) => rig.bot.run(context));
  return rig.adapter.activeQueue.splice(0).filter((sent) => sent.type === 'message');
}

const cardsOf = (replies: Partial<Activity>[]): AdaptiveCardJson[] =>
  replies.flatMap((reply) => (reply.attachments ?? []).map((attachment) => attachment.content as AdaptiveCardJson));
const said = (replies: Partial<Activity>[]): string =>
  [...replies.map((reply) => reply.text ?? ''), ...cardsOf(replies).flatMap((card) => cardTexts(card))].join(' ').replace(/\\/g, '');
const say = (r: Rig, user: TestUser, text: string) => send(r, user, { type: 'message', text });
const submit = (r: Rig, step: string, inputs: Record<string, string> = {}, action = 'next', wizard = WIZARD) =>
  send(r, admin, { type: 'message', value: { wizard, step, action, ...inputs } });
const click = (r: Rig, user: TestUser, verb: string) => send(r, user, {
  type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', id: randomUUID(), verb, data: {} }, trigger: 'manual' },
});
/** The URLs of a card's Action.OpenUrl buttons. */
const links = (replies: Partial<Activity>[]): string[] =>
  JSON.stringify(cardsOf(replies)).match(/https:\/\/localhost:\d+\/[^"]*adminconsent[^"]*/g) ?? [];

/** Steps 1–3 of the wizard. Before consent the directory cannot be read: the mailboxes are resolved at the first run. */
async function toDataset(r: Rig): Promise<Partial<Activity>[]> {
  expect(said(await say(r, admin, 'configure engagement'))).toContain('Step 1 of 8');
  await submit(r, 'overview');
  expect(said(await submit(r, 'mailboxes', { entries: tenant.mailboxes().join(', ') }))).toContain('will be resolved at the first run');
  return submit(r, 'consent', { agree: 'true' });
}

describe('an admin sets Rapport up in chat', () => {
  it('configures, gets consent through the simulator, runs with a live progress card and reads the results', async () => {
    const r = await rig(await tempDataDir());
    await send(r, admin, { type: 'installationUpdate', action: 'add' });
    const datasetId = r.backend.services.datasets.list()[0]!.id;

    expect(said(await toDataset(r))).toContain('Customer dataset');
    await submit(r, 'dataset', { dataset: datasetId });
    await submit(r, 'profile', { accountId: 'accountId', accountName: 'accountName', domain: 'domains', owner: 'owner' });
    await submit(r, 'email', { email: 'email' });
    expect(said(await submit(r, 'names', { name: 'AccountEngagement', outputTable: 'EngagementScores' }))).toContain('Review');
    const saved = await submit(r, 'review', {}, 'save');
    expect(r.store.admin.enrichment()).toMatchObject({ name: 'AccountEngagement', outputTable: 'EngagementScores', mailboxCount: null, datasetId });
    expect(said(saved)).toContain('ga@example.com');
    const [link] = links(saved);
    expect(link, 'the admin gets the admin-consent link').toBeDefined();

    // The tenant admin opens the link; the simulator grants and redirects to the callback.
    const answer = await undiciFetch(link!.replace(/&amp;/g, '&'), { dispatcher, redirect: 'manual' });
    const callback = new URL(answer.headers.get('location')!);
    const outcome = await r.backend.consentCallback.handle(Object.fromEntries(callback.searchParams));
    expect(outcome.ok).toBe(true);
    expect(r.backend.services.runs.readiness()).toBe('ready');
    const notices = r.adapter.proactive.filter((sent) => sent.conversationId === admin.conversationId).map((sent) => sent.activity);
    expect(said(notices)).toMatch(/consent/i);

    const finished = new Promise((resolve) => r.backend.services.runs.onRunFinished(resolve));
    const started = await say(r, admin, 'run now');
    expect(cardsOf(started)).toHaveLength(1);
    await finished;
    await expect.poll(() => said(r.updates.slice(-1))).toContain('Finished');
    const summary = said(r.updates.slice(-1));
    const insights = (await r.store.insights.current())!;
    expect(summary).toContain(`Mailboxes ${tenant.mailboxes().length}`);
    expect(summary).toContain(`Accounts enriched ${insights.accounts.length}`);
    expect(r.updates.every((update) => update.id === started[0]!.id), 'every update replaces the one progress card').toBe(true);

    const results = said(await say(r, admin, 'results'));
    expect(results).toContain(String(insights.accounts.length));
    expect(results).toContain('Office_UserEntity');
    const inGroup = await send(r, admin, { type: 'message', text: 'results', conversation: { id: '19:team-chat', conversationType: 'groupChat', tenantId: TENANT_ID, isGroup: true, name: '' } });
    expect(said(inGroup)).toContain('only in our personal chat');
    expect(JSON.stringify(inGroup)).not.toContain('/api/downloads/');
  }, 120_000);

  it('keeps a half-finished wizard across a restart, at the same step with the answers kept', async () => {
    const dataDir = await tempDataDir();
    let r = await rig(dataDir);
    await toDataset(r);
    await r.close();
    rigs.splice(rigs.indexOf(r), 1);

    r = await rig(dataDir);
    const back = await submit(r, 'dataset', {}, 'back');
    expect(said(back)).toContain('Privacy statement');
    expect(said(await submit(r, 'consent', { agree: 'true' }))).toContain('Customer dataset');
  }, 60_000);

  it('enables relationship intelligence for a group; the tenant admin, not a Rapport admin, gives the consent from the card', async () => {
    simulator.consent.grant();
    const r = await rig(await tempDataDir());
    await send(r, tenantAdmin, { type: 'installationUpdate', action: 'add' });
    // Users stand in for a group here: the directory resolves either to mailboxes.
    const members = tenant.mailboxes().slice(0, 3);
    const RI = 'relationshipIntelligence';
    expect(said(await say(r, admin, 'enable relationship intelligence'))).toContain('Step 1 of');
    await submit(r, 'overview', {}, 'next', RI);
    await submit(r, 'groups', { groups: members.join('\n') }, 'next', RI);
    await submit(r, 'exchange', { exchange: 'true' }, 'next', RI);
    await submit(r, 'regions', { region0: 'true' }, 'next', RI);
    const saved = said(await submit(r, 'review', {}, 'save', RI));
    expect(saved).toContain('I asked ga@example.com to give the identifiable-insights consent.');
    expect(r.store.admin.relationship()).toMatchObject({ groups: members, members: [...members].sort(), exchangeIntegration: true, identifiableConsentAt: null });

    const asked = r.adapter.proactive.filter((sent) => sent.conversationId === tenantAdmin.conversationId);
    expect(JSON.stringify(asked)).toContain('relationship.consent');
    expect(said((await click(r, seller, 'relationship.consent')))).not.toContain('consent was given');
    expect(r.store.admin.relationship()?.identifiableConsentAt).toBeNull();
    await click(r, tenantAdmin, 'relationship.consent');
    expect(r.store.admin.relationship()?.identifiableConsentAt).not.toBeNull();
  }, 60_000);

  it('keeps updating the same progress card after a restart that stopped the run, to the summary', async () => {
    simulator.consent.grant();
    const dataDir = await tempDataDir();
    let r = await rig(dataDir);
    const datasetId = r.backend.services.datasets.list()[0]!.id;
    await r.store.admin.saveEnrichment({
      name: 'AccountEngagement', outputTable: 'EngagementScores', mailboxEntries: tenant.mailboxes(), mailboxCount: null, datasetId,
      fieldMapping: { email: 'email', accountId: 'accountId', accountName: 'accountName' }, region: 'Europe', agreedAt: asOf, savedAt: asOf, savedBy: 'admin',
    });
    // Consent just now: the first scheduled run is 6 hours away, so only "run now" runs.
    await r.store.admin.recordConsent(simulator.tenantId, Date.now());
    r.backend.services.runs.refresh();
    const first = r;
    let restarting: Promise<void> | undefined;
    first.backend.services.runs.onProgress((_, event) => {
      if (event.phase === 'reading' && event.done === 2) restarting ??= first.close();
    });
    const [card] = await say(first, admin, 'run now');
    expect(said([card!])).not.toContain('already under way');
    await expect.poll(() => restarting !== undefined, { timeout: 20_000 }).toBe(true);
    await restarting;
    rigs.splice(rigs.indexOf(first), 1);
    await expect.poll(() => said(first.updates.slice(-1))).toContain('Paused while Rapport restarts');

    r = await rig(dataDir);
    const finished = new Promise((resolve) => r.backend.services.runs.onRunFinished(resolve));
    await finished;
    await expect.poll(() => said(r.updates.slice(-1)), { timeout: 20_000 }).toContain('Finished');
    expect(r.updates.every((update) => update.id === card!.id), 'the same card, updated in place').toBe(true);
    expect(said(r.updates.slice(-1))).toContain(`Mailboxes ${tenant.mailboxes().length}`);
    await expect.poll(() => r.store.admin.progressCards()).toEqual([]);
  }, 60_000);

  it('leaves a wizard under way, saving nothing, when the admin types another admin command', async () => {
    const r = await rig(await tempDataDir());
    await toDataset(r);
    const replies = await say(r, admin, 'consent status');
    expect(said(replies)).toContain('I left the setup you had under way; nothing of it was saved.');
    expect(said(replies)).toMatch(/consent/i);
    expect(r.store.admin.enrichment()).toBeNull();
    expect(said(await submit(r, 'dataset', { dataset: 'x' }))).toContain('belongs to a setup that has already ended');
  }, 60_000);

  it('refuses a seller, naming the admins; only an admin’s help lists the admin commands', async () => {
    const r = await rig(await tempDataDir());
    await send(r, admin, { type: 'installationUpdate', action: 'add' });
    expect(said(await say(r, seller, 'configure engagement'))).toContain('Only admins can do that');
    expect(said(await say(r, seller, 'help'))).not.toContain('Setting Rapport up (admins)');
    const submitted = await send(r, seller, { type: 'message', value: { wizard: 'relationshipIntelligence', step: 'overview', action: 'next' } });
    expect(said(submitted)).toContain('Only admins can do that');
    expect(said(await submit(r, 'overview', {}, 'next', 'relationshipIntelligence'))).toContain('Say “enable relationship intelligence” to start again.');
    expect(said(await say(r, admin, 'help'))).toContain('“configure engagement” · “consent status” · “run now”');
    expect(said(await say(r, seller, 'run now'))).toContain('Alex Wilber');
  }, 60_000);
});
