/**
 * English strings of "consent status" on how Rapport reaches the mailboxes (a tenant-wide
 * Entra grant or an Exchange RBAC for Applications scope), and of consent the callback reported
 * but Rapport's app token has not confirmed yet (the card, the chat notice and the consent page).
 */
export const consentAccessMessages = {
  // Facts and paragraphs of the "consent status" card
  'consentAccess.mode': 'Mailbox access',
  'consentAccess.modeTenantWide': 'Tenant-wide (Microsoft Entra ID)',
  'consentAccess.modeRbacScoped': 'Scoped by Exchange RBAC',
  'consentAccess.modeBoth': 'Exchange RBAC scope and a tenant-wide grant',
  'consentAccess.modeNone': 'Not granted',
  'consentAccess.readable': 'Readable mailboxes',
  'consentAccess.readableCount': '{readable} of {configured}',
  'consentAccess.outsideScope': 'Outside the scope',
  'consentAccess.moreMailboxes': '{count, plural, one {and # more} other {and # more}}',
  'consentAccess.outsideScopeText': '{count, plural, one {# configured mailbox is outside Rapport’s Exchange RBAC scope} other {# configured mailboxes are outside Rapport’s Exchange RBAC scope}}: runs skip them and list them as problems. Add them to the management scope, or remove them with “configure engagement”.',
  'consentAccess.widened': 'Exchange RBAC limits Rapport to a management scope, but a tenant-wide grant of {roles} in Microsoft Entra ID lets it read every mailbox. Remove that grant to keep Rapport within the scope.',

  // Consent the callback reported, not yet confirmed by Rapport's app token
  'consentAccess.pendingTitle': 'Consent pending confirmation',
  'consentAccess.pending': 'A tenant administrator gave consent on {date}, but Rapport cannot confirm it with its app token yet: new permissions can take a few minutes to apply. Rapport checks again every few minutes and starts the first run as soon as consent is confirmed.',
  'consentAccess.pendingPage': 'Microsoft Entra ID reported that consent was given, but Rapport cannot confirm it with its app token yet: new permissions can take a few minutes to apply. Rapport checks again every few minutes and tells you in Teams when the first run starts; “consent status” shows where it stands. You can close this tab.',
} as const satisfies Record<string, string>;
