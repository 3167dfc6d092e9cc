import { test, expect, ready, expectAccessible, shot, addProfile } from './fixtures';

// The app shell: navigation, profiles, languages, deep links and what happens when storage fails.

const PAGES = [
  ['home', '/'],
  ['jongeren', '/jongeren'],
  ['meer', '/meer'],
  ['niet-gevonden', '/bestaat/niet'],
] as const;

test('home screen in Dutch by default with the four parts in the bottom navigation', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back On Track toolkit');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const name of ['Methodieken', 'Jongeren', 'Traject', 'Meer']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  // Touch targets in the bottom navigation are at least 44 px high.
  for (const box of await nav.getByRole('link').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    expect(box).toBeGreaterThanOrEqual(44);
  }
  await nav.getByRole('link', { name: 'Jongeren' }).click();
  await expect(page).toHaveURL(/\/jongeren$/);
  await expect(nav.getByRole('link', { name: 'Jongeren' })).toHaveAttribute('aria-current', 'page');
});

for (const lang of ['nl', 'en'] as const) {
  for (const [name, path] of PAGES) {
    test(`page ${name} (${lang}) passes axe and is photographed`, async ({ page }) => {
      await page.goto(`${path}?lang=${lang}`);
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectAccessible(page, `${name}-${lang}`);
      await shot(page, `shell-${name}-${lang}`);
    });
  }
}

test('create a young person, reload on the deep link, rename, and the profile page passes axe', async ({ page }) => {
  const url = await addProfile(page, 'Samira', '2026-09-01');
  expect(url).toMatch(/\/jongeren\/p-[a-z0-9-]+$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Samira' })).toBeVisible();
  await expect(page.getByLabel('Startdatum van het traject')).toHaveValue('2026-09-01');
  await page.getByLabel('Voornaam of bijnaam').fill('Sami');
  await expect(page.getByRole('heading', { level: 1, name: 'Sami' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sami' })).toBeVisible();
  await expectAccessible(page, 'profile');
  await shot(page, 'shell-profile-nl');
  await page.goto(url + '?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Worksheets' })).toBeVisible();
  await shot(page, 'shell-profile-en');
});

test('several young people stay apart', async ({ page }) => {
  await addProfile(page, 'Noor');
  await addProfile(page, 'Jonas');
  await page.goto('/jongeren');
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Jonas/ })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bot.case.')));
  expect(keys).toHaveLength(2);
  const values = await page.evaluate((ks) => ks.map((k) => localStorage.getItem(k)!), keys);
  expect(values.filter((v) => v.includes('Noor'))).toHaveLength(1);
  expect(values.filter((v) => v.includes('Jonas'))).toHaveLength(1);
  await shot(page, 'shell-jongeren-list-nl');
});

test('delete asks first and can be undone', async ({ page }) => {
  await addProfile(page, 'Lotte');
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Lotte verwijderen van dit toestel?');
  await expectAccessible(page, 'delete-confirm');
  await shot(page, 'shell-delete-confirm-nl');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page).toHaveURL(/\/jongeren$/);
  await expect(page.getByText('Lotte is verwijderd.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Lotte/ })).toHaveCount(0);
  await shot(page, 'shell-deleted-undo-nl');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('link', { name: /Lotte/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: /Lotte/ })).toBeVisible();
});

