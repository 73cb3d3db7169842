/** "run now" and "schedule …": start a run (or say why not) and change when runs happen. */
import type { AdminServices, RunService } from '../../jobs/admin/adminServices.js';
import type { AdminRunService } from '../../jobs/admin/runService.js';
import type { RunProgressEvent } from '../../jobs/runs/runProgress.js';
import type { StoredSchedule } from '../../store/rapportStore.js';
import type { Catalog } from '../catalog/catalog.js';
import { renderCard } from '../cards.js';
import { consentCardData } from '../cardData/consentStatus.js';
import { runProgressCardData } from '../cardData/runProgress.js';
import { message, type Asker, type Reply } from '../turn.js';
import { formatDateTime, scheduleText } from './adminFormat.js';

/** The admin services with the run service's readiness (what `main.ts` composes). */
export type RunCommandServices = Pick<AdminServices, 'config' | 'consent' | 'now'> & {
  runs: RunService & Pick<AdminRunService, 'readiness'>;
};

/** A run whose progress card should be kept up to date (see progressCards.ts). */
export interface FollowedRun {
  runId: string;
  startedAt: number;
  alreadyRunning: boolean;
  lastProgress: RunProgressEvent | null;
}

export interface RunNowAnswer {
  reply: Reply;
  /** Set when the reply is a run's progress card: send it, then follow the run with its activity id. */
  follow?: FollowedRun;
}

export function progressReply(run: FollowedRun, timeZone: string, catalog: Catalog): Reply {
  return {
    card: renderCard('runProgress', runProgressCardData({ event: run.lastProgress, startedAt: run.startedAt, alreadyRunning: run.alreadyRunning, timeZone }, catalog)),
  };
}

/** The admin-consent link as a card (for "run now" and "schedule" without consent). */
export async function consentLinkReply(services: Pick<AdminServices, 'consent'>, asker: Asker, catalog: Catalog, title: string, text: string): Promise<Reply> {
  const link = await services.consent.consentLink(asker.userKey);
  return { card: renderCard('consentStatus', consentCardData({ title, paragraphs: [text], link, tone: 'warning' }, catalog)) };
}

export async function runNowReply(services: RunCommandServices, asker: Asker, catalog: Catalog): Promise<RunNowAnswer> {
  const readiness = services.runs.readiness();
  if (readiness === 'not-configured') return { reply: message(catalog.t('run.notConfiguredTitle'), catalog.t('run.notConfigured'), 'neutral') };
  if (readiness === 'no-consent') return { reply: await consentLinkReply(services, asker, catalog, catalog.t('run.noConsentTitle'), catalog.t('run.noConsent')) };
  const start = await services.runs.runNow();
  const current = services.runs.current();
  const same = current?.runId === start.runId ? current : null;
  const follow: FollowedRun = {
    runId: start.runId,
    startedAt: same?.startedAt ?? services.now(),
    alreadyRunning: !start.started,
    lastProgress: same?.lastProgress ?? null,
  };
  return { reply: progressReply(follow, services.config.timeZone, catalog), follow };
}

/** Why no run is due, or when the next one is. */
export function nextRunText(services: RunCommandServices, catalog: Catalog): string {
  const next = services.runs.nextRunAt();
  if (next !== null) return catalog.t('schedule.next', { when: formatDateTime(next, catalog, services.config.timeZone) });
  const readiness = services.runs.readiness();
  if (readiness === 'not-configured') return catalog.t('schedule.noneNotConfigured');
  if (readiness === 'no-consent') return catalog.t('schedule.noneNoConsent');
  return catalog.t('schedule.noneDue');
}

export async function scheduleReply(services: RunCommandServices, schedule: StoredSchedule, catalog: Catalog): Promise<Reply> {
  await services.runs.setSchedule(schedule);
  const saved = scheduleText(schedule, catalog, services.config.timeZone);
  // "Off" already says how to run by hand; a next time only makes sense for a schedule that is on.
  const text = schedule.cadence === 'off' ? saved : `${saved} ${nextRunText(services, catalog)}`;
  return message(catalog.t('schedule.savedTitle'), text, 'success');
}
