/** Who is an admin: the configured Entra object ids or UPNs. Everyone else is refused, told who can help. */
import type { ReferencesRepository } from '../../store/rapportStore.js';
import type { Asker } from '../turn.js';

export function isAdmin(asker: Asker, admins: readonly string[]): boolean {
  const keys = [asker.aadObjectId, asker.email, asker.userKey].filter((key): key is string => Boolean(key)).map((key) => key.toLowerCase());
  return keys.some((key) => admins.includes(key));
}

/** The admins as people can recognize them: a UPN as it is, an object id by the name Teams gave it (when known). */
export function adminNames(admins: readonly string[], references: ReferencesRepository): string[] {
  return admins.map((admin) => (admin.includes('@') ? admin : references.personalFor(admin)?.name ?? admin));
}
