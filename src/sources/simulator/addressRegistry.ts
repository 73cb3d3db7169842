/** Hands out email addresses that nobody in the simulated world has yet. */
export class AddressRegistry {
  private readonly localPartsByDomain = new Map<string, Set<string>>();

  /** `base@domain`, else `base2@domain`, `base3@domain`, ...: the first one free, now taken. */
  claim(base: string, domain: string): string {
    let taken = this.localPartsByDomain.get(domain);
    if (!taken) this.localPartsByDomain.set(domain, (taken = new Set()));
    let localPart = base;
    for (let suffix = 2; taken.has(localPart); suffix++) localPart = `${base}${suffix}`;
    taken.add(localPart);
    return `${localPart}@${domain}`;
  }

  isTaken(base: string, domain: string): boolean {
    return this.localPartsByDomain.get(domain)?.has(base) ?? false;
  }
}
