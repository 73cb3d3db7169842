/** Swedish: every English key, written for Swedish Teams users (Microsoft's sv-SE terminology). */
import type { Messages } from '../languages.js';
import { commandMessages } from './commands.js';
import { cardMessages } from './cards.js';
import { configureWizardMessages } from './configureWizard.js';
import { consentAccessMessages } from './consentAccess.js';
import { relationshipAdminMessages } from './relationshipAdmin.js';
import { runsConsentResultsMessages } from './runsConsentResults.js';
import { sellerMessages } from './seller.js';

export const sv = {
  ...sellerMessages,
  ...configureWizardMessages,
  ...runsConsentResultsMessages,
  ...consentAccessMessages,
  ...relationshipAdminMessages,
  ...commandMessages,
  ...cardMessages,
} as const satisfies Messages;
