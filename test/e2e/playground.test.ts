/**
 * End to end (issue 4 §5): the demo exactly as `npm start` runs it (`rapport serve --demo`:
 * simulated tenant, enrichment, bot, Microsoft 365 Agents Playground), driven in headless
 * Debian Chromium through the Playground's own web UI, as a person would use it.
 *
 * Screenshots and the demo's log go to test-results/e2e/ (ignored by git): the whole page, and
 * each card on its own (`card-*.png`) at the size a user sees it. The Playground lays every card
 * out 450 pixels wide (its card container's fixed width) whatever the window's width, so the
 * card shots show exactly what fits and what is cut.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountInsight } from '../../src/engagement/insights.js';
import { readInsightsFile } from '../../src/store/insightsFile.js';
import { storePaths } from '../../src/store/storePaths.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, 'test-results', 'e2e');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The top account of the demo tenant (seed 7), checked against the demo's own insights below. */
const ACCOUNT = 'Woodgrove Bank';
const QUESTION = `how engaged is ${ACCOUNT}?`;
/** Texts from src/bot/catalog/en.ts. */
const WHO_KNOWS_BUTTON = 'Who knows someone here?';
const INTRODUCTIONS_TITLE = `Who knows someone at ${ACCOUNT}?`;
const REQUEST_INTRO_BUTTON = 'Request introduction';
const RELATIONSHIP_TITLE = `Relationship with ${ACCOUNT}`;
const RESULTS_CHART_TITLE = 'Enriched accounts per run';

const STARTUP_MS = 60_000;
const REPLY_MS = 20_000;

let demo: ChildProcess | undefined;
let demoLog = '';
let dataDir: string | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let playgroundUrl = '';
let expected: AccountInsight | undefined;

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('could not pick a free port');
  return address.port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

/** Resolves with the Playground URL from the banner; rejects if the demo exits or is too slow. */
function waitForBanner(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the demo printed no Playground URL within ${timeoutMs / 1000} s; its output:\n${tail(demoLog)}`)), timeoutMs);
    const onData = () => {
      const match = demoLog.match(/^\s*Playground:\s+(https?:\/\/\S+)/m);
      if (match) done(null, match[1]!);
    };
    const onExit = (code: number | null, signal: string | null) => done(new Error(`the demo exited (code ${code}, signal ${signal}) before printing the Playground URL; its output:\n${tail(demoLog)}`));
    const done = (error: Error | null, url?: string) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(url!);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    onData();
  });
}

/** The banner comes as soon as the Playground process is spawned: wait until its UI answers. */
async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (demo?.exitCode !== null || demo?.signalCode !== null) throw new Error(`the demo exited while waiting for ${url}; its output:\n${tail(demoLog)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`the Playground at ${url} did not answer within ${timeoutMs / 1000} s (${last}); the demo's output:\n${tail(demoLog)}`);
}

/** Stops the demo's whole process group (the bot and the Playground it started): TERM, then KILL. */
async function stopDemo(child: ChildProcess): Promise<void> {
  const group = -child.pid!;
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(group, signal);
      return true;
    } catch {
      return false; // ESRCH: nobody left in the group
    }
  };
  const groupGone = async (ms: number): Promise<boolean> => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (!signalGroup(0)) return true;
      await sleep(100);
    }
    return !signalGroup(0);
  };
  if (!signalGroup('SIGTERM')) return;
  if (await groupGone(10_000)) return;
  signalGroup('SIGKILL');
  await groupGone(5_000);
}

async function screenshot(name: string): Promise<void> {
  await page?.screenshot({ path: join(OUT, `${name}.png`) });
}

/** Types a message into the Playground's box (a contenteditable Lexical editor) and sends it. */
async function typeMessage(text: string): Promise<void> {
  const messageBox = page!.locator('[contenteditable="true"][role="textbox"]');
  await messageBox.click({ timeout: 30_000 });
  await messageBox.pressSequentially(text);
  await expect.poll(() => messageBox.innerText()).toContain(text);
  await page!.getByRole('button', { name: 'Send Message', exact: true }).click();
}

/** Waits for a card, or fails with a screenshot and the demo's output. */
async function waitForCard(card: Locator, name: string, what: string): Promise<void> {
  try {
    await card.waitFor({ timeout: REPLY_MS });
  } catch (error) {
    await screenshot(`${name}-missing`);
    throw new Error(`${what} within ${REPLY_MS / 1000} s (${(error as Error).message}); the demo's output:\n${tail(demoLog)}`);
  }
  await card.scrollIntoViewIfNeeded();
  await screenshot(name);
}

/** Saves the card alone, as wide as the Playground draws it. */
async function cardScreenshot(card: Locator, name: string): Promise<void> {
  await card.screenshot({ path: join(OUT, `card-${name}.png`) });
}

/**
 * How many axis labels the card's charts draw, and every text in the card that the Playground
 * clips (wider than its box, which hides the overflow: axis labels, bar names and legends end
 * in an ellipsis), as "text (needs N px, has M px)".
 */
