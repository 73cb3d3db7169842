/**
 * The "configure engagement" wizard (after Dynamics 365 Customer Insights' account engagement
 * enrichment): overview and region, mailboxes, privacy statement, dataset, account fields,
 * email field, names, review. Every step is checked here; Save stores the settings, then the
 * hook answers (e.g. the consent and schedule cards).
 */
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { EnrichmentSettings } from '../../../store/adminSchema.js';
import type { Reply } from '../../turn.js';
import { WizardDialog, type WizardStepContext } from '../wizardDialog.js';
import type { EnrichmentAnswers } from './answers.js';
import { consentStep } from './consentStep.js';
import { datasetStep } from './datasetStep.js';
import { emailStep } from './emailStep.js';
import { mailboxesStep } from './mailboxesStep.js';
import { namesStep } from './namesStep.js';
import { overviewStep } from './overviewStep.js';
import { profileStep } from './profileStep.js';
import { enrichmentSettingsOf, reviewStep } from './reviewStep.js';

export const CONFIGURE_ENRICHMENT_DIALOG = 'configureEnrichment';

export type { EnrichmentAnswers };

export interface ConfigureEnrichmentHooks {
  /** After the settings were saved: the replies that end the wizard. */
  afterSave(settings: EnrichmentSettings, step: WizardStepContext): Promise<Reply[]>;
}

export function configureEnrichmentDialog(services: AdminServices, hooks: ConfigureEnrichmentHooks): WizardDialog<EnrichmentAnswers> {
  const steps = [overviewStep, mailboxesStep, consentStep, datasetStep, profileStep, emailStep, namesStep, reviewStep].map((step) => step(services));
  return new WizardDialog<EnrichmentAnswers>({
    id: CONFIGURE_ENRICHMENT_DIALOG,
    steps,
    async finish(answers, step) {
      const settings = enrichmentSettingsOf(answers, { savedAt: services.now(), savedBy: step.asker.userKey });
      // The review step refuses incomplete answers, so this is a programming error.
      if (!settings) throw new Error('The configure-engagement wizard finished with incomplete answers');
      await services.settings.saveEnrichment(settings);
      return hooks.afterSave(settings, step);
    },
  });
}
