import { REQUIRED_ROLES } from './roles.js';

/** Which application roles the simulated tenant's administrator has consented to. */
export class ConsentState {
  private readonly roles = new Set<string>();

  /** `requested`: the app registration's API permissions, what admin consent grants. */
  constructor(initiallyGranted: boolean, private readonly requested: readonly string[] = REQUIRED_ROLES) {
    if (initiallyGranted) this.grant();
  }

  /** Adds roles (the app's requested ones when none are named) to what is granted. */
  grant(roles: readonly string[] = this.requested): void {
    for (const role of roles) this.roles.add(role);
  }

  revoke(): void {
    this.roles.clear();
  }

  granted(): string[] {
    return [...this.roles].sort();
  }
}