async function cutTexts(card: Locator): Promise<{ labels: number; cut: string[] }> {
  type Box = { scrollWidth: number; clientWidth: number; textContent: string | null };
  type Window = { getComputedStyle(element: Box): { overflowX: string } };
  return card.evaluate((root) => {
    const window = (root.ownerDocument as unknown as { defaultView: Window }).defaultView;
    const leaves = [...root.querySelectorAll('*')].filter((element) => element.children.length === 0) as unknown as Box[];
    const cut = leaves
      .filter((leaf) => leaf.scrollWidth > leaf.clientWidth + 0.5 && window.getComputedStyle(leaf).overflowX !== 'visible')
      .map((leaf) => `${JSON.stringify(leaf.textContent)} (needs ${leaf.scrollWidth} px, has ${leaf.clientWidth} px)`);
    return { labels: root.querySelectorAll('svg foreignObject div').length, cut };
  });
}

/** The card's charts are drawn, and none of their labels is cut. */
async function expectChartLabelsFit(card: Locator): Promise<void> {
  const { labels, cut } = await cutTexts(card);
  expect(labels, 'the Playground drew the card\'s charts').toBeGreaterThan(0);
  expect(cut, 'texts cut at the Playground\'s card width').toEqual([]);
}

/** The newest rendered Adaptive Card that contains `text`. */
function cardWith(text: string): Locator {
  return page!.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
}

