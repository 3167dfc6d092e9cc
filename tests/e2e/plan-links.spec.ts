import { test, expect, ready, settled, expectAccessible, shot, addProfile } from './fixtures';

// Where the support plan and the worksheets meet: the network map is kept at each reading, a
// theme on the change cycle shows its stage beside its life domain, and an action's "who" can be
// picked from the network.

test('the plan and the worksheets meet: map versions at each reading, the stage beside its domain, who from the network', async ({ page }) => {
  test.setTimeout(120_000);
  const url = await addProfile(page, 'Milan');

  // Someone on the network map.
  await page.goto(`${url}/werkblad/netwerkwandeling`);
  await ready(page);
  await page.getByRole('button', { name: 'Persoon toevoegen', exact: true }).click();
  const editor = page.locator('.item-editor');
  await editor.getByLabel('Naam of bijnaam').fill('Tante Nadia');
  await editor.getByRole('group', { name: 'Wie is het voor jou?' }).getByLabel('Familie', { exact: true }).check();
  await editor.getByRole('group', { name: 'Hoe dichtbij is die persoon nu?' }).getByLabel('Dichtbij', { exact: true }).check();
  await editor.getByRole('button', { name: 'Klaar met deze persoon' }).click();

  // A theme on the change cycle that belongs to housing, placed at preparation.
  await page.goto(`${url}/werkblad/cirkel-van-gedragsverandering`);
  await ready(page);
  await page.locator('#cc-domain').selectOption('wonen');
  await page.getByRole('button', { name: 'Thema toevoegen' }).click();
  await page.getByRole('group', { name: 'Cirkel van verandering voor Wonen' }).getByRole('button', { name: /^Besluitvorming:/ }).click();
  await expect(page.locator('.cc-current')).toContainText('Je staat nu bij besluitvorming');

  // The support plan's first reading: the stage shows beside housing, and only there.
  await page.goto(`${url}/plan`);
  await ready(page);
  await page.getByLabel('Welke meting?').selectOption({ label: 'Ondersteuningsplan' });
  await page.getByRole('button', { name: 'Meting starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Meting: Ondersteuningsplan/ })).toBeVisible();
  const stage = page.locator('section#wonen .change-stage a');
  await expect(stage).toHaveText('Cirkel van verandering: besluitvorming');
  await expect(stage).toHaveAttribute('href', /\/werkblad\/cirkel-van-gedragsverandering$/);
  await expect(page.locator('section#netwerk')).toBeVisible();
  await expect(page.locator('section#netwerk .change-stage')).toHaveCount(0);
  await expectAccessible(page, 'reading with a change stage');
  // No field asks the browser to remember what is typed (nor to save it with each history step).
  await settled(page);
  await expect(page.locator('main :is(input, select, textarea):not([autocomplete])')).toHaveCount(0);
  await expect(page.locator('main :is(input, select, textarea)[autocomplete="off"]').first()).toBeAttached();
  await page.locator('section#wonen').screenshot({ path: 'target/screenshots/plan-reading-stage-nl.png' });

  // A second reading: the map has a version for each.
  await page.goto(`${url}/plan`);
  await ready(page);
  await page.getByLabel('Welke meting?').selectOption({ label: 'Evaluatie 1' });
  await page.getByRole('button', { name: 'Meting starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Meting: Evaluatie 1/ })).toBeVisible();
  await page.goto(`${url}/werkblad/netwerkwandeling`);
  await ready(page);
  const slider = page.getByLabel('Welke versie wil je zien?');
  await expect(slider).toHaveAttribute('max', '2');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.slider-value')).toContainText('Evaluatie 1');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.slider-value')).toContainText('Ondersteuningsplan');

  // An action for someone of the network, picked from the map; it survives a reload.
  await page.goto(`${url}/plan`);
  await ready(page);
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actie' })).toBeVisible();
  // The list of people shows only once the action is for someone of the network.
  await expect(page.locator('#action-who-person')).toHaveCount(0);
  await page.locator('label[for="who-netwerk"]').click();
  await expect(page.getByRole('group', { name: 'Wie doet het?' }).getByLabel('Iemand uit het netwerk', { exact: true })).toBeChecked();
  const person = page.getByLabel('Wie uit het netwerk?');
  await expect(person).toHaveValue('');
  await person.selectOption({ label: 'Tante Nadia' });
  await expect(page.getByLabel('Wie precies?')).toHaveValue('Tante Nadia');
  await page.getByLabel('Wat ga je doen?').fill('Samen naar het SVK');
  await expectAccessible(page, 'action with someone from the network');
  await shot(page, 'plan-action-network-nl');
  await page.reload();
  await ready(page);
  await expect(page.locator('#action-who-person option:checked')).toHaveText('Tante Nadia');
  await expect(page.getByLabel('Wie precies?')).toHaveValue('Tante Nadia');

  // The same screens in English.
  const action = page.url();
  await page.goto(`${action}?lang=en`);
  await ready(page);
  await expect(page.getByLabel('Who from the network?')).toBeVisible();
  await expect(page.locator('#action-who-person option:checked')).toHaveText('Tante Nadia');
  await expectAccessible(page, 'action with someone from the network (en)');
  await shot(page, 'plan-action-network-en');
  await page.goto(`${url}/plan`);
  await ready(page);
  await page.locator('.reading-list a').first().click();
  await expect(page.locator('section#wonen .change-stage a')).toHaveText('Change cycle: preparation');
  await page.locator('section#wonen').screenshot({ path: 'target/screenshots/plan-reading-stage-en.png' });
});
