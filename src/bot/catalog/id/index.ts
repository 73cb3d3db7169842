/** Indonesian (id): every English key, in the sections of `en/`. */
import type { Messages } from '../languages.js';
import { commandMessages } from './commands.js';
import { cardMessages } from './cards.js';
import { configureWizardMessages } from './configureWizard.js';
import { consentAccessMessages } from './consentAccess.js';
import { relationshipAdminMessages } from './relationshipAdmin.js';
import { runsConsentResultsMessages } from './runsConsentResults.js';
import { sellerMessages } from './seller.js';

export const id = {
  ...sellerMessages,
  ...configureWizardMessages,
  ...runsConsentResultsMessages,
  ...consentAccessMessages,
  ...relationshipAdminMessages,
  ...commandMessages,
  ...cardMessages,
} as const satisfies Messages;
