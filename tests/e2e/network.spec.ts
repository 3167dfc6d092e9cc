import { test, expect, ready, expectAccessible, shot, addProfile } from './fixtures';
import type { Page } from '@playwright/test';

// The network walk worksheet: people on the map, versions over time, the walk and the breaks.

async function openSheet(page: Page, name: string) {
  const url = await addProfile(page, name);
  await page.goto(url + '/werkblad/netwerkwandeling');
  await ready(page);
  return url + '/werkblad/netwerkwandeling';
}

async function addPerson(page: Page, p: { name: string; group: string; now: string; before: string; status: string; helps?: string[] }) {
  await page.getByRole('button', { name: 'Persoon toevoegen', exact: true }).click();
  const editor = page.locator('.item-editor');
  await expect(editor.getByLabel('Naam of bijnaam')).toBeFocused();
  await editor.getByLabel('Naam of bijnaam').fill(p.name);
  await editor.getByRole('group', { name: 'Wie is het voor jou?' }).getByLabel(p.group, { exact: true }).check();
  await editor.getByRole('group', { name: 'Hoe dichtbij is die persoon nu?' }).getByLabel(p.now, { exact: true }).check();
  await editor.getByRole('group', { name: 'Hoe dichtbij was die persoon vroeger?' }).getByLabel(p.before, { exact: true }).check();
  await editor.getByRole('group', { name: 'Hoe is het contact?' }).getByLabel(p.status, { exact: true }).check();
  for (const h of p.helps ?? []) await editor.getByLabel(h, { exact: true }).check();
  await editor.getByRole('button', { name: 'Klaar met deze persoon' }).click();
}

const stopTitles = (page: Page) => page.locator('.walk-list h3');

