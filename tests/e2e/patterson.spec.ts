import { test, expect, ready, expectAccessible, shot, addProfile } from './fixtures';

test('Patterson: a sheet per figure, five strategies, things to try, reload, print', async ({ page }) => {
  const url = await addProfile(page, 'Noor');
  await page.goto(`${url}/werkblad/patterson`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patterson · Noor');
  await expect(page.getByText('Maak eerst een blad in stap 1.')).toBeVisible();

  await page.getByRole('button', { name: 'Blad maken' }).click();
  await expect(page.getByText('Schrijf eerst een naam, bijvoorbeeld ‘mama’.')).toBeVisible();

  await page.locator('#pt-name').fill('Fatima');
  await page.locator('#pt-relation').fill('moeder');
  await page.getByRole('button', { name: 'Blad maken' }).click();
  await expect(page.getByRole('heading', { name: 'Stap 2 · De vijf vaardigheden met Fatima' })).toBeVisible();
  await expect(page.locator('.strategy')).toHaveCount(5);

  const clarity = page.locator('.strategy[data-strategy="0"]');
  await clarity.getByLabel('Wat gaat al goed?').fill('Ze zegt rustig wat ze verwacht.');
  await clarity.getByLabel('Een voorbeeld').fill('Afspraak over thuiskomen na het werk.');
  await clarity.getByLabel('Eén ding om te proberen').fill('Eén afspraak per week, niet meer.');
  const listening = page.locator('.strategy[data-strategy="4"]');
  await listening.getByLabel('Eén ding om te proberen').fill('Eerst luisteren, dan pas antwoorden.');
  await expect(clarity).toContainText('besproken');
  await expect(page.locator('.to-try .progress')).toHaveText('2 van de 5 besproken');
  await expect(page.locator('.try-list li')).toHaveText([
    'Duidelijkheid: Eén afspraak per week, niet meer.',
    'Luisteren en samen oplossen: Eerst luisteren, dan pas antwoorden.',
  ]);

  // A second figure gets its own, empty sheet.
  await page.locator('#pt-name').fill('Karim');
  await page.locator('#pt-relation').fill('oom');
  await page.getByRole('button', { name: 'Blad maken' }).click();
  await expect(page.getByRole('heading', { name: 'Stap 2 · De vijf vaardigheden met Karim' })).toBeVisible();
  await expect(page.locator('.strategy[data-strategy="0"]').getByLabel('Wat gaat al goed?')).toHaveValue('');
  await page.locator('.strategy[data-strategy="2"]').getByLabel('Wat gaat al goed?').fill('Zegt vaak goed gedaan.');

  await expectAccessible(page, 'patterson');
  await shot(page, 'patterson-filled-nl');

  await page.reload();
  await ready(page);
  await expect(page.locator('.theme-button')).toHaveCount(2);
  await expect(page.locator('.theme-button').nth(0)).toContainText('Fatima (moeder)');
  await expect(page.locator('.theme-button').nth(0)).toContainText('2 van de 5 besproken');
  await expect(page.locator('.theme-button').nth(1)).toContainText('1 van de 5 besproken');
  await page.locator('.theme-button').nth(0).click();
  await expect(clarity.getByLabel('Een voorbeeld')).toHaveValue('Afspraak over thuiskomen na het werk.');
  await expect(listening.getByLabel('Eén ding om te proberen')).toHaveValue('Eerst luisteren, dan pas antwoorden.');

  // The paper to leave behind: the sheet of Fatima, text instead of boxes, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sheet-for')).toContainText('Voor Fatima (moeder)');
  await expect(page.getByRole('button', { name: 'Blad van Fatima afdrukken' })).toBeHidden();
  await expect(clarity.locator('.note-print').first()).toHaveText('Ze zegt rustig wat ze verwacht.');
  await shot(page, 'patterson-print-nl');
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`${url}/werkblad/patterson?lang=en`);
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Step 2 · The five skills with Fatima' })).toBeVisible();
  await expectAccessible(page, 'patterson (en)');
  await shot(page, 'patterson-filled-en');
});
