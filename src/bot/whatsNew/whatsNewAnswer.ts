/**
 * "What's new": the asker's accounts (the ones they own in the dataset and the ones they
 * watch) now, against what they saw the last time they asked, which is then remembered.
 */
import type { RapportStore, SeenAccount } from '../../store/rapportStore.js';
import type { Catalog } from '../catalog/catalog.js';
import { whatsNewCardData, type WhatsNewInput } from '../cardData/whatsNew.js';
import { renderCard } from '../cards.js';
import { canonicalPhrase } from '../commands/canonical.js';
import { grammarOf } from '../commands/grammar.js';
import type { InsightsView } from '../insightsView.js';
import { message, type Asker, type Reply } from '../turn.js';
import { changesBetween } from './changes.js';

export interface WhatsNewDependencies {
  store: RapportStore;
  view(): InsightsView | null;
  now: () => number;
  noData(catalog: Catalog): Reply;
}

export class WhatsNew {
  constructor(private readonly deps: WhatsNewDependencies) {}

  async answer(asker: Asker, catalog: Catalog): Promise<Reply> {
    const view = this.deps.view();
    if (!view) return this.deps.noData(catalog);
    const mine = this.accountsOf(asker, view);
    if (mine.length === 0) {
      const watch = canonicalPhrase('watch', catalog.language, { account: grammarOf(catalog.language).examples.account });
      return message(catalog.t('commands.whatsNew.title'), catalog.t('commands.whatsNew.noAccounts', { command: watch }), 'neutral');
    }
    const now: SeenAccount[] = mine.map((insight) => ({ accountId: insight.account.id, score: insight.year.EngagementScore, stale: insight.health.stale }));
    const last = this.deps.store.seen.lastSeen(asker.userKey);
    const input: WhatsNewInput = last === undefined
      ? { kind: 'first', quiet: mine.filter((insight) => insight.health.stale), accounts: mine.length }
      : last.asOf === view.asOf
        ? { kind: 'sameRun', since: last.seenAt }
        : { kind: 'changes', since: last.seenAt, changes: changesBetween(last.accounts, now), accounts: mine.length, account: (id) => view.account(id) };
    if (last !== undefined && input.kind === 'sameRun') {
      // No run since: the earlier snapshot stays the one the next run is compared with; accounts added since join it.
      const known = new Set(last.accounts.map((account) => account.accountId));
      await this.deps.store.seen.record({ ...last, accounts: [...last.accounts, ...now.filter((account) => !known.has(account.accountId))] });
    } else {
      await this.deps.store.seen.record({ userKey: asker.userKey, asOf: view.asOf, seenAt: this.deps.now(), accounts: now });
    }
    return { card: renderCard('whatsNew', whatsNewCardData(input, catalog, view)) };
  }

  /** The accounts the asker owns (the dataset's owner field) and watches, in the current results. */
  private accountsOf(asker: Asker, view: InsightsView) {
    const watched = new Set(this.deps.store.preferences.watches(asker.userKey));
    const email = asker.email?.toLowerCase();
    return view.insights.accounts.filter((insight) => watched.has(insight.account.id) || (email !== undefined && insight.account.owner?.toLowerCase() === email));
  }
}
