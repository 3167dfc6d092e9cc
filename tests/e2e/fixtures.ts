import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Shared fixture for every end-to-end test:
 * - fails the test if any request leaves 127.0.0.1 (data never leaves the device);
 * - fails the test on console errors (CSP violations, panics);
 * - gives helpers for axe scans and screenshots (saved under target/screenshots/).
 */
export const test = base.extend<{ guard: void }>({
  guard: [async ({ page }, use, testInfo) => {
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      const local = url.hostname === '127.0.0.1' || ['data:', 'blob:'].includes(url.protocol);
      if (!local) foreign.push(req.url());
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    await use();
    expect(foreign, 'requests that left the device').toEqual([]);
    // A test that provokes an error on purpose names it: test.info().annotations.push(
    // { type: 'expected-console-error', description: '<regular expression>' }).
    const expected = testInfo.annotations.filter((a) => a.type === 'expected-console-error')
      .map((a) => new RegExp(a.description ?? '^$'));
    expect(errors.filter((e) => !allowedError(e) && !expected.some((re) => re.test(e))), 'console errors').toEqual([]);
  }, { auto: true }],
});

/** Errors a test provoked on purpose (a full disk) are allowed; anything else fails. */
function allowedError(text: string): boolean {
  return /QuotaExceeded|exceeded the quota/i.test(text);
}

export { expect };

/** Wait until the app has mounted. */
export async function ready(page: Page) {
  await expect(page.locator('main#main h1').first()).toBeVisible();
}

/**
 * Waits until the page's lower part is drawn: long pages draw it in an idle callback right after
 * the first paint (src/components/after_paint.rs); idle callbacks run in the order they were asked.
 */
export async function settled(page: Page) {
  // A page with scripting switched off never answers: there is nothing to wait for there.
  // Long lists are drawn in steps, one idle task after another (components/after_paint.rs):
  // wait until an idle moment passes with nothing changed on the page.
  await Promise.race([
    page.evaluate(() => new Promise((resolve) => {
      let changed = false;
      const seen = new MutationObserver(() => { changed = true; });
      seen.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      let rounds = 0;
      const wait = () => requestIdleCallback(() => {
        if (changed && ++rounds < 30) { changed = false; wait(); } else { seen.disconnect(); resolve(null); }
      }, { timeout: 1000 });
      wait();
    })),
    new Promise((r) => setTimeout(r, 5000)),
  ]);
}

/** Scan the page with axe (WCAG 2.1 AA) and expect no violations. */
export async function expectAccessible(page: Page, name: string) {
  await settled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

/** Save a full-page screenshot under target/screenshots/<name>.png. */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  const dir = path.join('target', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await settled(page);
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: opts.fullPage ?? true });
}

/** Add a young person through the UI and return to their page. */
export async function addProfile(page: Page, name: string, start?: string) {
  await page.goto('/jongeren');
  await page.getByLabel(/Voornaam of bijnaam|First name or nickname/).fill(name);
  if (start) await page.getByLabel(/Startdatum van het traject|Start date of the trajectory/).fill(start);
  await page.getByRole('button', { name: /Jongere toevoegen|Add a young person/ }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return shownUrl(page);
}

/**
 * The address of the screen on show. The router writes a link's history entry (and so the
 * address) in the first idle moment after the new screen is painted (vendor/leptos_router,
 * PATCHES.md); idle callbacks run in the order they were asked, so one more idle moment is enough.
 */
export async function shownUrl(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
  return page.url();
}

/**
 * Writes the app's pending changes now. The app gathers the changes of one moment and writes them
 * within 120 ms (`state::SAVE_DELAY_MS`), and at once when the page is hidden or left; a test that
 * reads localStorage right after an edit asks for that write the way a leaving page does.
 */
export async function flushSaves(page: Page) {
  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
}

/** Every value the app keeps in localStorage (`bot.*`), by key, after writing pending changes. */
export async function ourStorage(page: Page): Promise<Record<string, string>> {
  await flushSaves(page);
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const k of Object.keys(localStorage).sort()) if (k.startsWith('bot.')) out[k] = localStorage.getItem(k)!;
    return out;
  });
}

/** A one-finger horizontal swipe at y≈300 from x=`from` to x=`to`, as real touch events. */
export async function swipe(page: Page, from: number, to: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y: 300 }] });
  for (let x = from; Math.abs(x - to) > 20; x += (to - from) / 6) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: 305 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * The backup page's plain (unsealed) file buttons sit behind "Toch een gewoon bestand" since
 * backups are sealed by default (issue 25); opens it and returns the button named `name`.
 */
export async function plainBackupButton(page: Page, name: string | RegExp = 'Gewoon bestand van iedereen') {
  const details = page.locator('details.plain-export');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  return page.getByRole('button', { name });
}
