import { test, expect, ready, shot, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

// The release wasm is split into parts (tools/build_wasm.py, `on_demand!` in src/app.rs): the
// first load brings the shell and the home screen; a part downloads when one of its screens opens.
// Without the service worker here, so every download shows as a request (offline use of every part
// is tested in data.spec.ts).
test.use({ serviceWorkers: 'block' });

/** The wasm files the page has requested so far, by file name. */
function wasmRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    const name = new URL(req.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.wasm')) seen.push(name);
  });
  return seen;
}

test('the home screen downloads only the main module; a part follows when its screen opens', async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto('/');
  await ready(page);
  expect(seen).toEqual(['back_on_track_bg.wasm']);

  await page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ }).getByRole('link', { name: 'Methodieken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Methodieken' })).toBeVisible();
  expect(seen.some((f) => f.startsWith('split_load_cards'))).toBe(true);
  expect(seen.some((f) => f.startsWith('split_load_young_people')), 'the young people part waits until a young person opens').toBe(false);

  // Going back home and to the cards again fetches nothing new. (The address follows the screen
  // in the first idle moment: vendor/leptos_router/PATCHES.md.)
  const before = seen.length;
  await expect(page).toHaveURL(/\/methodieken$/);
  await page.goBack();
  await ready(page);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Methodieken' })).toBeVisible();
  expect(seen.length).toBe(before);
});

// Deep links and the part they need: tools/build_wasm.py's ROUTE_PARTS must agree with the
// routes in src/app.rs, or a deep link waits for its part after the main module.
const DEEP_LINKS: [string, string, RegExp][] = [
  ['/meer', 'more', /^Meer$/],
  ['/meer/privacy', 'more', /Privacy/],
  ['/methodieken/levenslijn', 'cards', /Levenslijn/],
  ['/cursus', 'cards', /^Vorming$/],
  ['/traject', 'young_people', /^Vandaag$/],
  ['/traject/resultaten', 'young_people', /^Resultaten$/],
  ['/jongeren', 'young_people', /^Jongeren$/],
  ['/mijn-plan', 'young_people', /^Mijn plan$/],
  ['/ontvangen', 'exchange', /^Bestand openen$/],
];
for (const [url, part, heading] of DEEP_LINKS) {
  test(`a deep link to ${url} starts downloading the ${part} part together with the main module`, async ({ page }) => {
    const seen = wasmRequests(page);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // The loader announces the part's files as preloads before the main module has started.
    const preloads = await page.locator('head link[rel="preload"][as="fetch"]').evaluateAll(
      (links) => links.map((l) => (l as HTMLLinkElement).href.split('/').pop() ?? ''));
    expect(preloads.filter((f) => f.startsWith('split_load_'))).toEqual([`split_load_${part}.wasm`]);
    expect(seen.filter((f) => f.startsWith('split_load_'))).toEqual([`split_load_${part}.wasm`]);
  });
}

test('a part that cannot be downloaded gives a clear message, keeps the data, and loads on retry', async ({ page }) => {
  // The dropped download is reported on the console by wasm-split's loader and the browser.
  test.info().annotations.push({ type: 'expected-console-error', description: 'Failed to fetch|ERR_FAILED|Failed to load resource' });
  await page.goto('/');
  await ready(page);
  // The network drops the young people part (a phone losing its connection before the app was ever
  // stored for offline use).
  let block = true;
  await page.route(/split_load_young_people[^/]*\.wasm$/, (route) => (block ? route.abort() : route.continue()));
  await page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ }).getByRole('link', { name: 'Traject' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Dit scherm kon niet laden' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Je gegevens staan veilig op dit toestel');
  await shot(page, 'part-unavailable-nl');
  await expectAccessible(page, 'part unavailable');
  // The rest of the app still works.
  await page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ }).getByRole('link', { name: 'Meer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meer' })).toBeVisible();
  // Back as a user taps it: once the address shows the screen (vendor/leptos_router/PATCHES.md).
  await expect(page).toHaveURL(/\/meer$/);
  await page.goBack();
  await expect(alert).toBeVisible();
  // With the connection back, trying again opens the screen.
  block = false;
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible();
});

test('the message for a part that cannot be downloaded, in English', async ({ page }) => {
  test.info().annotations.push({ type: 'expected-console-error', description: 'Failed to fetch|ERR_FAILED|Failed to load resource' });
  await page.route(/split_load_more[^/]*\.wasm$/, (route) => route.abort());
  await page.goto('/?lang=en');
  await ready(page);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'More' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This screen could not load' });
  await expect(alert).toContainText('Your data is safe on this device');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Go to the home screen' })).toBeVisible();
  await shot(page, 'part-unavailable-en');
  await expectAccessible(page, 'part unavailable (en)');
});

// The lock screen and the encryption are a part of their own (`load_lock`, src/pages/lock.rs):
// a phone without a passcode never downloads them; with one, the loader fetches them together
// with the main module, whatever the address. A damaged `bot.lock` is enough here: it shows the
// lock screen (in its "damaged" form) without setting a real passcode (that is lock.spec.ts).
const DAMAGED_LOCK = '{"lock":1}';

test('with a passcode set, the lock part downloads together with the main module', async ({ page }) => {
  const seen = wasmRequests(page);
  await page.addInitScript((meta) => localStorage.setItem('bot.lock', meta), DAMAGED_LOCK);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Back On Track is vergrendeld' })).toBeVisible();
  await expect(page.getByText(/De instellingen van de toegangscode op dit toestel zijn beschadigd/)).toBeVisible();
  const preloads = await page.locator('head link[rel="preload"][as="fetch"]').evaluateAll(
    (links) => links.map((l) => (l as HTMLLinkElement).href.split('/').pop() ?? ''));
  expect(preloads.filter((f) => f.startsWith('split_load_'))).toEqual(['split_load_lock.wasm']);
  expect(seen.filter((f) => f.startsWith('split_load_'))).toEqual(['split_load_lock.wasm']);
  // Its styles came with it: the lock screen's card is laid out, not bare text.
  await expect(page.locator('.lock-screen')).toHaveCSS('background-color', 'rgb(227, 239, 237)');
});

test('a lock screen that cannot be downloaded says so plainly and loads on retry', async ({ page }) => {
  test.info().annotations.push({ type: 'expected-console-error', description: 'Failed to fetch|ERR_FAILED|Failed to load resource' });
  let block = true;
  await page.route(/split_load_lock[^/]*\.wasm$/, (route) => (block ? route.abort() : route.continue()));
  await page.addInitScript((meta) => localStorage.setItem('bot.lock', meta), DAMAGED_LOCK);
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Dit scherm kon niet laden' });
  await expect(alert).toBeVisible();
  // No way around the lock: no link to the home screen, only trying again.
  await expect(alert.getByRole('link')).toHaveCount(0);
  await expect(page.locator('#splash')).toHaveCount(0);
  await expectAccessible(page, 'lock part unavailable');
  await shot(page, 'lock-part-unavailable-nl');
  expect(await page.evaluate(() => localStorage.getItem('bot.lock'))).toBe(DAMAGED_LOCK);
  block = false;
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Back On Track is vergrendeld' })).toBeVisible();
});
