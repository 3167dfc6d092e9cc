import { test, expect, ready, expectAccessible, shot, addProfile, ourStorage, flushSaves, plainBackupButton } from './fixtures';
import type { Page } from '@playwright/test';
import * as fs from 'fs';

// Issue 24: an impossible date never erases a stored date, and a damaged record can be seen,
// downloaded, tried again, backed up and deleted instead of disappearing for good.

async function storedStart(page: Page, id: string) {
  await flushSaves(page);
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`bot.case.${id}`)!).data.profile.start_date ?? null, id);
}

/** Puts the keyboard in the date field's first part, as a tap there would. */
async function focusFirstPart(page: Page, label: string) {
  const field = page.getByLabel(label);
  await field.click({ position: { x: 12, y: 22 } });
  return field;
}

type Order = 'dmy' | 'mdy' | 'ymd';

/**
 * The order of a date field's parts in this browser: Chromium takes it from its own locale
 * (dd/mm/yyyy on a Flemish phone; headless Chromium may show mm/dd/yyyy), and a script cannot
 * see it. A scratch field with a known date tells: "05" typed into its first part.
 */
async function dateOrder(page: Page): Promise<Order> {
  await page.evaluate(() => {
    const probe = document.createElement('input');
    probe.type = 'date';
    probe.id = 'order-probe';
    probe.value = '2026-09-01';
    probe.style.cssText = 'position:fixed;top:0;left:0;width:300px;height:44px;z-index:99';
    document.body.append(probe);
  });
  await page.locator('#order-probe').click({ position: { x: 12, y: 22 } });
  await page.keyboard.type('05');
  const value = await page.locator('#order-probe').inputValue();
  await page.evaluate(() => document.getElementById('order-probe')!.remove());
  return value === '2026-09-05' ? 'dmy' : value === '2026-05-01' ? 'mdy' : 'ymd';
}

/** Types a day, month and year with the keyboard, part by part, as a person would. */
async function typeDate(page: Page, order: Order, parts: { d: string; m: string; y?: string }) {
  for (const part of order) {
    const digits = parts[part as 'd' | 'm' | 'y'];
    if (digits) await page.keyboard.type(digits);
  }
}

