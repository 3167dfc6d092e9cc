import { test, expect, ready, expectAccessible, shot, addProfile } from './fixtures';

test('change cycle: themes, placing on the circle, relapse as part of the cycle, reload', async ({ page }) => {
  const url = await addProfile(page, 'Lena');
  await page.goto(`${url}/werkblad/cirkel-van-gedragsverandering`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cirkel van verandering · Lena');
  await expect(page.getByText('Voeg eerst een thema toe in stap 1.')).toBeVisible();

  // A theme needs a name or a domain.
  await page.getByRole('button', { name: 'Thema toevoegen' }).click();
  await expect(page.getByText('Geef het thema een naam of kies een levensdomein.')).toBeVisible();

  await page.locator('#cc-title').fill('Minder blowen');
  await page.getByRole('button', { name: 'Thema toevoegen' }).click();
  await expect(page.getByRole('heading', { name: 'Stap 2 · Waar sta je nu met Minder blowen?' })).toBeVisible();
  await expect(page.getByText('Nog geen fase gekozen.')).toBeVisible();

  const circle = page.getByRole('group', { name: 'Cirkel van verandering voor Minder blowen' });
  await circle.getByRole('button', { name: /^Actie:/ }).click();
  await expect(page.locator('.cc-current')).toContainText('Je staat nu bij actie');
  await expect(circle.getByRole('button', { name: /^Actie:/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Stap 3 · Wat helpt bij actie?' })).toBeVisible();
  await expect(page.locator('.helps')).toContainText('De eerste stappen steunen');

  await page.getByRole('group', { name: /Hoe belangrijk is de verandering/ }).getByRole('button', { name: '8', exact: true }).click();
  await page.getByRole('group', { name: /Hoeveel vertrouwen/ }).getByRole('button', { name: '6', exact: true }).click();
  await page.getByLabel('Notitie bij deze keer').fill('Drie dagen niet geblowd.');

  // Relapse: never a failure, with a way back in at contemplation.
  await circle.getByRole('button', { name: /^Terugval:/ }).click();
  await expect(page.locator('.relapse-note')).toContainText('Terugval hoort bij de cirkel');
  await page.getByRole('button', { name: 'Opnieuw instappen bij overpeinzing' }).click();
  await expect(page.locator('.cc-current')).toContainText('Je staat nu bij overpeinzing');
  await expect(page.locator('.relapse-note')).toHaveCount(0);
  const history = page.locator('.stage-history li');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('Terugval');
  await expect(history.nth(0)).toContainText('belangrijk 8/10 · vertrouwen 6/10');
  await expect(history.nth(1)).toContainText('Overpeinzing');
  await expect(page.getByText(/Eén keer terugval onderweg/)).toBeVisible();

  // A second theme linked to a life domain, chosen with the keyboard on the circle.
  await page.locator('#cc-domain').selectOption('budget');
  await page.getByRole('button', { name: 'Thema toevoegen' }).click();
  await expect(page.getByRole('heading', { name: 'Stap 2 · Waar sta je nu met Budget?' })).toBeVisible();
  const budget = page.getByRole('group', { name: 'Cirkel van verandering voor Budget' });
  await budget.getByRole('button', { name: /^Voorbeschouwing:/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(budget.getByRole('button', { name: /^Besluitvorming:/ })).toBeFocused();
  await expect(page.getByText('Nog geen fase gekozen.')).toBeVisible(); // moving round chose nothing
  await page.keyboard.press('Enter');
  await expect(page.locator('.cc-current')).toContainText('Je staat nu bij besluitvorming');

  await expectAccessible(page, 'change cycle');
  await shot(page, 'change-filled-nl');
  await page.locator('.change-circle').screenshot({ path: 'target/screenshots/change-circle-nl.png' });

  await page.reload();
  await ready(page);
  const themes = page.locator('.theme-button');
  await expect(themes).toHaveCount(2);
  await expect(themes.nth(0)).toContainText('Minder blowen');
  await expect(themes.nth(0)).toContainText('Overpeinzing');
  await expect(themes.nth(1)).toContainText('Budget');
  await expect(themes.nth(1)).toContainText('Besluitvorming');
  await themes.nth(0).click();
  await expect(page.locator('.stage-history li')).toHaveCount(2);
  await expect(page.locator('.stage-history li').nth(0)).toContainText('Drie dagen niet geblowd.');

  // Renaming keeps the road; an empty name without a domain is refused.
  await page.getByRole('button', { name: 'Thema aanpassen' }).click();
  await page.locator('#cc-edit-title').fill('');
  await expect(page.locator('#cc-edit-err')).toBeVisible();
  await page.locator('#cc-edit-title').fill('Stoppen met blowen');
  await expect(themes.nth(0)).toContainText('Stoppen met blowen');
  await page.reload();
  await ready(page);
  await expect(page.locator('.theme-button').nth(0)).toContainText('Stoppen met blowen');

  await page.goto(`${url}/werkblad/cirkel-van-gedragsverandering?lang=en`);
  await ready(page);
  await expect(page.locator('.cc-current')).toContainText('You are now at contemplation');
  await expectAccessible(page, 'change cycle (en)');
  await shot(page, 'change-filled-en');
  await page.locator('.change-circle').screenshot({ path: 'target/screenshots/change-circle-en.png' });
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'change-print-en');
});
