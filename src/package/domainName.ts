/**
 * What Teams accepts in `validDomains`: a host name, optionally with a leading `*.` wildcard
 * label and a port, and nothing else (no scheme, path, query, user or spaces).
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const MAX_HOST_LENGTH = 253;
const MAX_PORT = 65_535;

/** Why `value` is not a valid domain entry, or `undefined` when it is one. */
export function describeDomainProblem(value: string): string | undefined {
  if (value.trim() === '') return 'is empty';
  if (/\s/.test(value)) return 'contains white space';
  if (value.includes('://')) return 'has a scheme; give the host name only (e.g. rapport.contoso.com)';
  if (/[/?#@]/.test(value)) return 'has a path, query or user part; give the host name only';

  const { host, port } = splitPort(value);
  if (port !== undefined && !isValidPort(port)) return `has an invalid port "${port}"`;
  if (host.length > MAX_HOST_LENGTH) return `is longer than ${MAX_HOST_LENGTH} characters`;

  const labels = host.split('.');
  const [first, ...rest] = labels;
  const checked = first === '*' && rest.length > 0 ? rest : labels;
  if (first === '*' && rest.length < 2) return 'has a wildcard over a top-level domain; use *.example.com';
  if (!checked.every((label) => LABEL.test(label))) {
    return 'is not a host name (letters, digits and hyphens in dot-separated labels)';
  }
  if (checked.length === 1 && host.toLowerCase() !== 'localhost') return 'has no dot; give a fully qualified host name';
  if (/^\d+$/.test(checked.at(-1)!)) return 'is an IP address; Teams needs a host name';
  return undefined;
}

function splitPort(value: string): { host: string; port: string | undefined } {
  const colon = value.lastIndexOf(':');
  if (colon === -1) return { host: value, port: undefined };
  return { host: value.slice(0, colon), port: value.slice(colon + 1) };
}

function isValidPort(port: string): boolean {
  return /^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= MAX_PORT;
}
