import { test, expect, ready, expectAccessible, shot, addProfile, flushSaves, ourStorage } from './fixtures';
import type { Page } from '@playwright/test';

// The optional passcode: set it (after the warning and the offer of a backup), everything at rest
// is encrypted, the app locks on demand and after a reload, a wrong passcode changes nothing, the
// right one opens everything again, and removing the passcode writes plain data back.

const CODE = 'blauwe-fiets-7';

async function setPasscode(page: Page) {
  await page.goto('/meer/toegangscode');
  await ready(page);
  await expect(page.getByText('Vergeet je de code, dan zijn de gegevens weg')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back-up van iedereen downloaden' })).toBeVisible();
  await page.getByLabel('Nieuwe code', { exact: true }).fill(CODE);
  await page.getByLabel('Typ de nieuwe code nog een keer').fill(CODE);
  // Without ticking the warning nothing happens, and the page says why.
  await page.getByRole('button', { name: 'Toegangscode instellen' }).last().click();
  await expect(page.locator('#lock-set-message')).toHaveText('Vink eerst aan dat je de waarschuwing gelezen hebt.');
  await page.getByLabel('Ik begrijp dat de gegevens weg zijn als ik de code vergeet.').check();
  await page.getByRole('button', { name: 'Toegangscode instellen' }).last().click();
  // PBKDF2 with 600 000 rounds takes a moment.
  await expect(page.getByText('De toegangscode staat aan. Alle gegevens op dit toestel zijn nu versleuteld.')).toBeVisible({ timeout: 30_000 });
}

test('passcode: set, everything encrypted, lock, a wrong code changes nothing, unlock, remove', async ({ page }) => {
  test.setTimeout(120_000);
  await addProfile(page, 'Samira', '2026-03-02');
  await page.getByLabel('Voornaam of bijnaam').fill('Samira B');
  await flushSaves(page);
  const plain = await ourStorage(page);
  expect(Object.values(plain).some((v) => v.includes('Samira B'))).toBe(true);

  await page.goto('/meer/toegangscode');
  await ready(page);
  await expectAccessible(page, 'passcode settings (off)');
  await shot(page, 'lock-settings-off-nl');
  await setPasscode(page);
  await expectAccessible(page, 'passcode settings (on)');
  await shot(page, 'lock-settings-on-nl');

  // At rest nothing is readable any more.
  const sealed = await ourStorage(page);
  expect(Object.keys(sealed).length).toBeGreaterThanOrEqual(Object.keys(plain).length);
  for (const [k, v] of Object.entries(sealed)) expect(v, k).not.toContain('Samira');

  // Lock now: the lock screen replaces the app. (Not through page.goto: a reload locks by itself.)
  await page.getByRole('button', { name: 'Nu vergrendelen' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Back On Track is vergrendeld' })).toBeVisible();
  await expect(page.getByText('Samira')).toHaveCount(0);
  await expectAccessible(page, 'lock screen');
  await shot(page, 'lock-screen-nl');

  // A wrong passcode: a kind message, and not one byte of storage changed.
  const before = await ourStorage(page);
  await page.getByLabel('Toegangscode', { exact: true }).fill('rode-fiets-7');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.locator('#unlock-message')).toContainText('Deze code klopt niet', { timeout: 30_000 });
  expect(await ourStorage(page)).toEqual(before);
  await shot(page, 'lock-wrong-code-nl');

  // The right one opens everything again, on the page that was open.
  await page.getByLabel('Toegangscode', { exact: true }).fill(CODE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toegangscode' })).toBeVisible({ timeout: 30_000 });
  await page.goto('/jongeren');
  // A reload always asks for the passcode first.
  await expect(page.getByRole('heading', { level: 1, name: 'Back On Track is vergrendeld' })).toBeVisible();
  await page.getByLabel('Toegangscode', { exact: true }).fill(CODE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: /Samira B/ })).toBeVisible({ timeout: 30_000 });

  // An edit while locked-at-rest is saved sealed.
  await page.getByRole('link', { name: /Samira B/ }).click();
  await page.getByLabel('Voornaam of bijnaam').fill('Samira C');
  await flushSaves(page);
  await expect.poll(async () => Object.values(await ourStorage(page)).some((v) => v.includes('Samira'))).toBe(false);

  // Remove the passcode: the data is plain again and nothing was lost.
  // In-app navigation (a reload would ask for the passcode again).
  await page.getByRole('navigation').getByRole('link', { name: 'Meer' }).click();
  await page.getByRole('link', { name: 'Toegangscode beheren' }).click();
  await page.locator('#lock-remove-code').fill(CODE);
  await page.getByRole('button', { name: 'Toegangscode verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijder de code' }).click();
  await expect(page.getByText('De toegangscode is verwijderd.')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => Object.values(await ourStorage(page)).some((v) => v.includes('Samira C'))).toBe(true);
  await page.reload();
  await ready(page);
  await page.goto('/jongeren');
  await expect(page.getByRole('link', { name: /Samira C/ })).toBeVisible();
});

test('passcode lock screen in English, and a forgotten code explains the way out', async ({ page }) => {
  test.setTimeout(90_000);
  await addProfile(page, 'Noor');
  await setPasscode(page);
  await page.goto('/meer?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Back On Track is locked' })).toBeVisible();
  await page.getByText('Forgot the passcode?').click();
  await expect(page.getByText(/Without the passcode nobody can open the data/)).toBeVisible();
  await expectAccessible(page, 'lock screen (en)');
  await shot(page, 'lock-screen-en');
});
