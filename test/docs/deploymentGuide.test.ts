/**
 * The deployment guide names only settings Rapport reads, and the commands it documents exist:
 * an admin who copies a variable from it sets something that takes effect.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES } from '../../src/config.js';

const guide = await readFile(new URL('../../docs/deployment.md', import.meta.url), 'utf8');

describe('docs/deployment.md', () => {
  it('names no environment variable that src/config.ts does not read', () => {
    const named = new Set([
      ...guide.matchAll(/\b(?:RAPPORT_[A-Z0-9_]+|MicrosoftApp[A-Za-z]+)\b/g),
      // NAME=value assignments in the shell and --env-vars examples.
      ...guide.matchAll(/(?<![\w$-])([A-Z][A-Z0-9_]{2,})=/g),
    ].map((match) => match[1] ?? match[0]));
    expect([...named].filter((name) => !ENVIRONMENT_VARIABLES.includes(name))).toEqual([]);
    expect(named.size).toBeGreaterThan(15);
  });

  it('documents the exact build and start commands and the Exchange RBAC cmdlets', () => {
    for (const text of [
      'npm ci && npm run build && npm prune --omit=dev', 'node bin/rapport.js serve', 'npm run package --', 'node bin/rapport.js doctor',
      'New-ServicePrincipal -AppId', 'New-ManagementScope -Name', '-Role "Application Mail.ReadBasic"', '-Role "Application Calendars.ReadBasic"',
      '-CustomResourceScope', 'Test-ServicePrincipalAuthorization -Identity',
    ]) expect(guide).toContain(text);
  });
});