test('language: chosen in Meer, remembered after reload, and ?lang= on a link wins', async ({ page }) => {
  await page.goto('/meer');
  await ready(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('More');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('More');
  await page.goto('/jongeren?lang=nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jongeren');
  await page.goto('/jongeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jongeren');
});

test('an unknown address shows a friendly page with a way back', async ({ page }) => {
  await page.goto('/jongeren/bestaat-niet');
  await expect(page.getByText('Deze jongere staat niet (meer) op dit toestel.')).toBeVisible();
  await page.goto('/iets/anders');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.getByRole('link', { name: 'Naar het startscherm' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a date that makes no sense gets a clear message and nothing is lost', async ({ page }) => {
  await addProfile(page, 'Milan', '2026-03-10');
  const field = page.getByLabel('Startdatum van het traject');
  // Switch the input to text, as a browser without a date picker would show it.
  await field.evaluate((el: HTMLInputElement) => { el.type = 'text'; });
  await field.fill('31/02/2026');
  await field.dispatchEvent('change');
  await expect(page.getByRole('alert').filter({ hasText: 'Die dag bestaat niet' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Startdatum van het traject')).toHaveValue('2026-03-10');
});

test('a corrupt store is put aside, the user is told, and the app still starts', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => {
    localStorage.setItem('bot.case.kapot', '{"schema":1,"rev":2,"data":{"profile":');
    localStorage.setItem('bot.case.nieuw', '{"schema":99,"rev":1,"data":{}}');
  });
  await page.goto('/jongeren');
  await ready(page);
  await expect(page.getByRole('alert').filter({ hasText: 'beschadigd' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'nieuwere versie' })).toBeVisible();
  await shot(page, 'shell-corrupt-store-nl');
  const kept = await page.evaluate(() => ({
    broken: localStorage.getItem('bot.quarantine.bot.case.kapot.1'),
    newer: localStorage.getItem('bot.quarantine.bot.case.nieuw.1'),
    original: localStorage.getItem('bot.case.kapot'),
  }));
  expect(kept.broken).toBe('{"schema":1,"rev":2,"data":{"profile":');
  expect(kept.newer).toBe('{"schema":99,"rev":1,"data":{}}');
  expect(kept.original).toBeNull();
  // The app works: a new young person can be added.
  await addProfile(page, 'Aya');
});

test('full storage while saving: a clear message, the edit stays on screen, and it saves once there is room', async ({ page }) => {
  await addProfile(page, 'Robin');
  // Fill localStorage to the brim from the test.
  await page.evaluate(() => {
    let i = 0;
    for (const size of [100_000, 1000, 100, 10, 1]) {
      const chunk = 'x'.repeat(size);
      try { for (;;) localStorage.setItem(`filler.${i++}`, chunk); } catch { /* full at this size */ }
    }
  });
  await page.getByLabel('Voornaam of bijnaam').fill('Robin met een veel langere bijnaam');
  await expect(page.getByRole('alert').filter({ hasText: 'geheugen van deze browser is vol' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Robin met een veel langere bijnaam');
  await shot(page, 'shell-storage-full-nl');
  // Make room; the next edit saves everything and the message goes away.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await page.getByLabel('Voornaam of bijnaam').fill('Robin B');
  await expect(page.getByRole('alert').filter({ hasText: 'geheugen' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Robin B');
});

test('storage switched off: the app starts and says nothing will be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto('/jongeren');
  await ready(page);
  await expect(page.getByRole('alert').filter({ hasText: 'geen plaats om iets te bewaren' })).toBeVisible();
  await addProfile(page, 'Tijdelijk');
});

test.describe('before the app has loaded', () => {
  // No script at all: what a slow phone shows while the wasm is still on its way.
  test.use({ javaScriptEnabled: false });

  test('the home address already shows the home screen, with the app\'s own texts and links that work', async ({ page, browser }, testInfo) => {
    await page.goto('/');
    const staticHome = page.locator('#splash .splash-home');
    await expect(staticHome.getByRole('heading', { level: 1, name: 'Back On Track toolkit' })).toBeVisible();
    await shot(page, 'shell-home-before-wasm-nl');
    const staticMain = await staticHome.locator('main').innerText();
    const staticNav = await staticHome.locator('nav').innerText();
    const staticLinks = await staticHome.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

    // The same screen drawn by the app: same texts, same places to go.
    const app = await browser.newPage({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: true });
    await app.goto('/');
    await expect(app.locator('main#main h1')).toHaveText('Back On Track toolkit');
    await expect(app.locator('#splash')).toHaveCount(0);
    expect(await app.locator('main#main').innerText()).toBe(staticMain);
    expect(await app.locator('nav.bottom-nav').innerText()).toBe(staticNav);
    expect(await app.locator('main#main a, nav.bottom-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      .toEqual(staticLinks);
    await app.close();
  });
});

test('with script, a deep link or English shows the wait screen until the app is drawn', async ({ page }) => {
  // Hold the main module back so the static screen can be looked at.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route(/back_on_track_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto('/methodieken');
  await expect(page.locator('#splash .splash-wait')).toBeVisible();
  await expect(page.locator('#splash .splash-home')).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Methodieken' })).toBeVisible();
  await expect(page.locator('#splash')).toHaveCount(0);
});

test('the static screen gives way to the app\'s screen with no empty moment in between', async ({ page }) => {
  // Whenever index.html's static screen goes, a drawn screen must already be there: the app's
  // shell (main area and navigation; a deep link's screen may still be on its way), or the lock
  // screen's heading. Checked in the same mutation record.
  await page.addInitScript(() => {
    (window as any).__gaps = [];
    new MutationObserver(() => {
      if ((window as any).__splashSeen && !document.getElementById('splash') && !document.querySelector('main#main, h1')) {
        (window as any).__gaps.push(document.body.innerHTML.slice(0, 200));
      }
      if (document.getElementById('splash')) (window as any).__splashSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  for (const path of ['/', '/methodieken', '/?lang=en']) {
    await page.goto(path);
    await ready(page);
    await expect(page.locator('#splash')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__gaps)).toEqual([]);
  }
  // With a passcode the lock screen is the first screen.
  await page.evaluate(() => localStorage.setItem('bot.lock', '{"v":1}'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#splash')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__gaps)).toEqual([]);
});
