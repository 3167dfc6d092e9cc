import { test, expect, ready, expectAccessible, shot, addProfile } from './fixtures';
import type { Page } from '@playwright/test';

// The lifeline worksheet: tell the story as moments, see it drawn and listed, plan visits.

async function openSheet(page: Page, name: string) {
  const url = await addProfile(page, name);
  await page.goto(url + '/werkblad/levenslijn');
  await ready(page);
  return url + '/werkblad/levenslijn';
}

/** Adds a moment through the form; the new moment's editor is open and focused on "what". */
async function addMoment(page: Page, m: { kind: string; when?: string; what: string; where?: string; who?: string; feeling?: string }) {
  await page.getByRole('button', { name: 'Moment toevoegen' }).click();
  const editor = page.locator('.item-editor');
  await expect(editor.getByLabel('Wat gebeurde er?')).toBeFocused();
  await editor.getByLabel('Wat gebeurde er?').fill(m.what);
  await editor.getByRole('group', { name: 'Wanneer was het?' }).getByLabel(m.kind).check();
  if (m.kind === 'Een datum') await editor.getByLabel('Datum', { exact: true }).fill(m.when!);
  if (m.kind === 'Een jaar') await editor.getByLabel('Jaar', { exact: true }).fill(m.when!);
  if (m.kind === 'Een leeftijd') await editor.getByLabel('Hoe oud was je?').fill(m.when!);
  if (m.where) await editor.getByLabel('Waar was het?').fill(m.where);
  if (m.who) await editor.getByLabel('Wie was erbij?').fill(m.who);
  if (m.feeling) await editor.getByRole('group', { name: 'Hoe voelde het?' }).getByLabel(m.feeling, { exact: true }).check();
  return editor;
}

test('fill in a lifeline, reload, and see everything back in the drawing, the list and the table', async ({ page }) => {
  // A whole session on one phone: longer than the default timeout on a busy machine.
  test.setTimeout(180_000);
  const sheet = await openSheet(page, 'Sam');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Levenslijn – Sam');
  await expect(page.getByText('Wat je hier invult, zien alleen jij en je begeleider op dit toestel.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meer over de methode Levenslijn beleven' })).toHaveAttribute('href', '/methodieken/levenslijn');
  await expect(page.getByText('Nog geen momenten.')).toBeVisible();

  await page.getByLabel('Je geboortejaar').fill('2005');
  // Added out of order on purpose: the line sorts them by time.
  await addMoment(page, { kind: 'Een datum', when: '2012-09-03', what: 'Eerste dag middelbare school', where: 'Gent', feeling: 'Goed' });
  const second = await addMoment(page, { kind: 'Een leeftijd', when: '7', what: 'Verhuisd naar Antwerpen', who: 'Mama en oma', feeling: 'Moeilijk' });
  await second.getByRole('group', { name: 'Wil je hier samen naartoe?' }).getByLabel('Bezocht').check();
  await second.getByLabel('Wanneer waren jullie er?').fill('2026-03-01');
  await second.getByLabel('Wat bracht het bezoek naar boven?').fill('Het oude huis staat er nog. Trots dat ik ging.');
  const third = await addMoment(page, { kind: 'Een jaar', when: '2005', what: 'Geboren in Gent', feeling: 'Heel goed' });
  await third.getByRole('group', { name: 'Wil je hier samen naartoe?' }).getByLabel('Wil ik bezoeken').check();
  await addMoment(page, { kind: 'Weet ik niet', what: 'Zonder datum' });

  // A year that makes no sense is explained and not stored.
  await page.getByLabel('Je geboortejaar').fill('1850');
  await page.getByLabel('Je geboortejaar').blur();
  await expect(page.getByText('Dat jaartal lijkt niet te kloppen.').first()).toBeVisible();
  await page.getByLabel('Je geboortejaar').fill('2005');
  await page.getByLabel('Je geboortejaar').blur();

  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Je geboortejaar')).toHaveValue('2005');
  const items = page.locator('.moment-list > li');
  await expect(items).toHaveCount(4);
  // Born 2005 (year), age 7 = 2012, then a date in 2012, then the moment without time.
  await expect(items.nth(0)).toContainText('Geboren in Gent');
  await expect(items.nth(0)).toContainText('2005');
  await expect(items.nth(1)).toContainText('Verhuisd naar Antwerpen');
  await expect(items.nth(1)).toContainText('7 jaar (2012)');
  await expect(items.nth(2)).toContainText('03/09/2012');
  await expect(items.nth(3)).toContainText('Tijd niet ingevuld');

  // The drawing: four dots, good moments above the line and hard ones below.
  const svg = page.locator('svg.timeline-svg');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg.locator('.tl-point')).toHaveCount(4);
  await expect(svg.locator('.tl-high')).toHaveCount(2);
  await expect(svg.locator('.tl-low')).toHaveCount(1);
  await expect(svg.locator('.tl-none')).toHaveCount(1);
  await expect(svg.locator('.tl-label').nth(0)).toHaveText('Geboren in…');
  const axis = Number(await svg.locator('.tl-axis').getAttribute('y1'));
  expect(Number(await svg.locator('.tl-high .tl-dot').first().getAttribute('cy'))).toBeLessThan(axis);
  expect(Number(await svg.locator('.tl-low .tl-dot').first().getAttribute('cy'))).toBeGreaterThan(axis);
  await expect(svg.locator('.tl-mark-visited')).toHaveCount(1);
  await expect(svg.locator('.tl-mark-wish')).toHaveCount(1);
  // Fixed height whatever the content.
  await expect(svg).toHaveAttribute('height', '320');

  // The visits, in line order.
  const visits = page.getByRole('list', { name: 'Plaatsen en mensen om te bezoeken' }).getByRole('listitem');
  await expect(visits).toHaveCount(2);
  await expect(visits.nth(0)).toContainText('Wil ik bezoeken');
  await expect(visits.nth(1)).toContainText('Bezocht · 01/03/2026');

  // Opening moment 2 shows everything that was filled in.
  await page.getByRole('button', { name: 'Moment 2 aanpassen' }).first().click();
  const editor = page.locator('.item-editor');
  await expect(editor.getByLabel('Hoe oud was je?')).toHaveValue('7');
  await expect(editor.getByLabel('Wie was erbij?')).toHaveValue('Mama en oma');
  await expect(editor.getByLabel('Moeilijk', { exact: true })).toBeChecked();
  await expect(editor.getByLabel('Wat bracht het bezoek naar boven?')).toHaveValue('Het oude huis staat er nog. Trots dat ik ging.');
  await expect(editor.getByLabel('Wanneer waren jullie er?')).toHaveValue('2026-03-01');
  await expectAccessible(page, 'lifeline-editor-open');
  await shot(page, 'lifeline-editor-nl');
  await editor.getByRole('button', { name: 'Klaar met dit moment' }).click();
  await expect(page.getByRole('button', { name: 'Moment 2 aanpassen' }).first()).toBeFocused();

  // Tapping a dot opens that moment too.
  await svg.locator('.tl-point').nth(2).locator('circle').click();
  await expect(page.locator('.item-editor h3')).toHaveText('Moment 3');
  await page.getByRole('button', { name: 'Klaar met dit moment' }).click();

  await expectAccessible(page, 'lifeline');
  await shot(page, 'lifeline-nl');

  // The table alternative holds the same moments.
  await page.getByRole('button', { name: 'Tabel' }).click();
  const table = page.getByRole('table', { name: 'Alle momenten van je levenslijn, in volgorde' });
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(table.locator('tbody tr').nth(1)).toContainText('Mama en oma');
  await expect(table.locator('tbody tr').nth(1)).toContainText('Bezocht (01/03/2026)');
  await expectAccessible(page, 'lifeline-table');
  await shot(page, 'lifeline-table-nl');

  await page.goto(sheet + '?lang=en');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lifeline – Sam');
  await expect(page.locator('.moment-list > li').nth(1)).toContainText('age 7 (2012)');
  await expectAccessible(page, 'lifeline-en');
  await shot(page, 'lifeline-en');
});

