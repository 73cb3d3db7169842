/**
 * "Enable relationship intelligence", as in Dynamics 365 Sales: what it is and the consent rules,
 * the groups whose mail and calendars feed it, Exchange integration, the Exchange data regions,
 * review, save. Only Rapport's admins get past a step: the card can be seen by others in a chat.
 */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { RelationshipSettings } from '../../../store/adminSchema.js';
import { isAdmin } from '../../admin/adminGate.js';
import { formatDateTime } from '../../admin/adminFormat.js';
import { renderCard } from '../../cards.js';
import { messageCardData } from '../../cardData/message.js';
import { message, type Reply } from '../../turn.js';
import { WizardDialog, type WizardStepContext } from '../wizardDialog.js';
import { keptConsent, relationshipSettingsOf, type RelationshipAnswers, type RelationshipStep } from './answers.js';
import { exchangeStep } from './exchangeStep.js';
import { groupsStep } from './groupsStep.js';
import { overviewStep } from './overviewStep.js';
import { regionsStep } from './regionsStep.js';
import { answerFacts, reviewStep } from './reviewStep.js';
import { statusParagraphs } from './relationshipStatus.js';

export const RELATIONSHIP_DIALOG = 'relationshipIntelligence';

export interface RelationshipDialogHooks {
  /** After the settings are on disk (re-arm the switch-off watch, tell the tenant admins): replies to send too. */
  afterSave(settings: RelationshipSettings, step: WizardStepContext): Promise<Reply[]>;
}

function adminsOnly(services: AdminServices, step: RelationshipStep): RelationshipStep {
  return {
    ...step,
    async submit(input, answers, context) {
      if (!isAdmin(context.asker, services.config.admins)) {
        return { stop: [message(context.catalog.t('admin.refusedTitle'), context.catalog.t('ri.notAdmin'), 'error')] };
      }
      return step.submit(input, answers, context);
    },
  };
}

export function relationshipIntelligenceDialog(services: AdminServices, hooks: RelationshipDialogHooks): WizardDialog<RelationshipAnswers> {
  const steps = [overviewStep, groupsStep, exchangeStep, regionsStep, reviewStep].map((factory) => adminsOnly(services, factory(services)));
  return new WizardDialog<RelationshipAnswers>({
    id: RELATIONSHIP_DIALOG,
    steps,
    async finish(answers, step) {
      const { catalog, asker } = step;
      const settings = relationshipSettingsOf(answers, {
        enabledAt: services.now(), enabledBy: asker.userKey, identifiableConsentAt: keptConsent(services.settings.relationship()),
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
