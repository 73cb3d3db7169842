/**
 * Admin consent, as seen in an app-only token: the granted application permissions are the
 * token's `roles` claim. The token is not verified here; Graph verifies it on every call.
 */
import { GraphAuthError } from './authErrors.js';

/** Least privilege for Rapport (platform-notes.md, "Microsoft Graph"). */
export const REQUIRED_ROLES: readonly string[] = ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All', 'GroupMember.Read.All', 'User.ReadBasic.All'];

export interface ConsentCheck {
  granted: string[];
  missing: string[];
}

/** The `roles` of a JWT access token; null when the token has no roles claim. */
export function tokenRoles(accessToken: string): string[] | null {
  const payload = accessToken.split('.')[1];
  if (!payload) throw new GraphAuthError('unknown', 'The sign-in service returned an access token that is not a JWT.');
  let claims: { roles?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { roles?: unknown };
  } catch {
    throw new GraphAuthError('unknown', 'The sign-in service returned an access token whose claims cannot be read.');
  }
  if (!Array.isArray(claims.roles)) return null;
  return claims.roles.filter((role): role is string => typeof role === 'string');
}

export function checkRoles(roles: readonly string[] | null): ConsentCheck {
  const granted = roles ?? [];
  return { granted: [...granted], missing: REQUIRED_ROLES.filter((role) => !granted.includes(role)) };
}

/** Mail and calendar permissions can come from an Exchange RBAC scope instead of Entra ID. */
const scopable = (missing: readonly string[]) => missing.some((role) => role === 'Mail.ReadBasic.All' || role === 'Calendars.ReadBasic.All');

export function rolesMissingError(check: ConsentCheck, clientId: string): GraphAuthError {
  const message = check.granted.length === 0
    ? `Admin consent has not been given to the app ${clientId} yet: its token carries no application permissions. A Global or Privileged Role Administrator must grant admin consent for ${REQUIRED_ROLES.join(', ')}.`
    : `The app ${clientId} lacks admin consent for ${check.missing.join(', ')}. A Global or Privileged Role Administrator must grant these application permissions (and admin consent) in Entra ID${scopable(check.missing) ? ', or an Exchange administrator must assign them to the app for a management scope that holds the configured mailboxes (Exchange RBAC for Applications)' : ''}.`;
  return new GraphAuthError('roles-missing', message, check.missing);
}