test('map a network, take snapshots, plan the walk, reload and see it all back', async ({ page }) => {
  // A whole session on one phone: longer than the default timeout on a busy machine.
  test.setTimeout(180_000);
  const sheet = await openSheet(page, 'Sam');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerkwandeling – Sam');
  await expect(page.getByText('Wat je hier invult, zien alleen jij en je begeleider op dit toestel.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meer over de methode Netwerkwandeling' })).toHaveAttribute('href', '/methodieken/netwerkwandeling');

  await addPerson(page, { name: 'Oma Mia', group: 'Familie', now: 'Veraf', before: 'Dichtbij', status: 'Verbroken', helps: ['Wonen'] });
  await addPerson(page, { name: 'Jonas', group: 'Vrienden', now: 'Middenin', before: 'Middenin', status: 'Actief' });
  await addPerson(page, { name: 'Coach Ali', group: 'Hulpverleners', now: 'Dichtbij', before: 'Niet in beeld', status: 'Actief', helps: ['Inkomen', 'Administratie'] });

  // First snapshot, then things change.
  await page.getByLabel('Naam van de momentopname').fill('Start');
  await page.getByRole('button', { name: 'Momentopname nemen (bij deze meting)' }).click();
  await expect(page.getByRole('status').filter({ hasText: "Momentopname 'Start' is bewaard." })).toBeVisible();
  await page.getByRole('button', { name: 'Oma Mia aanpassen' }).click();
  const editor = page.locator('.item-editor');
  await editor.getByRole('group', { name: 'Hoe dichtbij is die persoon nu?' }).getByLabel('Middenin', { exact: true }).check();
  await editor.getByRole('group', { name: 'Hoe is het contact?' }).getByLabel('Wil ik herstellen', { exact: true }).check();
  await editor.getByRole('button', { name: 'Klaar met deze persoon' }).click();
  await page.getByLabel('Naam van de momentopname').fill('Evaluatie 1');
  await page.getByRole('button', { name: 'Momentopname nemen (bij deze meting)' }).click();

  // The walk: two people and a place, then reorder with the buttons.
  await page.getByLabel('Iemand van je kaart').selectOption({ label: 'Oma Mia' });
  await page.getByRole('button', { name: 'Persoon op de wandeling zetten' }).click();
  await page.getByLabel('Of een plaats').fill('De oude school');
  await page.getByRole('button', { name: 'Plaats op de wandeling zetten' }).click();
  await page.getByLabel('Iemand van je kaart').selectOption({ label: 'Jonas' });
  await page.getByRole('button', { name: 'Persoon op de wandeling zetten' }).click();
  await expect(stopTitles(page)).toHaveText(['Stop 1: Oma Mia', 'Stop 2: De oude school', 'Stop 3: Jonas']);
  await page.getByRole('button', { name: 'Jonas een plaats hoger zetten' }).click();
  await expect(stopTitles(page)).toHaveText(['Stop 1: Oma Mia', 'Stop 2: Jonas', 'Stop 3: De oude school']);
  // The focus stays on the moved stop, so the keyboard can move it again.
  await expect(page.getByRole('button', { name: 'Jonas een plaats hoger zetten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stopTitles(page)).toHaveText(['Stop 1: Jonas', 'Stop 2: Oma Mia', 'Stop 3: De oude school']);
  await expect(page.getByRole('button', { name: 'Jonas een plaats hoger zetten' })).toHaveAttribute('aria-disabled', 'true');
  const oma = page.locator('.walk-stop').nth(1);
  await oma.getByLabel('Bezocht').check();
  await oma.getByLabel('Datum').fill('2026-04-02');
  await oma.getByLabel('Hoe was het?').fill('Koffie gedronken, ze was blij.');

  await page.reload();
  await ready(page);
  // People, with their summary.
  const people = page.getByRole('list', { name: 'Mensen op je netwerkkaart' }).getByRole('listitem');
  await expect(people).toHaveCount(3);
  await expect(people.nth(0)).toContainText('Oma Mia');
  await expect(people.nth(0)).toContainText('Nu: middenin · vroeger: dichtbij · wil ik herstellen');
  await expect(people.nth(0)).toContainText('Kan helpen bij: Wonen');
  await expect(people.nth(2)).toContainText('Kan helpen bij: Inkomen, Administratie');
  // The map now: three dots, the centre, rings and sectors.
  const svg = page.locator('svg.network-svg');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg.locator('.nm-person')).toHaveCount(3);
  await expect(svg.locator('.nm-ring')).toHaveCount(3);
  await expect(svg.locator('.nm-sector')).toHaveCount(6);
  await expect(svg.locator('.nm-node.nm-s2')).toHaveCount(1);
  await expect(svg.locator('.nm-initials')).toHaveText(['OM', 'J', 'CA']);
  // The dots take their size from their group (CSS): drawn with a real radius, initials as big.
  const radius = await svg.locator('.nm-node').first().evaluate((c) => parseFloat(getComputedStyle(c).getPropertyValue('r')));
  expect(radius).toBeGreaterThan(20);
  await expect(svg.locator('.nm-initials').first()).toHaveCSS('font-size', `${radius}px`);
  // Before: Coach Ali was not in the picture.
  await page.getByRole('button', { name: 'Vroeger' }).click();
  await expect(svg.locator('.nm-person')).toHaveCount(2);
  await expect(page.getByText('1 persoon is niet in beeld en staat niet op de kaart.')).toBeVisible();
  await page.getByRole('button', { name: 'Nu', exact: true }).click();
  // Tapping a dot says who it is.
  await svg.locator('.nm-person circle').first().click();
  await expect(page.locator('.map-selected')).toHaveText('Oma Mia: Familie, middenin, contact wil ik herstellen');

  // Versions: "now" against Evaluatie 1, then Evaluatie 1 against Start.
  const slider = page.getByLabel('Welke versie wil je zien?');
  await expect(slider).toHaveAttribute('max', '2');
  await expect(slider).toHaveValue('2');
  await expect(page.locator('.map-changes')).toContainText('Wat veranderde sinds Evaluatie 1');
  await expect(page.locator('.map-changes')).toContainText('Niets veranderd.');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.slider-value')).toContainText('Evaluatie 1');
  await expect(page.locator('.map-changes')).toContainText('Wat veranderde sinds Start');
  await expect(page.locator('.map-changes li')).toHaveText([
    'Oma Mia: van veraf naar middenin.',
    'Oma Mia: contact van verbroken naar wil ik herstellen.',
  ]);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.slider-value')).toContainText('Start');
  await expect(page.locator('.map-changes')).toContainText('Dit is de eerste versie van je kaart.');
  await expect(svg.locator('.nm-node.nm-s1')).toHaveCount(1);
  await expectAccessible(page, 'network-version');
  await shot(page, 'network-version-start-nl');
  await page.keyboard.press('End');

  // The walk came back in its order, with the visit.
  await expect(stopTitles(page)).toHaveText(['Stop 1: Jonas', 'Stop 2: Oma Mia', 'Stop 3: De oude school']);
  await expect(page.locator('.walk-stop').nth(1).getByLabel('Bezocht')).toBeChecked();
  await expect(page.locator('.walk-stop').nth(1).getByLabel('Datum')).toHaveValue('2026-04-02');
  await expect(page.locator('.walk-stop').nth(1).getByLabel('Hoe was het?')).toHaveValue('Koffie gedronken, ze was blij.');
  // The break to repair.
  await expect(page.getByRole('list', { name: 'Contacten om te herstellen' })).toContainText('Oma Mia');

  await expectAccessible(page, 'network');
  await shot(page, 'network-nl');

  // The table alternative.
  await page.getByRole('button', { name: 'Tabel' }).click();
  const table = page.getByRole('table', { name: 'Iedereen op de kaart, met hoe dichtbij nu en vroeger' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').filter({ hasText: 'Coach Ali' })).toContainText('Niet in beeld');
  await expectAccessible(page, 'network-table');

  await page.goto(sheet + '?lang=en');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network walk – Sam');
  await expect(page.locator('.map-changes')).toContainText('What changed since Evaluatie 1');
  await expectAccessible(page, 'network-en');
  await shot(page, 'network-en');
});

test('taking someone off the map keeps their walk stop and can be undone', async ({ page }) => {
  await openSheet(page, 'Noor');
  await addPerson(page, { name: 'Buurvrouw Lea', group: 'Buren', now: 'Dichtbij', before: 'Dichtbij', status: 'Actief' });
  await page.getByLabel('Iemand van je kaart').selectOption({ label: 'Buurvrouw Lea' });
  await page.getByRole('button', { name: 'Persoon op de wandeling zetten' }).click();
  await page.getByRole('button', { name: 'Buurvrouw Lea aanpassen' }).click();
  await page.getByRole('button', { name: 'Van de kaart halen' }).click();
  await expect(page.getByText('Buurvrouw Lea is van je kaart gehaald.')).toBeVisible();
  await expect(page.locator('svg.network-svg .nm-person')).toHaveCount(0);
  await expect(stopTitles(page)).toHaveText(['Stop 1: Buurvrouw Lea']);
  await expectAccessible(page, 'network-undo');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('svg.network-svg .nm-person')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Mensen op je netwerkkaart' })).toContainText('Buurvrouw Lea');
  await expect(page.locator('svg.network-svg .nm-person')).toHaveCount(1);
});