test.describe('impossible dates', () => {
  test('31/02 typed into the start date keeps the stored date; "Wis datum" clears it', async ({ page }) => {
    const url = await addProfile(page, 'Milan', '2026-09-01');
    const id = url.split('/').pop()!;
    const order = await dateOrder(page);
    const field = await focusFirstPart(page, 'Startdatum van het traject');
    await expect(field).toHaveValue('2026-09-01');
    await typeDate(page, order, { d: '31', m: '02', y: '2026' });
    const alert = page.getByRole('alert').filter({ hasText: 'Die dag bestaat niet' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('De bewaarde datum blijft 01/09/2026.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'profile-bad-date');
    await shot(page, 'damage-bad-date-nl');
    expect(await storedStart(page, id)).toBe('2026-09-01');
    await page.reload();
    await ready(page);
    await expect(page.getByLabel('Startdatum van het traject')).toHaveValue('2026-09-01');

    // Clearing one part while correcting: still no loss.
    await focusFirstPart(page, 'Startdatum van het traject');
    await page.keyboard.press('Backspace');
    await expect(alert).toBeVisible();
    expect(await storedStart(page, id)).toBe('2026-09-01');
    // Then a valid date: stored, and the message goes.
    await typeDate(page, order, { d: '15', m: '09', y: '2026' });
    await expect(alert).toBeHidden();
    expect(await storedStart(page, id)).toBe('2026-09-15');

    // "Wis datum" is the explicit way to empty it.
    await page.getByRole('button', { name: 'Wis datum' }).click();
    await expect(page.getByLabel('Startdatum van het traject')).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Wis datum' })).toHaveCount(0);
    await page.reload();
    await ready(page);
    await expect(page.getByLabel('Startdatum van het traject')).toHaveValue('');
    expect(await storedStart(page, id)).toBeNull();
  });

  test('29/02 of a non-leap year in an action date keeps the stored date', async ({ page }) => {
    const url = await addProfile(page, 'Mats', '2026-01-19');
    await page.goto(`${new URL(url).pathname}/plan/acties`);
    await ready(page);
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Actie' })).toBeVisible();
    await page.getByLabel('Tegen wanneer?').fill('2027-03-10');
    await page.getByLabel('Tegen wanneer?').blur();
    const order = await dateOrder(page);
    await focusFirstPart(page, 'Tegen wanneer?');
    await typeDate(page, order, { d: '29', m: '02' });
    await expect(page.getByRole('alert').filter({ hasText: 'Die dag bestaat niet' })).toContainText('10/03/2027');
    await page.reload();
    await ready(page);
    await expect(page.getByLabel('Tegen wanneer?')).toHaveValue('2027-03-10');
  });
});

const BROKEN = '{"schema":1,"rev":2,"data":{"profile":{"id":"x","name":"Sam"';

/** A damaged `bot.case.x` in storage before the app starts (once: not again after a reload). */
async function seedDamaged(page: Page) {
  await page.addInitScript((broken) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('bot.case.x', broken);
      sessionStorage.setItem('seeded', '1');
    }
  }, BROKEN);
}

test.describe('damaged records', () => {
  test('the notice leads to the damaged data: download the exact text, try again, and the young person is back', async ({ page }, info) => {
    await seedDamaged(page);
    await page.goto('/jongeren');
    await ready(page);
    const notice = page.getByRole('alert').filter({ hasText: 'beschadigd' });
    await expect(notice).toBeVisible();
    await notice.getByRole('link', { name: 'Bekijk' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Beschadigde gegevens' })).toBeVisible();
    await expect(page).toHaveURL(/\/meer\/back-up$/);
    await expect(notice).toHaveCount(0);
    const item = page.locator('.damaged-item');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Het dossier van een jongere');
    await expect(item).toContainText(/Apart gezet op \d{2}\/\d{2}\/\d{4}\./);
    await expect(item).toContainText(`Grootte: ${BROKEN.length} bytes.`);
    await expect(page.locator('main')).not.toContainText('Sam');
    await expect(page.locator('main')).not.toContainText('"schema"');
    await expectAccessible(page, 'damaged');
    await shot(page, 'damage-screen-nl');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kopie downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^back-on-track-beschadigd-\d{4}-\d{2}-\d{2}-[0-9a-z]{4}\.txt$/);
    const file = info.outputPath('damaged.txt');
    await download.saveAs(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(BROKEN);

    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'De app kan dit nog altijd niet lezen.' })).toBeVisible();
    expect((await ourStorage(page))['bot.quarantine.bot.case.x.1']).toBe(BROKEN);

    // "After an update" the same value can be read.
    await page.evaluate(() => localStorage.setItem('bot.quarantine.bot.case.x.1', JSON.stringify({
      schema: 1, rev: 2, app: '0.1.0', data: { profile: { id: 'x', name: 'Sam', start_date: '2026-02-02', created: '2026-02-02' } },
    })));
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.getByText('Gelukt: Sam staat terug bij de jongeren.')).toBeVisible();
    await expect(page.getByText('Er staat niets apart.')).toBeVisible();
    await expectAccessible(page, 'damaged-back');
    await shot(page, 'damage-screen-back-nl');
    const stored = await ourStorage(page);
    expect(Object.keys(stored).filter((k) => k.includes('quarantin'))).toEqual([]);
    await page.getByRole('link', { name: 'Open het dossier' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sam' })).toBeVisible();
    await page.goto('/jongeren');
    await expect(page.getByRole('link', { name: /Sam/ })).toBeVisible();
  });

  test('a record that comes back beside one with the same id keeps both', async ({ page }) => {
    await seedDamaged(page);
    await page.goto('/jongeren');
    await ready(page);
    await expect(page.getByRole('alert').filter({ hasText: 'beschadigd' })).toBeVisible();
    await page.evaluate(() => {
      const env = (name: string) => JSON.stringify({ schema: 1, rev: 1, app: '0.1.0', data: { profile: { id: 'x', name, created: '2026-02-02' } } });
      localStorage.setItem('bot.case.x', env('Noor'));
      localStorage.setItem('bot.quarantine.bot.case.x.1', env('Sam'));
    });
    await page.goto('/meer/back-up');
    await ready(page);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.getByText(/Er was al een jongere met dezelfde code\. We hebben beide bewaard/)).toBeVisible();
    await page.goto('/jongeren');
    await expect(page.getByRole('link', { name: /Sam/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
  });

  test('a backup made while something is put aside carries it; wipe warns; a restore puts it aside again', async ({ page }, info) => {
    await seedDamaged(page);
    await addProfile(page, 'Noor', '2026-05-11');
    await page.goto('/jongeren');
    await ready(page);
    await page.goto('/meer/back-up');
    await ready(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Beschadigde gegevens' })).toBeVisible();
    await expect(page.locator('.damaged-item')).toHaveCount(1);
    await expect(page.getByText('Een back-up van iedereen bevat ook de beschadigde gegevens')).toBeVisible();
    await expect(page.getByText('Ook het beschadigde gedeelte wordt gewist.')).toBeVisible();
    await expectAccessible(page, 'backup-with-damaged');
    await shot(page, 'damage-backup-nl');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (await plainBackupButton(page)).click(),
    ]);
    const file = info.outputPath('backup.json');
    await download.saveAs(file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json.cases).toHaveLength(1);
    expect(json.quarantined).toHaveLength(1);
    expect(json.quarantined[0].from).toBe('bot.case.x');
    expect(json.quarantined[0].text).toBe(BROKEN);
    expect(typeof json.quarantined[0].at).toBe('number');

    await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
    await page.getByRole('button', { name: 'Alles wissen van dit toestel' }).click();
    await expect(page.getByText('Alles is gewist van dit toestel.')).toBeVisible();
    expect(await ourStorage(page)).toEqual({});
    await expect(page.getByRole('heading', { level: 2, name: 'Beschadigde gegevens' })).toHaveCount(0);

    await page.getByLabel('Kies een bestand').setInputFiles(file);
    await page.getByRole('button', { name: 'Toevoegen aan wie hier al staat' }).click();
    await expect(page.getByText('Klaar: 1 jongere teruggezet.')).toBeVisible();
    const after = await ourStorage(page);
    expect(after['bot.quarantine.bot.case.x.1']).toBe(BROKEN);
    await expect(page.getByRole('heading', { level: 2, name: 'Beschadigde gegevens' })).toBeVisible();
    await expect(page.locator('.damaged-item')).toHaveCount(1);

    // Delete asks first.
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('Dit voorgoed verwijderen?');
    await expectAccessible(page, 'damaged-delete');
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(page.locator('.damaged-outcome')).toHaveText('Verwijderd.');
    expect(Object.keys(await ourStorage(page)).filter((k) => k.includes('quarantin'))).toEqual([]);
  });

  test('the screen in English', async ({ page }) => {
    await seedDamaged(page);
    await page.goto('/jongeren?lang=en');
    await ready(page);
    await page.getByRole('alert').filter({ hasText: 'damaged' }).getByRole('link', { name: 'View' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Damaged data' })).toBeVisible();
    await expect(page.locator('.damaged-item')).toContainText("A young person's file");
    await expectAccessible(page, 'damaged-en');
    await shot(page, 'damage-screen-en');
  });
});
