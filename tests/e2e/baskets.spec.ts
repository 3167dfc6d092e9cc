import { test, expect, ready, expectAccessible, shot, addProfile } from './fixtures';
import type { Page } from '@playwright/test';

/** The concern texts in basket n (0 = still to sort), in order. */
async function basket(page: Page, n: number) {
  const section = page.locator(`section[data-basket="${n}"]`);
  if ((await section.count()) === 0) return [];
  return section.locator('.concern-text').allTextContents();
}

async function addConcern(page: Page, text: string, by: string, place: string) {
  await page.locator('#bk-text').fill(text);
  await page.locator('#bk-by').fill(by);
  await page.locator('#bk-place').selectOption(place);
  await page.getByRole('button', { name: 'Zorg toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Toegevoegd: ${text}` })).toBeVisible();
}

async function moveTo(page: Page, text: string, target: string) {
  await page.locator('.concern-button', { hasText: text }).click();
  await page.locator('.concern.is-open').getByRole('button', { name: target }).click();
}

test('three baskets: sort, agree, save a version, compare, reload and see everything back', async ({ page }) => {
  const url = await addProfile(page, 'Sam');
  await page.goto(`${url}/werkblad/driemandenmethodiek`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drie manden · Sam');
  await expect(page.getByText('Wat hier staat, zien alleen wie mee aan tafel zit')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lees de kaart over de driemandenmethodiek' })).toHaveAttribute(
    'href', '/methodieken/driemandenmethodiek');

  // An empty worry is refused with a message; nothing is added.
  await page.getByRole('button', { name: 'Zorg toevoegen' }).click();
  await expect(page.getByText('Schrijf eerst kort wat de zorg is.')).toBeVisible();

  await addConcern(page, 'Geweld thuis', 'mama', '1');
  await addConcern(page, 'Geld lenen zonder te vragen', 'papa', '1');
  await addConcern(page, 'Rommelige kamer', 'mama', '3');
  await addConcern(page, 'Komt laat thuis', 'papa', '0');
  expect(await basket(page, 0)).toEqual(['Komt laat thuis']);

  // Sorting by tapping: the concern opens, an explicit button moves it.
  await moveTo(page, 'Komt laat thuis', 'Naar mand 2');
  expect(await basket(page, 0)).toEqual([]);
  expect(await basket(page, 2)).toEqual(['Komt laat thuis']);
  await expect(page.locator('.concern-button', { hasText: 'Komt laat thuis' })).toBeFocused();

  // A third thing in the first basket: a gentle warning, gone when one moves out.
  await addConcern(page, 'Blowen in huis', 'mama', '1');
  await expect(page.locator('.basket-warning')).toContainText('In de eerste mand liggen nu 3 zaken');
  await moveTo(page, 'Geld lenen zonder te vragen', 'Naar mand 2');
  await expect(page.locator('.basket-warning')).toHaveCount(0);

  // Who agreed, and when.
  await page.locator('#bk-agreed').fill('mama');
  await page.getByRole('button', { name: 'Naam toevoegen' }).click();
  await page.locator('#bk-agreed').fill('Sam');
  await page.getByRole('button', { name: 'Naam toevoegen' }).click();
  await expect(page.locator('.name-chips li')).toHaveText(['mama×', 'Sam×']);
  await page.locator('#bk-agreed-on').fill('2026-03-12');

  // Save a version, then move something and compare.
  await page.getByRole('button', { name: 'Bewaar als versie van vandaag' }).click();
  await expect(page.getByText(/Bewaard als versie van \d\d\/\d\d\/\d{4}\./)).toBeVisible();
  await moveTo(page, 'Rommelige kamer', 'Naar mand 2');
  await page.getByRole('button', { name: 'Vergelijk met nu' }).click();
  await expect(page.locator('.comparison')).toContainText('“Rommelige kamer”: van mand 3 naar mand 2');
  await expect(page.locator('.comparison')).toContainText('4 zorgen bleven in dezelfde mand.');

  await expectAccessible(page, 'three baskets');
  await shot(page, 'baskets-filled-nl');

  // Reload: everything is back.
  await page.reload();
  await ready(page);
  expect(await basket(page, 1)).toEqual(['Geweld thuis', 'Blowen in huis']);
  expect(await basket(page, 2)).toEqual(['Geld lenen zonder te vragen', 'Rommelige kamer', 'Komt laat thuis']);
  expect(await basket(page, 3)).toEqual([]);
  await expect(page.locator('.concern-button', { hasText: 'Geweld thuis' })).toContainText('gezegd door mama');
  await expect(page.locator('.name-chips li')).toHaveText(['mama×', 'Sam×']);
  await expect(page.locator('#bk-agreed-on')).toHaveValue('2026-03-12');
  await expect(page.locator('.version-title')).toHaveCount(1);
  await expect(page.locator('.version .hint').first()).toContainText('Mand 1: 2 · mand 2: 2 · mand 3: 1');
  await expect(page.locator('.version')).toContainText('Akkoord: mama, Sam (12/03/2026)');

  // Editing a concern in place, and crossing one out (asked first).
  await page.locator('.concern-button', { hasText: 'Blowen in huis' }).click();
  const open = page.locator('.concern.is-open');
  await open.getByLabel('Wat is de zorg?').fill('Blowen in de woonkamer');
  await open.getByRole('button', { name: 'Schrappen' }).click();
  await expect(open.getByRole('alertdialog')).toContainText('“Blowen in de woonkamer” van de lijst schrappen?');
  await open.getByRole('alertdialog').getByRole('button', { name: 'Schrappen' }).click();
  expect(await basket(page, 1)).toEqual(['Geweld thuis']);
  await page.reload();
  await ready(page);
  expect(await basket(page, 1)).toEqual(['Geweld thuis']);

  // English, same data.
  await page.goto(`${url}/werkblad/driemandenmethodiek?lang=en`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three baskets · Sam');
  await expect(page.getByRole('heading', { name: /Basket 1 · tackle now/ })).toBeVisible();
  await expectAccessible(page, 'three baskets (en)');
  await shot(page, 'baskets-filled-en');

  await page.emulateMedia({ media: 'print' });
  await shot(page, 'baskets-print-en');
});

test('three baskets for someone who is not on this device', async ({ page }) => {
  await page.goto('/jongeren/p-onbekend/werkblad/driemandenmethodiek');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drie manden');
  await expectAccessible(page, 'three baskets, unknown person');
});
