/** The application permissions (app roles on Microsoft Graph) the Rapport Graph source needs. */
export const REQUIRED_ROLES = ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All', 'GroupMember.Read.All', 'User.ReadBasic.All'] as const;

export type GraphRole = (typeof REQUIRED_ROLES)[number];

/** What an app registration asks for when its mailbox access comes from an Exchange RBAC scope instead. */
export const DIRECTORY_ROLES: readonly GraphRole[] = ['GroupMember.Read.All', 'User.ReadBasic.All'];
