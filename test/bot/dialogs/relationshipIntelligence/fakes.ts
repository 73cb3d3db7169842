/**
 * The relationship-intelligence wizard under test: a fake directory and in-memory settings,
 * a DialogTestClient acting as a chosen user, and readers of what its cards say.
 */
import { ConversationState, MemoryStorage, type Activity, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { relationshipIntelligenceDialog, RELATIONSHIP_DIALOG } from '../../../../src/bot/dialogs/relationshipIntelligence/relationshipDialog.js';
import type { AdminConfig } from '../../../../src/config.js';
import type { AdminServices, DirectoryAnswer, DirectoryLookup, SettingsService } from '../../../../src/jobs/admin/adminServices.js';
import type { RelationshipSettings } from '../../../../src/store/adminSchema.js';
import { fakeClock, type FakeClock } from '../../../store/storeFixtures.js';

export const ADMIN = { id: '29:admin', aadObjectId: 'aad-admin', name: 'Alex Wilber' };
export const TENANT_ADMIN = { id: '29:ga', aadObjectId: 'aad-ga', name: 'Grace Admin' };
export const SELLER = { id: '29:seller', aadObjectId: 'aad-seller', name: 'Bo Seller' };
export const NOW = Date.parse('2026-12-02T14:00:00Z');
export const DAY = 24 * 60 * 60 * 1000;

export type Member = { name: string; address?: string };

/** Groups by name (any case); an address is a user with that mailbox; anything else is unknown. */
export function fakeDirectory(groups: Record<string, Member[]>): DirectoryLookup & { asked: string[][] } {
  const known = new Map(Object.entries(groups).map(([name, members]) => [name.toLowerCase(), members]));
  const asked: string[][] = [];
  return {
    asked,
    async resolve(entries): Promise<DirectoryAnswer> {
      asked.push([...entries]);
      const mailboxes = new Map<string, { address: string; objectId: string; displayName: string }>();
      const unknownEntries: string[] = [];
      const withoutMailbox: { entry: string; objectId: string; displayName: string }[] = [];
      for (const entry of entries) {
        const members = known.get(entry.toLowerCase()) ?? (entry.includes('@') ? [{ name: entry, address: entry }] : null);
        if (!members) unknownEntries.push(entry);
        for (const member of members ?? []) {
          if (member.address) mailboxes.set(member.address, { address: member.address, objectId: `id-${member.address}`, displayName: member.name });
          else withoutMailbox.push({ entry, objectId: `id-${member.name}`, displayName: member.name });
        }
      }
      return { kind: 'resolved', mailboxes: [...mailboxes.values()], unknownEntries, withoutMailbox };
    },
  };
}

export const SALES: Record<string, Member[]> = {
  'Sales EMEA': [{ name: 'Ann', address: 'Ann@Contoso.com' }, { name: 'Bob', address: 'bob@contoso.com' }, { name: 'Kiosk' }],
  'Sales US': [{ name: 'Cy', address: 'cy@contoso.com' }, { name: 'Bob', address: 'bob@contoso.com' }],
};

export function fakeSettings(initial: RelationshipSettings | null = null): SettingsService & { saved: RelationshipSettings[] } {
  const saved: RelationshipSettings[] = [];
  return {
    saved,
    enrichment: () => null,
    saveEnrichment: async () => { throw new Error('not used by this wizard'); },
    relationship: () => structuredClone(saved.at(-1) ?? initial),
    saveRelationship: async (settings) => void saved.push(structuredClone(settings)),
  };
}

function unused(name: string): never {
  throw new Error(`${name} is not used by relationship intelligence`);
}

export interface Setup {
  services: AdminServices;
  settings: ReturnType<typeof fakeSettings>;
  clock: FakeClock;
}

export function setup(options: { directory?: DirectoryLookup; config?: Partial<AdminConfig>; initial?: RelationshipSettings | null } = {}): Setup {
  const clock = fakeClock(NOW);
  const settings = fakeSettings(options.initial ?? null);
  const config: AdminConfig = {
    admins: [ADMIN.aadObjectId], tenantAdmins: [TENANT_ADMIN.aadObjectId, 'it@contoso.com'], supportedRegions: ['UK', 'Europe', 'North America'],
    tenantRegion: 'Europe', firstRunDelayHours: 1, timeZone: 'UTC', datasetFiles: [], ...options.config,
  };
  const services: AdminServices = {
    config, settings, now: clock.now,
    directory: options.directory ?? fakeDirectory(SALES),
    datasets: { list: () => [], get: () => undefined, register: async () => unused('datasets'), registerFromUrl: async () => unused('datasets'), emailShare: async () => unused('datasets') },
    consent: { consentLink: async () => unused('consent'), status: async () => unused('consent'), handleCallback: async () => unused('consent') },
    runs: {
      runNow: async () => unused('runs'), current: () => null, schedule: () => ({ cadence: 'off' }), setSchedule: async () => unused('runs'),
      nextRunAt: () => null, history: () => [], onProgress: () => () => {},
    },
  };
  return { services, settings, clock };
}

/** A client acting as `user` (the admin unless told), with a hook that records what it was given. */
export function wizardClient(services: AdminServices, options: { user?: typeof ADMIN; afterSave?: RelationshipSettings[] } = {}): DialogTestClient {
  const dialog = relationshipIntelligenceDialog(services, {
    afterSave: async (settings, step) => {
      options.afterSave?.push(settings);
      return [{ text: `After the save for ${step.asker.name}` }];
    },
  });
  const asUser: Middleware = {
    async onTurn(context, next) {
      context.activity.from = { ...(options.user ?? ADMIN) };
      context.activity.locale = 'en-GB';
      await next();
    },
  };
  return new DialogTestClient('msteams', dialog, undefined, [asUser], new ConversationState(new MemoryStorage()));
}

export const submit = (step: string, inputs: Record<string, string> = {}, action = 'next'): Partial<Activity> =>
  ({ type: 'message', value: { wizard: RELATIONSHIP_DIALOG, step, action, ...inputs } });

export { actions, cardOf, errorOf, facts, inputOf, inputs, said, stepTitle, texts } from '../wizardCards.js';