test('without a birth year ages are placed roughly and the sheet says so; delete can be undone', async ({ page }) => {
  await openSheet(page, 'Noor');
  await addMoment(page, { kind: 'Een leeftijd', when: '4', what: 'Naar de kleuterschool', feeling: 'Goed' });
  await expect(page.getByText('Momenten met een leeftijd staan nu bij benadering op de lijn')).toBeVisible();
  await expect(page.locator('.moment-list > li').first()).toContainText('4 jaar (±');
  // A nonsense age is explained, the stored age stays.
  const age = page.locator('.item-editor').getByLabel('Hoe oud was je?');
  await age.fill('150');
  await age.blur();
  await expect(page.getByText('Die leeftijd lijkt niet te kloppen.')).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.locator('.moment-list > li').first()).toContainText('4 jaar');

  await page.getByRole('button', { name: 'Moment 1 aanpassen' }).click();
  await page.getByRole('button', { name: 'Moment verwijderen' }).click();
  await expect(page.locator('.moment-list > li')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Het moment is verwijderd.' })).toBeVisible();
  await expectAccessible(page, 'lifeline-undo');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('.moment-list > li')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.moment-list > li')).toContainText('Naar de kleuterschool');
});

test('a long lifeline scrolls sideways inside a frame of fixed height', async ({ page }) => {
  await openSheet(page, 'Lange lijn');
  for (let i = 0; i < 6; i++) {
    await page.getByRole('button', { name: 'Moment toevoegen' }).click();
    await page.locator('.item-editor').getByLabel('Wat gebeurde er?').fill(`Moment ${i + 1}`);
  }
  const frame = page.locator('.timeline-scroll');
  const sizes = await frame.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth, height: el.clientHeight }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.height).toBeLessThan(340);
  // The page itself does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await frame.scrollIntoViewIfNeeded();
  await frame.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await shot(page, 'lifeline-long-nl', { fullPage: false });
});

test('print shows the sheet without buttons', async ({ page }) => {
  await openSheet(page, 'Print');
  await addMoment(page, { kind: 'Een jaar', when: '2010', what: 'Een mooi jaar', feeling: 'Heel goed' });
  await page.getByRole('button', { name: 'Klaar met dit moment' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Moment toevoegen' })).toBeHidden();
  await expect(page.locator('svg.timeline-svg')).toBeVisible();
  await expect(page.locator('.moment-list')).toContainText('Een mooi jaar');
  await shot(page, 'lifeline-print-nl');
});
