import { REQUIRED_ROLES } from './roles.js';

/** Which application roles the simulated tenant's administrator has consented to. */
export class ConsentState {
  private readonly roles = new Set<string>();

  constructor(initiallyGranted: boolean) {
    if (initiallyGranted) this.grant();
  }

  /** Adds roles (all the required ones when none are named) to what is granted. */
  grant(roles: readonly string[] = REQUIRED_ROLES): void {
    for (const role of roles) this.roles.add(role);
  }

  revoke(): void {
    this.roles.clear();
  }

  granted(): string[] {
    return [...this.roles].sort();
  }
}
