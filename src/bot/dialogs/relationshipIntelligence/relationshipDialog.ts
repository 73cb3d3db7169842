/**
 * "Enable relationship intelligence", as in Dynamics 365 Sales: what it is and the consent rules,
 * the groups whose mail and calendars feed it, Exchange integration, the Exchange data regions,
 * review, save. Only Rapport's admins reach it: RapportBot continues a wizard only for an admin,
 * and the wizard's state is private to the user who began it, so a colleague answering the card
 * in a chat never lands in it.
 */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { RelationshipSettings } from '../../../store/adminSchema.js';
import { formatDateTime } from '../../admin/adminFormat.js';
import { renderCard } from '../../cards.js';
import { messageCardData } from '../../cardData/message.js';
import { message, type Reply } from '../../turn.js';
import { WizardDialog, type WizardStepContext } from '../wizardDialog.js';
import { enabledAtFor, keptConsent, relationshipSettingsOf, type RelationshipAnswers } from './answers.js';
import { exchangeStep } from './exchangeStep.js';
import { groupsStep } from './groupsStep.js';
import { overviewStep } from './overviewStep.js';
import { regionsStep } from './regionsStep.js';
import { answerFacts, reviewStep } from './reviewStep.js';
import { statusParagraphs } from './relationshipStatus.js';

export const RELATIONSHIP_DIALOG = 'relationshipIntelligence';

export interface RelationshipDialogHooks {
  /**
   * After the settings are on disk (e.g. ask the tenant admins for the consent): replies to send
   * too. The switch-off watch needs no telling: it reads the settings at every check.
   */
  afterSave(settings: RelationshipSettings, step: WizardStepContext): Promise<Reply[]>;
}

export function relationshipIntelligenceDialog(services: AdminServices, hooks: RelationshipDialogHooks): WizardDialog<RelationshipAnswers> {
  const steps = [overviewStep, groupsStep, exchangeStep, regionsStep, reviewStep].map((factory) => factory(services));
  return new WizardDialog<RelationshipAnswers>({
    id: RELATIONSHIP_DIALOG,
    steps,
    async finish(answers, step) {
      const { catalog, asker } = step;
      const previous = services.settings.relationship();
      // Saved again while the consent is pending, the 14 days keep running from the first enabling.
      const settings = relationshipSettingsOf(answers, {
        enabledAt: enabledAtFor(previous, services.now()), enabledBy: asker.userKey, identifiableConsentAt: keptConsent(previous),
      });
      // The review step refuses incomplete answers, so this only guards against a changed wizard.
      if (!settings) return [message(catalog.t('error.title'), catalog.t('ri.review.incomplete'), 'error')];
      await services.settings.saveRelationship(settings);
      const facts = [
        { title: catalog.t('ri.fact.enabled'), value: formatDateTime(settings.enabledAt, catalog, services.config.timeZone) },
        ...answerFacts(answers, catalog),
      ];
      const text = statusParagraphs(settings, services, catalog).join('\n\n');
      const saved: Reply = { card: renderCard('message', messageCardData({ title: catalog.t('ri.saved.title'), text, facts, tone: 'success' })) };
      return [saved, ...(await hooks.afterSave(settings, step))];
    },
  });
}