describe('the demo in the Microsoft 365 Agents Playground', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed (no ${CHROMIUM}): install Debian's Chromium with \`apt-get install -y chromium\` (CI's .ci/run does this before the tests)`);
    }
    await rm(OUT, { recursive: true, force: true }); // no stale screenshots from an earlier run
    await mkdir(OUT, { recursive: true });
    dataDir = await mkdtemp(join(tmpdir(), 'rapport-e2e-'));
    const [botPort, playgroundPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(botPort),
      RAPPORT_PLAYGROUND_PORT: String(playgroundPort),
      RAPPORT_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    };
    delete env.RAPPORT_PLAYGROUND;
    // As `npm start` does; in its own process group so that the Playground it starts dies with it.
    demo = spawn(process.execPath, [join(ROOT, 'bin', 'rapport.js'), 'serve', '--demo'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    demo.stdout!.setEncoding('utf8').on('data', (chunk: string) => { demoLog += chunk; });
    demo.stderr!.setEncoding('utf8').on('data', (chunk: string) => { demoLog += chunk; });

    playgroundUrl = await waitForBanner(demo, STARTUP_MS);
    expect(playgroundUrl).toBe(`http://localhost:${playgroundPort}`);
    await waitForHttp(playgroundUrl, 30_000);

    // What the bot answers from: the demo run's insights, as it saved them.
    const insightsDir = storePaths(dataDir).insights;
    const runs = (await readdir(insightsDir)).filter((name) => name.endsWith('.json'));
    expect(runs, 'one enrichment run saved by the demo').toHaveLength(1);
    const runId = basename(runs[0]!, '.json');
    const insights = await readInsightsFile(join(insightsDir, runs[0]!), runId);
    expected = [...insights.accounts].sort((a, b) => b.year.EngagementScore - a.year.EngagementScore)[0];
    expect(expected?.account.name, 'the top account of the demo tenant').toBe(ACCOUNT);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
    // Tall enough for the whole customer card, so the screenshots show it without scrolling.
    page = await browser.newPage({ viewport: { width: 1400, height: 2600 } });
  }, 120_000);

  afterAll(async () => {
    await writeFile(join(OUT, 'demo.log'), demoLog).catch(() => undefined);
    if (browser) await Promise.race([browser.close().catch(() => undefined), sleep(10_000)]);
    if (demo?.pid !== undefined) await stopDemo(demo);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 40_000);

  it(`answers "${QUESTION}" with the account's card and its engagement score`, async () => {
    const p = page!;
    await p.goto(playgroundUrl);
    await typeMessage(QUESTION);

    const card = cardWith(ACCOUNT).filter({ has: p.getByRole('button', { name: WHO_KNOWS_BUTTON, exact: true }) });
    try {
      await card.waitFor({ timeout: REPLY_MS });
    } catch (error) {
      await screenshot('1-no-customer-card');
      throw new Error(`no customer card for ${ACCOUNT} within ${REPLY_MS / 1000} s (${(error as Error).message}); the demo's output:\n${tail(demoLog)}`);
    }
    await card.scrollIntoViewIfNeeded();
    await screenshot('1-customer-card');
    await cardScreenshot(card, '1-customer');

    const score = expected!.year.EngagementScore;
    // The account name is the card's title (its first text block).
    expect((await card.locator('.ac-textBlock').first().innerText()).trim()).toBe(ACCOUNT);
    // Chart.Gauge renders as a gauge whose value is labelled "Current value: N" with the sub-label
    // "Engagement score"; a host without charts shows the fallback text "Engagement score: N / 100".
    const gaugeValue = card.getByLabel(`Current value: ${score}`, { exact: true });
    const fallback = card.getByText(`Engagement score: ${score} / 100`, { exact: true });
    await gaugeValue.or(fallback).first().waitFor({ state: 'visible', timeout: 5_000 });
    if (await gaugeValue.count() > 0) {
      expect((await gaugeValue.first().textContent())?.trim()).toBe(String(score));
      expect(await card.getByText('Engagement score', { exact: true }).count()).toBeGreaterThan(0);
    }
  }, 60_000);

  it('draws the customer card\'s charts with labels that fit: month initials, the Mondays\' days, the ranges under them, the gauge\'s bands named', async () => {
    const card = cardWith(ACCOUNT).filter({ has: page!.getByRole('button', { name: WHO_KNOWS_BUTTON, exact: true }) });
    await expectChartLabelsFit(card);
    // The axis titles name what the short labels stand for (the demo's window ends on its as-of date).
    await card.getByText(/^[A-Z][a-z]{2} \d{4}\s–\s[A-Z][a-z]{2} \d{4}$/).first().waitFor({ state: 'visible', timeout: 5_000 });
    // The gauge spans the card: its legend names the three bands instead of "Low +2 items".
    for (const band of ['Low', 'Medium', 'High']) await card.getByText(band, { exact: true }).waitFor({ state: 'visible', timeout: 5_000 });
    expect(await card.getByText(/\+\d+ items?/).count()).toBe(0);
  }, 30_000);

  it(`shows who can introduce you at ${ACCOUNT} when "${WHO_KNOWS_BUTTON}" is clicked`, async () => {
    const p = page!;
    const customer = cardWith(ACCOUNT).filter({ has: p.getByRole('button', { name: WHO_KNOWS_BUTTON, exact: true }) });
    await customer.getByRole('button', { name: WHO_KNOWS_BUTTON, exact: true }).click();

    const introductions = cardWith(INTRODUCTIONS_TITLE);
    try {
      await introductions.waitFor({ timeout: REPLY_MS });
    } catch (error) {
      await screenshot('2-no-introductions-card');
      throw new Error(`no introductions card within ${REPLY_MS / 1000} s after clicking "${WHO_KNOWS_BUTTON}" (${(error as Error).message}); the demo's output:\n${tail(demoLog)}`);
    }
    await introductions.scrollIntoViewIfNeeded();
    await screenshot('2-introductions-card');

    expect((await introductions.locator('.ac-textBlock').first().innerText()).trim()).toBe(INTRODUCTIONS_TITLE);
    // The demo tenant has colleagues who know Woodgrove Bank: each comes with a request button.
    expect(expected!.introducers.length).toBeGreaterThan(0);
    await introductions.getByRole('button', { name: REQUEST_INTRO_BUTTON, exact: true }).first().waitFor({ state: 'visible', timeout: 5_000 });
  }, 60_000);

  it(`shows the relationship card for ${ACCOUNT} with chart labels that fit`, async () => {
    await typeMessage(`relationship ${ACCOUNT}`);
    const card = cardWith(RELATIONSHIP_TITLE);
    await waitForCard(card, '2b-relationship', 'no relationship card');
    await cardScreenshot(card, '2b-relationship');
    await expectChartLabelsFit(card);
  }, 60_000);

  it('lets the demo admin start the enrichment wizard and move to its next step with the card\'s button', async () => {
    await typeMessage('configure engagement');
    const overview = cardWith('Step 1 of 8');
    await waitForCard(overview, '3-wizard-overview', 'no first wizard card');
    expect(await overview.innerText()).toContain('Configure account engagement');
    await overview.getByRole('button', { name: 'Next', exact: true }).click();
    await waitForCard(cardWith('Step 2 of 8'), '4-wizard-mailboxes', 'no mailboxes step after clicking Next');
    expect(await cardWith('Step 2 of 8').innerText()).toContain('Mailboxes to monitor');
    await typeMessage('cancel');
    await waitForCard(cardWith('Nothing was saved'), '5-wizard-cancelled', 'no confirmation of cancel');
  }, 60_000);

  it('runs the enrichment on "run now" with one progress card that ends with the summary', async () => {
    await typeMessage('run now');
    const progress = cardWith('Enrichment run');
    await waitForCard(progress, '6-run-progress', 'no progress card');
    await expect.poll(() => progress.innerText(), { timeout: 60_000 }).toContain('Finished');
    await screenshot('7-run-finished');
    expect(await page!.locator('.ac-adaptiveCard').filter({ hasText: 'Enrichment run' }).count(), 'one card, updated in place').toBe(1);
    expect(await progress.innerText()).toContain('Accounts enriched');
  }, 90_000);

  it('shows the results with the enriched accounts of both runs charted, labels that fit', async () => {
    await typeMessage('results');
    const results = cardWith(RESULTS_CHART_TITLE);
    await waitForCard(results, '8-results', 'no results card');
    await cardScreenshot(results, '8-results');
    await expectChartLabelsFit(results);
  }, 60_000);
});
