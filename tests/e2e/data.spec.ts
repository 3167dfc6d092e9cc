import { test, expect, ready, expectAccessible, shot, addProfile, ourStorage, plainBackupButton } from './fixtures';
import * as fs from 'fs';

// Data safety: backup and restore, refusing bad files, wipe all, handover, privacy page,
// offline use after the first visit, two tabs, and the update message.

/** The parsed case files in storage, without the envelope's revision counters. */
async function caseData(page) {
  const all = await ourStorage(page);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('bot.case.')).map(([k, v]) => [k, JSON.parse(v).data]));
}

test('export everything, wipe, import: the same data comes back', async ({ page }, info) => {
  await addProfile(page, 'Sam', '2026-02-02');
  await addProfile(page, 'Noor', '2026-05-11');
  const before = await caseData(page);
  expect(Object.keys(before)).toHaveLength(2);

  await page.goto('/meer/back-up');
  await ready(page);
  await expectAccessible(page, 'backup');
  await shot(page, 'data-backup-nl');
  // Sealed by default: a code is shown once; the file holds no name.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back-up van iedereen' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^back-on-track-alle-\d{4}-\d{2}-\d{2}-[0-9a-z]{4}\.bot$/);
  const file = info.outputPath('backup.bot');
  await download.saveAs(file);
  const code = await page.locator('.share-code .code').getAttribute('data-code');
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
  await expect(page.getByText('Schrijf deze code op')).toBeVisible();
  await expectAccessible(page, 'backup-sealed');
  await shot(page, 'data-backup-sealed-nl');
  const bytes = fs.readFileSync(file);
  for (const text of ['Sam', 'Noor', '2026']) expect(bytes.includes(Buffer.from(text))).toBe(false);
  // A plain file is still there, after an explicit choice with its warning.
  const [plain] = await Promise.all([page.waitForEvent('download'), (await plainBackupButton(page)).click()]);
  await expect(page.getByText('Het bestand is niet versleuteld')).toBeVisible();
  const json = JSON.parse(fs.readFileSync((await plain.path())!, 'utf8'));
  expect(json.format).toBe('back-on-track-backup');
  expect(json.schema).toBe(1);
  expect(json.cases).toHaveLength(2);

  // Wipe needs the typed word.
  const wipe = page.getByRole('button', { name: 'Alles wissen van dit toestel' });
  await expect(wipe).toBeDisabled();
  await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
  await wipe.click();
  await expect(page.getByText('Alles is gewist van dit toestel.')).toBeVisible();
  expect(await ourStorage(page)).toEqual({});

  await page.getByLabel('Kies een bestand').setInputFiles(file);
  // The sealed backup asks for its code; a wrong one says so and changes nothing.
  await page.getByLabel('Code').fill('2222-3333-4444');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toContainText('Die code past niet');
  expect(await ourStorage(page)).toEqual({});
  await page.getByLabel('Code').fill(code!.toLowerCase());
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText(/Dit bestand bevat 2 jongeren: (Sam, Noor|Noor, Sam)\./)).toBeVisible();
  await shot(page, 'data-import-preview-nl');
  await page.getByRole('button', { name: 'Toevoegen aan wie hier al staat' }).click();
  await expect(page.getByText('Klaar: 2 jongeren teruggezet.')).toBeVisible();
  expect(await caseData(page)).toEqual(before);
  await page.goto('/jongeren');
  await expect(page.getByRole('link', { name: /Sam/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
});

test('bad files are refused with a plain reason and nothing changes', async ({ page }, info) => {
  await addProfile(page, 'Blijft');
  await page.goto('/meer/back-up');
  await ready(page);
  const before = await ourStorage(page);
  const cases: [string, string, RegExp][] = [
    ['notjson.json', 'dit is geen json', /lijkt geen back-up van deze app/],
    ['other.json', '{"hello":"world"}', /geen back-up van de Back On Track toolkit/],
    ['newer.json', '{"format":"back-on-track-backup","schema":42,"cases":[{}]}', /nieuwere versie/],
    ['missing.json', '{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"name":"x"}}]}', /Bij jongere 1 in het bestand ontbreekt ‘nummer’\./],
    ['wrongtype.json', '{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"a","name":7}}]}', /Bij jongere 1 in het bestand klopt ‘Profiel › naam’ niet\./],
    ['empty.json', '', /leeg/],
  ];
  for (const [name, body, message] of cases) {
    const file = info.outputPath(name);
    fs.writeFileSync(file, body);
    await page.getByLabel('Kies een bestand').setInputFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Er is niets veranderd');
    expect(await ourStorage(page)).toEqual(before);
  }
  await shot(page, 'data-import-refused-nl');
  // Too large: refused before reading.
  const big = info.outputPath('big.json');
  fs.writeFileSync(big, '{"format":"back-on-track-backup","pad":"' + 'x'.repeat(10 * 1024 * 1024 + 10) + '"}');
  await page.getByLabel('Kies een bestand').setInputFiles(big);
  await expect(page.getByRole('alert').filter({ hasText: 'te groot' })).toBeVisible();
  expect(await ourStorage(page)).toEqual(before);
});

test('replace asks for confirmation first', async ({ page }, info) => {
  await addProfile(page, 'Oud');
  const file = info.outputPath('one.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'back-on-track-backup', schema: 1, app: 'test', exported: '2026-11-01', cases: [{ profile: { id: 'p-nieuw', name: 'Nieuw' } }] }));
  await page.goto('/meer/back-up');
  await page.getByLabel('Kies een bestand').setInputFiles(file);
  await page.getByRole('button', { name: 'Alles hier vervangen' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('De jongere die nu op dit toestel staat');
  await expectAccessible(page, 'replace-confirm');
  await page.getByRole('button', { name: 'Ja, vervang alles' }).click();
  await page.goto('/jongeren');
  await expect(page.getByRole('link', { name: /Nieuw/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Oud/ })).toHaveCount(0);
});

test('handover: a sealed file for the young person, paper, and then removal', async ({ page }) => {
  await addProfile(page, 'Yara');
  // The file goes sealed, made on its own screen (exchange.spec.ts).
  await expect(page.getByRole('link', { name: 'Bestand voor de eigen gsm' })).toHaveAttribute('href', /\/meegeven$/);
  await expect(page.getByRole('link', { name: 'Plan op papier' })).toHaveAttribute('href', /\/plan\/afdruk$/);
});

for (const lang of ['nl', 'en']) {
  test(`privacy page (${lang}) says where the data lives`, async ({ page }) => {
    await page.goto(`/meer/privacy?lang=${lang}`);
    await ready(page);
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(lang === 'nl' ? 'Waar staan je gegevens?' : 'Where is your data?');
    await expectAccessible(page, `privacy-${lang}`);
    await shot(page, `data-privacy-${lang}`);
    await page.goto(`/meer/back-up?lang=${lang}`);
    await ready(page);
    await shot(page, `data-backup-${lang}`);
  });
}

test('after the first visit the app works with no connection', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Wait until the service worker controls the page (clients.claim) so every asset is cached.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  // Each of these opens a different part of the split wasm (tools/build_wasm.py); the service
  // worker stored them all on the first visit.
  for (const path of ['/methodieken', '/methodieken/levenslijn', '/jongeren', '/traject', '/meer', '/meer/privacy', '/cursus']) {
    await page.goto(path);
    await ready(page);
  }
  const url = await addProfile(page, 'Offline');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Offline' })).toBeVisible();
  for (const sub of ['/plan', '/werkblad/levenslijn', '/traject']) {
    await page.goto(url + sub);
    await ready(page);
    await expect(page.getByRole('alert').filter({ hasText: /kon niet laden/ })).toHaveCount(0);
  }
  await context.setOffline(false);
});

test('two tabs: a change in one shows in the other, and a stale tab does not overwrite it', async ({ page, context }) => {
  const url = await addProfile(page, 'Tab');
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1, name: 'Tab' })).toBeVisible();
  await page.getByLabel('Voornaam of bijnaam').fill('Tab een');
  await expect(other.getByRole('heading', { level: 1, name: 'Tab een' })).toBeVisible();
  await other.getByLabel('Voornaam of bijnaam').fill('Tab twee');
  await expect(page.getByRole('heading', { level: 1, name: 'Tab twee' })).toBeVisible();
  await other.close();
});
