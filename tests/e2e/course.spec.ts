import { test, expect, ready, expectAccessible, shot, addProfile, ourStorage, swipe, plainBackupButton } from './fixtures';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import jsQR from 'jsqr';

// Training (issue 8): the demo case (load, change, reset, kept apart from real data), course
// mode (an outline presented with keys and swipes, shared as a link and a QR code), and the
// trainer notes that only course mode shows.

async function realCases(page: Page) {
  const all = await ourStorage(page);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('bot.case.')));
}

/** Draws the QR code's SVG into a canvas in the page and decodes the pixels with jsQR. */
async function decodeQr(page: Page, selector: string): Promise<string | null> {
  const size = 480;
  const pixels = await page.evaluate(async ({ selector, size }) => {
    const svg = document.querySelector(selector)!;
    const xml = new XMLSerializer().serializeToString(svg);
    const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
    const img = new Image();
    await new Promise((resolve, reject) => { img.onload = resolve; img.onerror = reject; img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    URL.revokeObjectURL(url);
    return Array.from(ctx.getImageData(0, 0, size, size).data);
  }, { selector, size });
  return jsQR(new Uint8ClampedArray(pixels), size, size)?.data ?? null;
}

const h1 = (page: Page) => page.locator('main#main h1').first();

test('demo case: load with one tap, change, reset; real profiles, lists and backups never see it', async ({ page }, info) => {
  await addProfile(page, 'Noor', '2026-05-11');
  const real = await realCases(page);
  expect(Object.keys(real)).toHaveLength(1);

  // From Meer to course mode.
  await page.goto('/meer');
  await ready(page);
  await page.getByRole('link', { name: 'Cursusmodus en oefendossier' }).click();
  await expect(h1(page)).toHaveText('Vorming');
  await expectAccessible(page, 'course (empty)');
  await shot(page, 'course-start-nl');

  await page.getByRole('button', { name: 'Oefendossier laden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het oefendossier staat klaar.' })).toBeVisible();
  await page.getByRole('link', { name: 'Open het oefendossier' }).click();
  await expect(page).toHaveURL(/\/jongeren\/demo$/);
  await expect(h1(page)).toHaveText('Demo: Sam, 20');
  await expect(page.locator('.demo-banner')).toContainText('Sam is verzonnen');
  // The demo is never handed over or deleted like a person.
  await expect(page.getByText('Bestand voor de eigen gsm')).toHaveCount(0);
  await expectAccessible(page, 'demo profile');
  await shot(page, 'course-demo-profile-nl');

  // Every worksheet is filled in: a look at the plan and two worksheets.
  await page.goto('/jongeren/demo/plan');
  await ready(page);
  await expect(page.locator('.demo-banner')).toBeVisible();
  await expect(page.locator('main')).toContainText('Evaluatie 2');
  await shot(page, 'course-demo-plan-nl');
  await page.goto('/jongeren/demo/werkblad/netwerkwandeling');
  await ready(page);
  await expect(page.locator('main')).toContainText('Lien (zus)');
  await shot(page, 'course-demo-network-nl');
  await page.goto('/jongeren/demo/werkblad/driemandenmethodiek');
  await ready(page);
  await expect(page.locator('main')).toContainText('Geen drugs in huis bij mama');

  // Change it: the new name is saved under the demo's own key.
  await page.goto('/jongeren/demo');
  await ready(page);
  await page.getByLabel('Voornaam of bijnaam').fill('Demo: Sam geoefend');
  await expect(h1(page)).toHaveText('Demo: Sam geoefend');
  await expect.poll(async () => (await ourStorage(page))['bot.demo.demo'] ?? '').toContain('Demo: Sam geoefend');

  // Not in the list of young people, not on the trajectory overview, not in a backup.
  await page.goto('/jongeren');
  await ready(page);
  await expect(page.locator('main')).toContainText('Noor');
  await expect(page.locator('main')).not.toContainText('Demo');
  await page.goto('/traject');
  await ready(page);
  await expect(page.locator('main')).not.toContainText('Demo');
  await page.goto('/meer/back-up');
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (await plainBackupButton(page)).click(),
  ]);
  const file = info.outputPath('backup.json');
  await download.saveAs(file);
  const backup = fs.readFileSync(file, 'utf8');
  expect(backup).toContain('Noor');
  expect(backup).not.toContain('Demo: Sam');

  // Reset, after a question.
  await page.goto('/cursus');
  await ready(page);
  await page.getByRole('button', { name: 'Terugzetten naar het begin' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Oefendossier terugzetten?');
  await expectAccessible(page, 'reset question');
  await dialog.getByRole('button', { name: 'Terugzetten naar het begin' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het oefendossier staat terug zoals het begon.' })).toBeVisible();
  await page.getByRole('link', { name: 'Open het oefendossier' }).click();
  await expect(h1(page)).toHaveText('Demo: Sam, 20');

  // The real profile is byte for byte what it was, and nothing of the demo is a case key.
  expect(await realCases(page)).toEqual(real);
  const keys = Object.keys(await ourStorage(page));
  expect(keys.filter((k) => k.includes('demo'))).toEqual(['bot.demo.demo']);
});

test.describe('on a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false });

  test('build an outline and present it with the keyboard; trainer notes only in course mode', async ({ page }) => {
    // The card page itself never shows the trainer notes.
    await page.goto('/methodieken/levenslijn');
    await ready(page);
    await expect(page.locator('main')).not.toContainText('Notities voor de trainer');

    await page.goto('/cursus');
    await ready(page);
    await page.getByRole('button', { name: 'Voorbeeld: netwerk en levensverhaal' }).click();
    const steps = page.locator('.outline-step');
    await expect(steps).toHaveCount(6);
    // Add the Patterson worksheet, move it up one, remove the first step.
    await page.getByLabel('Kaart of werkblad').selectOption('werkblad:patterson');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(steps).toHaveCount(7);
    await page.getByRole('button', { name: 'Werkblad: Het model van Patterson naar boven' }).click();
    await expect(steps.nth(5)).toContainText('Werkblad: Het model van Patterson');
    await expect(page.getByRole('button', { name: 'Werkblad: Het model van Patterson naar boven' })).toBeFocused();
    await steps.first().getByRole('button', { name: /weghalen$/ }).click();
    await expect(steps).toHaveCount(6);
    await expect(page).toHaveURL(/\/cursus\?s=netwerkwandeling,werkblad:netwerkwandeling,levenslijn,werkblad:levenslijn,werkblad:patterson,werkblad:plan$/);
    // Trainer notes in the builder, folded open on demand.
    await steps.first().locator('summary').click();
    await expect(steps.first().locator('.notes-body')).toContainText('Oefening');
    await expectAccessible(page, 'course outline');
    await shot(page, 'course-outline-1920');

    await page.getByRole('link', { name: 'Presenteren' }).click();
    await expect(page).toHaveURL(/\/cursus\/presentatie\?s=.*&stap=1$/);
    await expect(page.locator('.pres-step')).toHaveText('1 / 6');
    await expect(page.locator('.pres-count')).toContainText('Stap 1 van 6');
    await expect(h1(page)).toHaveText('Netwerkwandeling');
    await expect(page.locator('.bottom-nav')).toBeHidden();
    await expect(page.locator('.pres-notes')).toHaveCount(0);
    await expectAccessible(page, 'course presentation');
    await shot(page, 'course-present-card-1920', { fullPage: false });

    await page.keyboard.press('n');
    await expect(page.locator('.pres-notes')).toContainText('Valkuilen');
    await shot(page, 'course-present-notes-1920', { fullPage: false });
    await page.keyboard.press('n');
    await expect(page.locator('.pres-notes')).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/&stap=2$/);
    await expect(h1(page)).toHaveText('Werkblad: Netwerkwandeling');
    await expect(page.getByRole('button', { name: 'Oefen op het oefendossier' })).toBeVisible();
    await expectAccessible(page, 'course presentation, worksheet step');
    await shot(page, 'course-present-worksheet-1920', { fullPage: false });

    // The QR code of this slide's link decodes back to it.
    await page.keyboard.press('q');
    const qr = page.locator('#pres-qr-code');
    await expect(qr).toBeVisible();
    const link = (await page.locator('.qr-link').innerText()).trim();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cursus\/presentatie\?s=.*&stap=2&lang=nl$/);
    await expect(qr).toHaveAttribute('aria-label', `QR-code met de link ${link}`);
    expect(await decodeQr(page, '#pres-qr-code svg')).toBe(link);
    await expectAccessible(page, 'course presentation with QR');
    await shot(page, 'course-present-qr-1920', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(qr).toHaveCount(0);

    await page.keyboard.press('End');
    await expect(page.locator('.pres-step')).toHaveText('6 / 6');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.pres-step')).toHaveText('6 / 6');
    await page.keyboard.press('Home');
    await expect(page.locator('.pres-step')).toHaveText('1 / 6');
    await page.keyboard.press('PageDown');
    await expect(page.locator('.pres-step')).toHaveText('2 / 6');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/cursus\?s=netwerkwandeling,/);
    await expect(steps).toHaveCount(6);
  });
});

