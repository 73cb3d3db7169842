/**
 * "Permissions cover what is configured": the directory roles in the token, and mailbox access
 * from tenant-wide roles or an Exchange RBAC scope, probed on every configured mailbox.
 */
import { DIRECTORY_ROLES, MAILBOX_ROLES } from '../../sources/graph/mailboxAccess.js';
import { fail, messageOf, pass, skip, warn, type CheckResult } from '../checkResult.js';
import type { DoctorContext } from '../doctorContext.js';

export const PERMISSIONS = 'Permissions cover what is configured';

const CONSENT_FIX = 'grant admin consent for these application permissions in Entra ID (Rapport\'s consent link does it), or, for mail and calendars, an Exchange RBAC role assignment whose scope holds the mailboxes (docs/deployment.md)';
const NAMED = 5;
const names = (addresses: readonly string[]) => addresses.slice(0, NAMED).join(', ') + (addresses.length > NAMED ? ` and ${addresses.length - NAMED} more` : '');

export async function checkPermissions(context: DoctorContext): Promise<CheckResult> {
  try {
    await context.roles();
  } catch {
    return skip(PERMISSIONS, 'needs a Graph token');
  }
  let report;
  try {
    report = await context.access();
  } catch (error) {
    return fail(PERMISSIONS, `the access check failed: ${messageOf(error)}`);
  }
  const { access } = report;
  const configured = context.target.entries !== null;
  const missingDirectory = DIRECTORY_ROLES.filter((role) => access.missing.includes(role));
  if (missingDirectory.length > 0 || (configured && access.missing.length > 0)) {
    return fail(PERMISSIONS, `missing ${access.missing.join(', ')}${configured ? ` (${access.readable} of ${access.probed} configured mailboxes readable)` : ''}`, CONSENT_FIX);
  }
  if (!configured) {
    const tenantWide = Object.values(MAILBOX_ROLES).every((role) => access.roles.includes(role));
    return tenantWide
      ? pass(PERMISSIONS, 'tenant-wide Entra grant of every role Rapport needs (no mailboxes configured yet to probe)')
      : warn(PERMISSIONS, 'the directory roles are granted, but the token has no tenant-wide mail roles and no mailboxes are configured to probe an Exchange RBAC scope', 'pass --mailboxes, or configure the enrichment in Teams, then run the doctor again');
  }
  const readable = `${access.readable} of ${access.probed} configured mailboxes readable`;
  if (access.mode === 'both') {
    return warn(PERMISSIONS, `Exchange RBAC scope and a tenant-wide grant of ${access.widening.join(', ')}, which lets Rapport read every mailbox; ${readable}`, `remove the tenant-wide ${access.widening.join(', ')} grant in Entra ID to keep Rapport within the scope`);
  }
  if (access.outsideScope.length > 0) {
    return warn(PERMISSIONS, `Exchange RBAC scope; ${readable}; outside the scope: ${names(access.outsideScope)}`, 'add these mailboxes to the management scope, or remove them from the enrichment');
  }
  if (access.unreadable.length > 0) {
    return warn(PERMISSIONS, `${access.mode === 'tenant-wide' ? 'tenant-wide Entra grant' : 'Exchange RBAC scope'}; ${readable}; unreadable: ${access.unreadable.slice(0, NAMED).map((entry) => `${entry.address} (${entry.error})`).join(', ')}`);
  }
  return pass(PERMISSIONS, `${access.mode === 'tenant-wide' ? 'tenant-wide Entra grant' : 'Exchange RBAC scope'}; ${readable}`);
}
