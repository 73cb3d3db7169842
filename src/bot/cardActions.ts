/** Universal Actions (`Action.Execute`) from Rapport's cards: verb + data → what happens. */
import type { AccountInsight } from '../engagement/insights.js';
import type { Catalog } from './catalog/catalog.js';
import type { IntroductionFlow } from './introductionFlow.js';
import type { InsightsView } from './insightsView.js';
import type { SellerAnswers } from './sellerAnswers.js';
import type { Asker, Reply } from './turn.js';

/** What an action does: a card that replaces the clicked one, or a new message plus a short notice. */
export type ActionOutcome = { replaceWith: Reply } | { send?: Reply; notice: string };

type Data = Record<string, unknown>;

const text = (data: Data, key: string): string | undefined => (typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : undefined);

export class CardActions {
  constructor(private readonly answers: SellerAnswers, private readonly introductions: IntroductionFlow, private readonly view: () => InsightsView | null) {}

  async handle(verb: string, data: Data, asker: Asker, catalog: Catalog): Promise<ActionOutcome> {
    const accountId = text(data, 'accountId');
    const view = this.view();
    const insight = accountId ? view?.account(accountId) : undefined;
    const answerAbout: Record<string, (view: InsightsView, insight: AccountInsight) => Reply | Promise<Reply>> = {
      engagement: (v, i) => this.answers.customer(v, i, catalog),
      whoKnows: (v, i) => this.answers.whoKnows(v, i, asker, catalog),
      relationship: (v, i) => this.answers.relationship(v, i, catalog),
      watch: (_v, i) => this.answers.watch(true, i, asker, catalog),
    };
    const about = answerAbout[verb];
    if (about) return insight && view ? { send: await about(view, insight), notice: insight.account.name } : this.unknownAccount(catalog);
    switch (verb) {
      case 'segment': {
        const name = text(data, 'name');
        return name ? { send: await this.answers.answer({ kind: 'runSegment', name }, asker, catalog), notice: name } : { notice: catalog.t('error.generic') };
      }
      case 'requestIntro': {
        const introducer = text(data, 'introducer');
        const person = text(data, 'person');
        // "who knows jane@…" has no account id when no account owns jane's domain: the person suffices.
        if (!introducer || (!accountId && !person)) return { notice: catalog.t('error.generic') };
        const note = text(data, 'note');
        return { notice: await this.introductions.request({ accountId: accountId ?? '', introducer, ...(person ? { person } : {}), ...(note ? { note } : {}) }, asker, catalog) };
      }
      case 'introAccept':
      case 'introDecline': {
        const requestId = text(data, 'requestId');
        if (!requestId) return { notice: catalog.t('error.requestExpired') };
        return { replaceWith: await this.introductions.answer(requestId, verb === 'introAccept', text(data, 'note'), asker, catalog) };
      }
      default:
        return { send: this.answers.help(catalog), notice: catalog.t('error.generic') };
    }
  }

  private unknownAccount(catalog: Catalog): ActionOutcome {
    return { notice: catalog.t('error.accountGone') };
  }
}
