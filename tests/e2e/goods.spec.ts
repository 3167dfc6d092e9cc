import { test, expect, ready, expectAccessible, shot, addProfile } from './fixtures';
import type { Page } from '@playwright/test';

async function rate(page: Page, good: string, answer: string) {
  await page.getByRole('group', { name: `Hoe belangrijk is ${good} voor jou?` }).getByRole('button', { name: answer, exact: true }).click();
}

test('Good Lives Model: rate, describe, plan, reload and see everything back', async ({ page }) => {
  const url = await addProfile(page, 'Yassin');
  await page.goto(`${url}/werkblad/good-lives-model`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good Lives Model · Yassin');
  // All eleven goods with a plain explanation.
  await expect(page.locator('.good-rate')).toHaveCount(11);
  await expect(page.locator('.good-rate[data-good="inner-peace"]')).toContainText('Omgaan met stress, boosheid en zorgen');

  await rate(page, 'werk en iets kunnen', 'Belangrijk');
  await rate(page, 'mensen dicht bij je', 'Heel belangrijk');
  await rate(page, 'plezier', 'Een beetje');
  await rate(page, 'gezond leven', 'Heel belangrijk');
  await rate(page, 'gezond leven', 'Heel belangrijk'); // tapping again clears
  await expect(page.getByText('3 van de 11 bekeken')).toBeVisible();

  // Step 2 opens what matters most, most important first.
  const details = page.locator('.good-detail');
  await expect(details.nth(0)).toHaveAttribute('data-good', 'relatedness');
  await expect(details.nth(1)).toHaveAttribute('data-good', 'work');
  const rel = page.locator('.good-detail[data-good="relatedness"]');
  await rel.getByLabel('Hoe krijg je dit nu?').fill('Mijn vrienden van de straat');
  await rel.getByRole('group', { name: 'Wat doet die manier?' }).getByRole('button', { name: 'Het doet anderen schade' }).click();
  await rel.getByLabel('Wat staat in de weg?').fill('Mijn broer zie ik niet meer');
  await rel.getByLabel('Waar ben je sterk in? Wie kan helpen?').fill('Ik ben een goede vriend');
  await rel.getByLabel('Wat is een betere, veilige weg?').fill('Voetbalclub in de buurt');

  // A good that is not open yet opens with a tap.
  const play = page.locator('.good-detail[data-good="play"]');
  await play.getByRole('button', { name: /Spel en vrije tijd/ }).click();
  await play.getByLabel('Hoe krijg je dit nu?').fill('Gamen');

  await page.getByLabel('Het plan, in je eigen woorden').fill('Deze maand één keer meetrainen.');
  const summary = page.locator('.good-summary').first().locator('.good-sum');
  await expect(summary).toHaveCount(2);
  await expect(summary.nth(0)).toContainText('Mensen dicht bij je · Heel belangrijk');
  await expect(summary.nth(0)).toContainText('Het doet anderen schade · Hier zoeken jullie best een betere weg');
  await expect(summary.nth(0)).toContainText('Voetbalclub in de buurt');
  await expect(summary.nth(1)).toContainText('Werk en iets kunnen · Belangrijk');
  await expect(page.getByRole('heading', { name: 'Ook besproken' })).toBeVisible();

  await expectAccessible(page, 'good lives model');
  await shot(page, 'goods-filled-nl');

  await page.reload();
  await ready(page);
  const pressed = (good: string) => page.locator(`.good-rate[data-good="${good}"] button[aria-pressed="true"]`);
  await expect(pressed('relatedness')).toHaveText('Heel belangrijk');
  await expect(pressed('work')).toHaveText('Belangrijk');
  await expect(pressed('pleasure')).toHaveText('Een beetje');
  await expect(pressed('life')).toHaveCount(0);
  await expect(rel.getByLabel('Hoe krijg je dit nu?')).toHaveValue('Mijn vrienden van de straat');
  await expect(rel.getByRole('button', { name: 'Het doet anderen schade' })).toHaveAttribute('aria-pressed', 'true');
  await expect(rel.getByLabel('Wat is een betere, veilige weg?')).toHaveValue('Voetbalclub in de buurt');
  await expect(page.getByLabel('Het plan, in je eigen woorden')).toHaveValue('Deze maand één keer meetrainen.');
  await expect(play.getByRole('button', { name: /Spel en vrije tijd/ })).toContainText('ingevuld');
  await play.getByRole('button', { name: /Spel en vrije tijd/ }).click();
  await expect(play.getByLabel('Hoe krijg je dit nu?')).toHaveValue('Gamen');

  await page.goto(`${url}/werkblad/good-lives-model?lang=en`);
  await ready(page);
  await expect(page.locator('.good-summary .good-sum').first()).toContainText('People close to you · Very important');
  await expectAccessible(page, 'good lives model (en)');
  await shot(page, 'goods-filled-en');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'goods-print-en');
});
