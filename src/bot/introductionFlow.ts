/** "Request introduction": the colleague gets a card (Accept / Decline, with a note), the requester hears the answer. */
import { domainOf } from '../engagement/activity.js';
import { introducerPolicy, relationshipAvailability } from '../jobs/admin/relationshipPolicy.js';
import type { RapportStore } from '../store/rapportStore.js';
import type { Catalog } from './catalog/catalog.js';
import { renderCard } from './cards.js';
import { introAnswerCardData } from './cardData/introAnswer.js';
import { introRequestCardData } from './cardData/introRequest.js';
import { whoKnowsOffText } from './cardData/relationship.js';
import type { InsightsView } from './insightsView.js';
import type { Proactive } from './proactive.js';
import { message, type Asker, type Reply } from './turn.js';

export const NOTE_MAX_LENGTH = 500;

export interface IntroductionRequest {
  accountId: string;
  introducer: string;
  person?: string;
  note?: string;
}

export class IntroductionFlow {
  constructor(
    private readonly store: RapportStore,
    private readonly proactive: Proactive,
    private readonly view: () => InsightsView | null,
    private readonly now: () => number = Date.now,
    private readonly tenantRegion: string | null = null,
  ) {}

  /**
   * Returns the text the requester sees at once. An older introductions card can still be
   * clicked after who-knows-whom went off or the groups changed: that request is refused here.
   */
  async request(request: IntroductionRequest, asker: Asker, catalog: Catalog): Promise<string> {
    if ((request.note?.length ?? 0) > NOTE_MAX_LENGTH) return catalog.t('error.noteTooLong', { max: NOTE_MAX_LENGTH });
    const settings = this.store.admin.relationship();
    const availability = relationshipAvailability(settings, this.now(), this.tenantRegion);
    if (availability.whoKnows !== 'on') return whoKnowsOffText(availability.whoKnows, catalog);
    if (!introducerPolicy(settings)(request.introducer)) return catalog.t('ri.introducer.notCovered');
    const accountName = accountNameOf(this.view(), request.accountId, request.person);
    const created = await this.store.introductions.create({
      requester: { email: asker.email ?? asker.userKey, name: asker.name, userKey: asker.userKey },
      introducer: request.introducer, accountId: request.accountId,
      ...(request.person ? { person: request.person } : {}), ...(request.note ? { note: request.note } : {}),
    });
    const card = renderCard('introRequest', introRequestCardData({
      requestId: created.id, requester: asker.name, accountName, ...(request.person ? { person: request.person } : {}), ...(request.note ? { note: request.note } : {}),
    }, catalog));
    const delivered = await this.proactive.sendTo(request.introducer, { card });
    return delivered
      ? catalog.t('confirm.introRequested', { introducer: request.introducer, account: accountName })
      : catalog.t('error.introducerUnreachable', { introducer: request.introducer });
  }

  /** The colleague's answer; returns the card that replaces the request card. */
  async answer(requestId: string, accepted: boolean, note: string | undefined, asker: Asker, catalog: Catalog): Promise<Reply> {
    const reply = (text: string, tone: 'success' | 'error') => message(catalog.t(tone === 'success' ? 'confirm.title' : 'error.title'), text, tone);
    if ((note?.length ?? 0) > NOTE_MAX_LENGTH) return reply(catalog.t('error.noteTooLong', { max: NOTE_MAX_LENGTH }), 'error');
    // Only the colleague who was asked may answer (a card can be forwarded or seen by others).
    const request = this.store.introductions.get(requestId);
    if (request && request.introducer !== asker.email) return reply(catalog.t('error.notYourRequest'), 'error');
    const answered = await this.store.introductions.answer(requestId, { accepted, by: asker.email ?? asker.userKey, ...(note ? { note } : {}) });
    if (answered === 'not-found' || answered === 'already-answered') return reply(catalog.t('error.requestExpired'), 'error');
    const accountName = accountNameOf(this.view(), answered.accountId, answered.person);
    const card = renderCard('introAnswer', introAnswerCardData({
      accepted, introducer: asker.name, accountName, ...(answered.person ? { person: answered.person } : {}), ...(note ? { note } : {}),
    }, catalog));
    const delivered = await this.proactive.sendTo(answered.requester.userKey, { card });
    return delivered
      ? reply(catalog.t('confirm.introAnswered', { requester: answered.requester.name }), 'success')
      : reply(catalog.t('error.requesterUnreachable', { requester: answered.requester.name }), 'error');
  }
}

/** The account's name; for a person whose account is unknown (no account owns their domain), that domain. */
function accountNameOf(view: InsightsView | null, accountId: string, person: string | undefined): string {
  return view?.account(accountId)?.account.name ?? (person ? domainOf(person) : accountId);
}
