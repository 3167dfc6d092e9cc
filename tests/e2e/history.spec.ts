import { test, expect, ready, settled } from './fixtures';
import type { Page } from '@playwright/test';

// Back, Forward and reload keep the place on the page. The router writes a link's history entry
// once the new screen is painted and restores scroll positions itself (vendor/leptos_router,
// PATCHES.md): the browser's own restoration would save the new screen's position (the top) for
// the screen that was left.

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** Scrolls to `y` and waits until the app has seen the scroll event. */
async function scrollTo(page: Page, y: number) {
  await page.evaluate((y) => new Promise<void>((resolve) => {
    window.addEventListener('scroll', () => resolve(), { once: true });
    window.scrollTo(0, y);
  }), y);
}

/** Follows the first link under `selector` that lies below the top of the screen. */
async function followLinkOnScreen(page: Page, selector: string) {
  return page.evaluate((s) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>(s)]
      .find((a) => a.getBoundingClientRect().top > 80 && a.getBoundingClientRect().bottom < innerHeight - 80)!;
    link.click();
    return link.getAttribute('href')!;
  }, selector);
}

/** Home, then the card list by the bottom menu: two screens of one page load, so Back has a
 * screen of the app to go to. */
async function cardListFromHome(page: Page) {
  await page.goto('/');
  await ready(page);
  await page.locator('nav a[href="/methodieken"]').first().click();
  await expect(page).toHaveURL(/\/methodieken$/);
  await settled(page);
}

test('Back and Forward between the card list and a card keep each place; the address follows', async ({ page }) => {
  await page.goto('/methodieken');
  await ready(page);
  await settled(page);
  await scrollTo(page, 1500);
  const href = await followLinkOnScreen(page, 'main .card-list a[href^="/methodieken/"]');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await ready(page);
  // A new screen starts at the top.
  expect(await scrollY(page)).toBe(0);
  await scrollTo(page, 300);

  await page.goBack();
  await expect(page).toHaveURL(/\/methodieken$/);
  await expect.poll(() => scrollY(page)).toBe(1500);

  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect.poll(() => scrollY(page)).toBe(300);

  // Two links in a row: each screen's entry is in the history, in order.
  await page.goBack();
  await expect.poll(() => scrollY(page)).toBe(1500);
  await page.locator('nav a[href="/jongeren"]').first().click();
  await expect(page).toHaveURL(/\/jongeren$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/methodieken$/);
  await expect.poll(() => scrollY(page)).toBe(1500);
});

test('a reload keeps the place on the page', async ({ page }) => {
  await page.goto('/methodieken');
  await ready(page);
  await settled(page);
  await scrollTo(page, 1200);
  await page.reload();
  await ready(page);
  await expect.poll(() => scrollY(page)).toBe(1200);
});

test('Back pressed before a link’s entry is written goes back to the screen that was left', async ({ page }) => {
  await cardListFromHome(page);
  await scrollTo(page, 900);
  // The click and Back in one task: the card's entry is still waiting for an idle moment.
  const title = await page.evaluate(() => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('main .card-list a[href^="/methodieken/"]')]
      .find((a) => a.getBoundingClientRect().top > 80)!;
    link.click();
    history.back();
    return link.textContent;
  });
  expect(title).toBeTruthy();
  await expect(page).toHaveURL(/\/methodieken$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Methodieken' })).toBeVisible();
  await expect.poll(() => scrollY(page)).toBe(900);
  // The card never became an entry: one step back is home, and forward again ends at the list.
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/methodieken$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Methodieken' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).navigation.canGoForward)).toBe(false);
});

test('a screen that sets its own address as it opens leaves the entry of the screen before alone', async ({ page }) => {
  // The course builder mirrors its outline into the address (history.replaceState). On opening
  // that ran before the router had written the builder's entry, and rewrote the list's entry.
  await cardListFromHome(page);
  await page.locator('main a[href="/cursus"]').first().click();
  await expect(page).toHaveURL(/\/cursus$/);
  await ready(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/methodieken$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Methodieken' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});