test('the session link and its QR code on the course page', async ({ page }) => {
  await page.goto('/cursus?s=levenslijn,werkblad:levenslijn,bestaat-niet');
  await ready(page);
  // The unknown part of the link is left out.
  await expect(page.locator('.outline-step')).toHaveCount(2);
  await page.getByRole('button', { name: 'QR-code tonen' }).click();
  const link = (await page.locator('.share-link a').innerText()).trim();
  expect(link).toMatch(/\/cursus\/presentatie\?s=levenslijn,werkblad:levenslijn&stap=1&lang=nl$/);
  expect(await decodeQr(page, '#course-qr svg')).toBe(link);
  await expectAccessible(page, 'course share');
  await shot(page, 'course-share-phone');

  // One card's link as a QR code, from the card itself.
  await page.goto('/methodieken/levenslijn');
  await ready(page);
  await page.getByRole('button', { name: 'QR-code tonen' }).click();
  const cardLink = (await page.locator('.card-qr .share-link').innerText()).trim();
  expect(cardLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/methodieken\/levenslijn\?lang=nl$/);
  expect(await decodeQr(page, '#card-qr svg')).toBe(cardLink);
  await expectAccessible(page, 'card with QR');
  await shot(page, 'course-card-qr-phone');
});

test('a participant opens the shared link on a phone, swipes and practises on their own demo', async ({ page }) => {
  await page.goto('/cursus/presentatie?s=levenslijn,werkblad:levenslijn,driemandenmethodiek&stap=1&lang=nl');
  await ready(page);
  await expect(h1(page)).toHaveText('Levenslijn beleven');
  await expect(page.locator('.pres-step')).toHaveText('1 / 3');
  await expectAccessible(page, 'shared outline on a phone');
  await shot(page, 'course-participant-phone', { fullPage: false });

  await swipe(page, 320, 40);
  await expect(page.locator('.pres-step')).toHaveText('2 / 3');
  await swipe(page, 320, 40);
  await expect(page.locator('.pres-step')).toHaveText('3 / 3');
  await swipe(page, 40, 320);
  await expect(page.locator('.pres-step')).toHaveText('2 / 3');
  await shot(page, 'course-participant-worksheet-phone', { fullPage: false });

  // No demo on this phone yet: practising makes one, apart from everything else.
  expect(await ourStorage(page)).not.toHaveProperty('bot.demo.demo');
  await page.getByRole('button', { name: 'Oefen op het oefendossier' }).click();
  await expect(page).toHaveURL(/\/jongeren\/demo\/werkblad\/levenslijn$/);
  await expect(page.locator('.demo-banner')).toBeVisible();
  await expect(page.locator('main')).toContainText('Geboren');
  await expect(page.locator('.bottom-nav')).toBeVisible();
  await expectAccessible(page, 'demo lifeline on a phone');
  await shot(page, 'course-participant-lifeline-phone');
  const stored = await ourStorage(page);
  expect(Object.keys(stored).filter((k) => k.startsWith('bot.case.'))).toEqual([]);
  expect(stored['bot.demo.demo']).toContain('Demo: Sam, 20');

  // Back to the session with the browser's back button, at the same step.
  await page.goBack();
  await expect(page.locator('.pres-step')).toHaveText('2 / 3');
});
