import { afterEach, describe, expect, it } from 'vitest';
import { afterEnrichmentSaved, consentRecordedNotice, consentStatusReply } from '../../../src/bot/admin/consentCommands.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import type { Reply } from '../../../src/bot/turn.js';
import { cardActions, cardText, storeWithInsights, type TestStore } from '../conversations/fixtures.js';
import { ADMIN, configure, manualTimer, SAVED_AT, servicesOver } from './adminFixtures.js';

const catalog = catalogFor('en-GB');
const stores: TestStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose();
});

async function setUp(options: Parameters<typeof servicesOver>[2] = {}) {
  const test = await storeWithInsights();
  stores.push(test);
  const { timer } = manualTimer(SAVED_AT);
  return { store: test.store, services: servicesOver(test.store, timer, options) };
}

const card = (reply: Reply | undefined) => (reply && 'card' in reply ? reply.card : {});
const text = (reply: Reply | undefined) => cardText(card(reply));
const links = (reply: Reply | undefined) => cardActions(card(reply)).filter((action) => action.type === 'Action.OpenUrl').map((action) => action.url);

describe('consent status', () => {
  it('before consent: what is missing, when it was requested, and the link', async () => {
    const { services, store } = await setUp({ status: { granted: [], missing: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All'] } });
    await store.admin.recordConsentRequest(ADMIN.userKey, Date.parse('2026-11-02T09:00:00Z'));
    const reply = await consentStatusReply(services, catalog, ADMIN);
    expect(text(reply)).toContain('Consent has not been given yet.');
    expect(text(reply)).toContain('Consent requested\nMon, 2 Nov 2026, 09:00');
    expect(text(reply)).toContain('Consent recorded\nNot yet');
    expect(text(reply)).toContain('Granted permissions\nNone');
    expect(text(reply)).toContain('Missing permissions\nMail.ReadBasic.All, Calendars.ReadBasic.All');
    expect(links(reply)).toEqual(['https://login.microsoftonline.com/contoso/v2.0/adminconsent?client_id=app&state=admin-1-1']);
  });

  it('after consent: what is granted, and no link', async () => {
    const { services, store } = await setUp({ status: { granted: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All'], missing: [] } });
    await store.admin.recordConsent('contoso', SAVED_AT);
    const reply = await consentStatusReply(services, catalog, ADMIN);
    expect(text(reply)).toContain('A tenant administrator gave consent on Wed, 4 Nov 2026, 10:15.');
    expect(text(reply)).toContain('Every permission Rapport needs is granted.');
    expect(text(reply)).toContain('Granted permissions\nMail.ReadBasic.All, Calendars.ReadBasic.All');
    expect(links(reply)).toEqual([]);
  });

  it('says why the permissions could not be checked', async () => {
    const { services } = await setUp({ status: { granted: null, error: 'the tenant could not be reached' } });
    const reply = await consentStatusReply(services, catalog, ADMIN);
    expect(text(reply)).toContain('The permissions could not be checked right now: the tenant could not be reached');
    expect(text(reply)).toContain('Granted permissions\nCould not be checked');
  });
});

describe('after the enrichment is saved', () => {
  it('without consent: confirms, gives the link, asks every tenant admin and names who could not be reached', async () => {
    const { services, store } = await setUp({ config: { tenantAdmins: ['ga@contoso.example', 'pra@contoso.example', 'ga@contoso.example'] } });
    await configure(services, store, null);
    const sent: { to: string; reply: Reply }[] = [];
    const notify = async (to: string, reply: Reply) => (sent.push({ to, reply }), to === 'ga@contoso.example');
    const nameOf = (key: string) => (key === 'ga@contoso.example' ? 'Grace Admin' : key);
    const replies = await afterEnrichmentSaved(services, ADMIN, catalog, { notify, nameOf });

    expect(replies.map((reply) => text(reply).split('\n')[0])).toEqual(['Enrichment saved', 'One more step: admin consent', 'Tenant administrators asked']);
    expect(text(replies[0])).toContain('You’ll find it under the name “Account engagement”.');
    expect(links(replies[1])).toEqual(['https://login.microsoftonline.com/contoso/v2.0/adminconsent?client_id=app&state=admin-1-1']);
    expect(sent.map((notice) => notice.to)).toEqual(['ga@contoso.example', 'pra@contoso.example']);
    for (const [i, notice] of sent.entries()) {
      expect(text(notice.reply)).toContain('Rapport needs your admin consent');
      expect(text(notice.reply)).toContain('Alex Wilber set up account engagement enrichment in Rapport.');
      expect(links(notice.reply)).toEqual([`https://login.microsoftonline.com/contoso/v2.0/adminconsent?client_id=app&state=admin-1-${i + 2}`]);
    }
    expect(text(replies[2])).toContain('I sent the consent request to: Grace Admin. I could not reach pra@contoso.example yet (Rapport is not installed for them): they get the request as soon as they install it');
  });

  it('without tenant admins configured, says nobody was asked', async () => {
    const { services, store } = await setUp({ config: { tenantAdmins: [] } });
    await configure(services, store, null);
    const replies = await afterEnrichmentSaved(services, ADMIN, catalog, { notify: async () => true });
    expect(text(replies.at(-1))).toContain('No tenant administrator is configured (RAPPORT_TENANT_ADMINS), so I asked nobody');
  });

  it('with consent already given: when the next run is due, and nobody is notified', async () => {
    const { services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    const notified: string[] = [];
    const replies = await afterEnrichmentSaved(services, ADMIN, catalog, { notify: async (to) => (notified.push(to), true) });
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain('Enrichment saved\nYou’ll find it under the name “Account engagement”. Consent is already given: the next run is due Mon, 9 Nov 2026, 06:00.');
    expect(notified).toEqual([]);
  });
});

describe('when consent is recorded', () => {
  it('tells admins when the run is due', async () => {
    const { services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    const notice = consentRecordedNotice(services, SAVED_AT, catalog);
    expect(text(notice)).toContain('Consent recorded\nA tenant administrator gave Rapport consent on Wed, 4 Nov 2026, 10:15.\nThe next run is due Mon, 9 Nov 2026, 06:00.');
  });

  it('says an enrichment is still to be configured', async () => {
    const { services } = await setUp();
    expect(text(consentRecordedNotice(services, SAVED_AT, catalog))).toContain('No enrichment is configured yet: say “configure engagement”');
  });
});
