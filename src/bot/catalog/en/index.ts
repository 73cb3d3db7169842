/**
 * English, the source language: every other language translates exactly these keys (a
 * translation section has the type `Translation<typeof section>`), so a missing or extra key
 * in any language is a type error.
 */
import { commandMessages } from './commands.js';
import { cardMessages } from './cards.js';
import { configureWizardMessages } from './configureWizard.js';
import { consentAccessMessages } from './consentAccess.js';
import { relationshipAdminMessages } from './relationshipAdmin.js';
import { runsConsentResultsMessages } from './runsConsentResults.js';
import { sellerMessages } from './seller.js';

export const en = {
  ...sellerMessages,
  ...configureWizardMessages,
  ...runsConsentResultsMessages,
  ...consentAccessMessages,
  ...relationshipAdminMessages,
  ...commandMessages,
  ...cardMessages,
} as const;
