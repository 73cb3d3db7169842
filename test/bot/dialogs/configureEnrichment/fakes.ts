/**
 * The configure-engagement wizard under test: a small fake directory and settings, the REAL
 * dataset catalog over a temp-dir store, a DialogTestClient per conversation, and readers of
 * what its cards say.
 */
import { ConversationState, MemoryStorage, type Activity, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { configureEnrichmentDialog } from '../../../../src/bot/dialogs/configureEnrichment/configureEnrichmentDialog.js';
import { DEFAULT_SUPPORTED_REGIONS, type AdminConfig } from '../../../../src/config.js';
import type { AdminServices, DirectoryAnswer, DirectoryLookup, SettingsService } from '../../../../src/jobs/admin/adminServices.js';
import { createDatasetCatalog, type DatasetCatalogOptions } from '../../../../src/jobs/admin/datasetCatalog.js';
import type { EnrichmentSettings } from '../../../../src/store/adminSchema.js';
import { fakeClock, openTestStore, tempDataDir, type FakeClock } from '../../../store/storeFixtures.js';

export const ADMIN = { id: '29:admin', aadObjectId: 'aad-admin', name: 'Alex Wilber' };
export const WIZARD = 'configureEnrichment';
export const KEY_ACCOUNTS_CSV = [
  'ContactEmail,AccountId,AccountName,Domain,Backup',
  'ann@woodgrove.com,A1,Woodgrove,woodgrove.com,ann@woodgrove.com',
  'bob@litware.com,A2,Litware,litware.com,none',
  'cy@contoso.com,A3,Contoso,contoso.com,n/a',
].join('\r\n');

export type Member = { name: string; address?: string };

/** Entries are looked up case-insensitively: an address is a user, anything else a group. */
export function fakeDirectory(groups: Record<string, Member[]> = {}): DirectoryLookup {
  const known = new Map(Object.entries(groups).map(([name, members]) => [name.toLowerCase(), members]));
  return {
    async resolve(entries): Promise<DirectoryAnswer> {
      const mailboxes = new Map<string, { address: string; objectId: string; displayName: string }>();
      const unknownEntries: string[] = [];
      const withoutMailbox: { entry: string; objectId: string; displayName: string }[] = [];
      for (const entry of entries) {
        const members = known.get(entry.toLowerCase()) ?? (entry.includes('@') ? [{ name: entry.split('@')[0]!, address: entry }] : null);
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

export function unavailableDirectory(reason: string): DirectoryLookup {
  return { resolve: async () => ({ kind: 'unavailable', reason }) };
}

export function fakeSettings(): SettingsService & { saved: EnrichmentSettings[] } {
  const saved: EnrichmentSettings[] = [];
  return {
    saved,
    enrichment: () => saved.at(-1) ?? null,
    saveEnrichment: async (settings) => void saved.push(structuredClone(settings)),
    relationship: () => null,
    saveRelationship: async () => { throw new Error('not used by this wizard'); },
  };
}

function unused(name: string): never {
  throw new Error(`${name} is not used by the configure-engagement wizard`);
}

export interface Setup {
  services: AdminServices;
  settings: ReturnType<typeof fakeSettings>;
  clock: FakeClock;
}

export async function setup(options: { directory?: DirectoryLookup; config?: Partial<AdminConfig>; catalog?: DatasetCatalogOptions } = {}): Promise<Setup> {
  const clock = fakeClock(Date.parse('2026-12-02T14:00:00Z'));
  let next = 0;
  const store = await openTestStore(await tempDataDir(), { now: clock.now, randomBytes: (n) => Buffer.alloc(n, ++next) });
  const datasets = createDatasetCatalog(store.datasets, options.catalog);
  const settings = fakeSettings();
  const config: AdminConfig = {
    admins: [ADMIN.aadObjectId], tenantAdmins: [], supportedRegions: [...DEFAULT_SUPPORTED_REGIONS], tenantRegion: 'Europe',
    firstRunDelayHours: 1, timeZone: 'UTC', datasetFiles: [], ...options.config,
  };
  const services: AdminServices = {
    config, settings, datasets, now: clock.now,
    directory: options.directory ?? fakeDirectory(),
    consent: { consentLink: async () => unused('consent'), status: async () => unused('consent'), handleCallback: async () => unused('consent') },
    runs: {
      runNow: async () => unused('runs'), current: () => null, schedule: () => ({ cadence: 'off' }), setSchedule: async () => unused('runs'),
      nextRunAt: () => null, history: () => [], onProgress: () => () => {},
    },
  };
  return { services, settings, clock };
}

export async function registerDataset(services: AdminServices, name: string, csv = KEY_ACCOUNTS_CSV): Promise<string> {
  const upload = await services.datasets.register(name, csv, 'system');
  if (!upload.ok) throw new Error(upload.error);
  return upload.dataset.id;
}

/** A client in one conversation; pass the same ConversationState to a second one to "restart". */
export function wizardClient(services: AdminServices, options: { conversationType?: string; conversationState?: ConversationState } = {}): DialogTestClient {
  const dialog = configureEnrichmentDialog(services, {
    afterSave: async (settings, step) => [{ text: `Saved ${settings.name} for ${step.asker.name}` }],
  });
  const asAdmin: Middleware = {
    async onTurn(context, next) {
      context.activity.from = { ...ADMIN };
      context.activity.locale = 'en-GB';
      context.activity.conversation.conversationType = options.conversationType ?? 'personal';
      await next();
    },
  };
  return new DialogTestClient('msteams', dialog, undefined, [asAdmin], options.conversationState ?? new ConversationState(new MemoryStorage()));
}

export const submit = (step: string, inputs: Record<string, string> = {}, action = 'next'): Partial<Activity> =>
  ({ type: 'message', value: { wizard: WIZARD, step, action, ...inputs } });

export { actions, cardOf, errorOf, facts, inputOf, inputs, said, stepTitle, texts } from '../wizardCards.js';

export { fileServer } from '../../../jobs/admin/fileServer.js';
