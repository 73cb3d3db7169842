/**
 * Which grant gives Rapport its mailbox access, from the token's roles and probe reads. A
 * tenant-wide Entra grant shows as `Mail.ReadBasic.All` / `Calendars.ReadBasic.All` roles;
 * an Exchange RBAC for Applications grant shows nowhere but in reads that succeed inside its
 * management scope (403 outside it). Pure: the probes are made elsewhere (mailboxProbe.ts).
 */
import { REQUIRED_ROLES } from './consent.js';

/** The directory part of REQUIRED_ROLES: never scoped by Exchange, always in the token. */
export const DIRECTORY_ROLES: readonly string[] = ['GroupMember.Read.All', 'User.ReadBasic.All'];
/** The mailbox part of REQUIRED_ROLES, and the Exchange RBAC permission that can stand in for each. */
export const MAILBOX_ROLES = { mail: 'Mail.ReadBasic.All', calendar: 'Calendars.ReadBasic.All' } as const;

export type MailboxPermission = keyof typeof MAILBOX_ROLES;

/** How one probe read ended: read, 403 (outside any scope), 404 (no such mailbox), or another failure. */
export type ProbeOutcome = 'readable' | 'denied' | 'missing' | 'failed';

export interface MailboxProbe {
  address: string;
  mail: ProbeOutcome;
  calendar: ProbeOutcome;
  /** Why a read that was not denied failed. */
  error?: string;
}

/** tenant-wide: Entra roles; rbac-scoped: an Exchange management scope; both: a scope widened by Entra roles. */
export type AccessMode = 'tenant-wide' | 'rbac-scoped' | 'both' | 'none';

export interface MailboxAccess {
  mode: AccessMode;
  /** The roles of the app's token. */
  roles: string[];
  /** REQUIRED_ROLES that neither the token nor a scope grants. */
  missing: string[];
  /** The tenant-wide roles that widen an Exchange RBAC scope past its mailboxes (mode 'both'). */
  widening: string[];
  /** Mailboxes probed, and those whose mail and calendar were both readable. */
  probed: number;
  readable: number;
  /** Mailboxes that answered 403: outside the scope. */
  outsideScope: string[];
  /** Mailboxes that could not be probed for another reason (404, outage), with why. */
  unreadable: { address: string; error: string }[];
}

export interface AccessOptions {
  /** The admin said access comes from Exchange RBAC (RAPPORT_EXCHANGE_RBAC=on): tenant-wide roles then widen it. */
  exchangeRbac?: boolean;
}

export function assessAccess(roles: readonly string[], probes: readonly MailboxProbe[], options: AccessOptions = {}): MailboxAccess {
  const permissions = Object.keys(MAILBOX_ROLES) as MailboxPermission[];
  const tenantWide = permissions.filter((permission) => roles.includes(MAILBOX_ROLES[permission]));
  const scoped = permissions.filter((permission) => !tenantWide.includes(permission) && probes.some((probe) => probe[permission] === 'readable'));
  const rbacInForce = options.exchangeRbac === true || scoped.length > 0;
  const granted = new Set([...roles, ...scoped.map((permission) => MAILBOX_ROLES[permission])]);
  const mode: AccessMode = tenantWide.length === 0 ? (scoped.length > 0 ? 'rbac-scoped' : 'none') : rbacInForce ? 'both' : 'tenant-wide';
  return {
    mode,
    roles: [...roles],
    missing: REQUIRED_ROLES.filter((role) => !granted.has(role)),
    widening: rbacInForce ? tenantWide.map((permission) => MAILBOX_ROLES[permission]) : [],
    probed: probes.length,
    readable: probes.filter((probe) => probe.mail === 'readable' && probe.calendar === 'readable').length,
    outsideScope: probes.filter((probe) => probe.mail === 'denied' || probe.calendar === 'denied').map((probe) => probe.address),
    unreadable: probes
      .filter((probe) => probe.mail !== 'denied' && probe.calendar !== 'denied' && (probe.mail !== 'readable' || probe.calendar !== 'readable'))
      .map((probe) => ({ address: probe.address, error: probe.error ?? (probe.mail === 'missing' || probe.calendar === 'missing' ? 'no such mailbox' : 'could not be read') })),
  };
}

/** Consent is confirmed when nothing Rapport needs is missing, whichever grant gives it. */
export function accessConfirmed(access: MailboxAccess): boolean {
  return access.missing.length === 0;
}
