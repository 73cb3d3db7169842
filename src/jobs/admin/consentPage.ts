/** The small, self-contained page the admin's browser shows after the consent redirect. */
import { catalogFor } from '../../bot/catalog/catalog.js';
import type { ConsentCallbackOutcome } from './adminServices.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export interface ConsentPage {
  status: 200 | 400 | 403;
  html: string;
}

/** The page has no Teams locale to go by: the catalog's default language. */
const pendingCatalog = () => catalogFor(undefined);

export function consentPage(outcome: ConsentCallbackOutcome, firstRun: string | null): ConsentPage {
  const [status, title, text] = !outcome.ok
    ? [outcome.status, 'Consent not recorded', outcome.message]
    : outcome.confirmed
      ? [200 as const, 'Consent recorded', `Consent recorded, you can close this tab.${firstRun ? ` Rapport's first run starts at ${firstRun}.` : ''}`]
      : [200 as const, pendingCatalog().t('consentAccess.pendingTitle'), pendingCatalog().t('consentAccess.pendingPage')];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>Rapport: ${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#242424}</style></head>`
    + `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`;
  return { status, html };
}
