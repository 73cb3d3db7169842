/**
 * Exchange "RBAC for Applications" in the simulated tenant: role assignments such as
 * `Application Mail.ReadBasic` limited to a management scope (a set of mailboxes). Such a
 * grant lives in Exchange, so the app's token carries no role for it; a mailbox outside
 * the scope answers 403 ErrorAccessDenied, as Exchange does.
 */
import type { GraphRole } from './roles.js';

/** The Graph permissions an Exchange application role grants (`Application Mail.ReadBasic` → `Mail.ReadBasic`). */
export type ScopedPermission = 'Mail.ReadBasic' | 'Calendars.ReadBasic';

export const SCOPED_PERMISSIONS: readonly ScopedPermission[] = ['Mail.ReadBasic', 'Calendars.ReadBasic'];

/** The tenant-wide Entra role a scoped permission stands in for. */
const ENTRA_ROLE: Readonly<Record<ScopedPermission, GraphRole>> = { 'Mail.ReadBasic': 'Mail.ReadBasic.All', 'Calendars.ReadBasic': 'Calendars.ReadBasic.All' };

export class ExchangeRbac {
  /** Mailboxes (lower-cased addresses) in the scope of each assigned permission. */
  private readonly scopes = new Map<ScopedPermission, Set<string>>();

  /** `New-ManagementRoleAssignment -Role "Application <permission>" -CustomResourceScope <mailboxes>`, for each permission. */
  assign(permissions: readonly ScopedPermission[], mailboxes: readonly string[]): void {
    for (const permission of permissions) this.scopes.set(permission, new Set(mailboxes.map((mailbox) => mailbox.trim().toLowerCase())));
  }

  clear(): void {
    this.scopes.clear();
  }

  /** Whether an assignment lets the app use `role` on the mailbox `address`. */
  allows(role: GraphRole, address: string): boolean {
    const permission = SCOPED_PERMISSIONS.find((candidate) => ENTRA_ROLE[candidate] === role);
    return permission !== undefined && (this.scopes.get(permission)?.has(address.trim().toLowerCase()) ?? false);
  }
}
