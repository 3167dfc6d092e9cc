import { test, expect, ready, settled, shot, expectAccessible, addProfile, ourStorage, flushSaves } from './fixtures';
import type { Page } from '@playwright/test';

// Bad input (issue 24): an imported file obeys the forms' length limits, long words wrap on
// a 360 px phone, a broken file is explained in the user's language, and one tap adds one item.

/** The young people's files in storage (envelope data only), by key. */
async function caseData(page: Page): Promise<Record<string, any>> {
  const all = await ourStorage(page);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('bot.case.')).map(([k, v]) => [k, JSON.parse(v).data]));
}

function backupFile(cases: unknown[], name = 'backup.json') {
  const text = JSON.stringify({ format: 'back-on-track-backup', schema: 1, app: '0.1.0', exported: '2026-11-23', cases });
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(/Kies een bestand|Choose a file/).setInputFiles(file);
}

/**
 * The page is no wider than the phone's screen: nothing sticks out sideways. Compared with the
 * viewport Playwright set (360 px), not with `innerWidth`: a mobile browser widens its layout
 * viewport (and so `innerWidth`) to whatever sticks out.
 */
async function expectNoSidewaysScroll(page: Page, screen: string) {
  await settled(page);
  const screenWidth = page.viewportSize()!.width;
  const { scroll, sticking } = await page.evaluate((screenWidth) => ({
    scroll: document.documentElement.scrollWidth,
    // What sticks out, to say where in a failure.
    sticking: [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > screenWidth + 0.5)
      .slice(0, 4)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
  }), screenWidth);
  expect.soft(scroll, `${screen}: page width (${scroll}) against the screen (${screenWidth}); sticking out: ${sticking.join(', ')}`)
    .toBeLessThanOrEqual(screenWidth);
}

// Graphemes as a reader sees them (Intl.Segmenter counts the way the app does).
function graphemes(s: string): number {
  return [...new Intl.Segmenter('nl', { granularity: 'grapheme' }).segment(s)].length;
}

test('an imported 1 MB name is cut to 40 characters, said so, and the list fits the screen', async ({ page }) => {
  await page.goto('/meer/back-up');
  await ready(page);
  const family = '\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}';
  const huge = 'A'.repeat(1024 * 1024);
  const emoji = family.repeat(60);
  await chooseFile(page, backupFile([
    { profile: { id: 'groot', name: huge } },
    { profile: { id: 'emoji', name: `  ${emoji}  ` }, plan: { closing: { aftercare: 'x'.repeat(5000) } } },
  ]));
  await expect(page.getByText('2 namen waren te lang en werden ingekort tot 40 tekens.')).toBeVisible();
  await expect(page.getByText('1 andere tekst was langer dan de app toelaat en werd ingekort.')).toBeVisible();
  await expectNoSidewaysScroll(page, 'import preview');
  await shot(page, 'bad-input-import-long-name-nl');
  await page.getByRole('button', { name: 'Toevoegen aan wie hier al staat' }).click();
  await expect(page.getByText('Klaar: 2 jongeren teruggezet.')).toBeVisible();

  const stored = await caseData(page);
  expect(stored['bot.case.groot'].profile.name).toBe('A'.repeat(40));
  // A family emoji is one character and is never cut in half.
  expect(stored['bot.case.emoji'].profile.name).toBe(family.repeat(40));
  expect(graphemes(stored['bot.case.emoji'].profile.name)).toBe(40);
  expect(stored['bot.case.emoji'].plan.closing.aftercare).toHaveLength(3000);

  await page.goto('/jongeren');
  await ready(page);
  await expect(page.getByRole('link', { name: new RegExp('A'.repeat(40)) })).toBeVisible();
  await expectNoSidewaysScroll(page, 'list of young people');
  await shot(page, 'bad-input-list-long-names-nl');
});

/** Loads the course's demo file (every worksheet filled in) and returns its data. */
async function demoData(page: Page): Promise<any> {
  await page.goto('/cursus');
  await ready(page);
  await page.getByRole('button', { name: 'Oefendossier laden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het oefendossier staat klaar.' })).toBeVisible();
  await flushSaves(page);
  return page.evaluate(() => JSON.parse(localStorage.getItem('bot.demo.demo')!).data);
}

/** `n` letters without a space ("LangwoordLangwoord…"). */
function word(n: number): string {
  return 'Langwoord'.repeat(Math.ceil(n / 9)).slice(0, n);
}

/** Every name and free text of `d` made one long word, as long as its field allows (at most 300). */
function withLongWords(d: any): any {
  const name = word(40), line = word(60), text = word(300);
  d.profile.id = 'lang';
  d.profile.name = name;
  const p = d.plan;
  p.own_themes?.forEach((t: any) => { t.name = line; });
  p.readings?.forEach((r: any) => Object.values(r.entries ?? {}).forEach((e: any) => { e.words = text; e.coach_note = text; }));
  p.actions?.forEach((a: any) => { a.what = text; a.note = text; a.who = { ...(a.who ?? {}), name: word(80) }; });
  p.contacts?.forEach((c: any) => { c.name = word(80); c.why = word(80); c.phone = word(80); });
  if (p.closing) {
    p.closing.aftercare = text;
    for (const k of Object.keys(p.closing)) if (typeof p.closing[k] === 'object') p.closing[k].note = text;
  }
  d.lifeline?.moments?.forEach((m: any) => { m.what = text; m.where = text; m.who = text; if (m.visit) m.visit.brought_up = text; });
  const n = d.network ?? {};
  n.people?.forEach((x: any) => { x.name = line; x.note = text; });
  n.snapshots?.forEach((s: any) => { s.label = line; s.entries?.forEach((e: any) => { e.name = line; }); });
  n.walk?.forEach((s: any) => { if (s.target?.place !== undefined) s.target.place = line; s.note = text; });
  const b = d.baskets ?? {};
  for (const v of [b, ...(b.versions ?? [])]) {
    v.concerns?.forEach((c: any) => { c.text = text; c.raised_by = line; });
    if (v.agreed_by) v.agreed_by = v.agreed_by.map(() => line);
  }
  d.goods?.entries?.forEach((e: any) => { e.now = text; e.obstacles = text; e.strengths = text; e.better_way = text; });
  if (d.goods) d.goods.plan = text;
  d.change?.themes?.forEach((t: any) => { t.title = word(80); t.placements?.forEach((x: any) => { x.note = text; }); });
  d.patterson?.figures?.forEach((f: any) => {
    f.name = line; f.relation = line;
    f.notes?.forEach((x: any) => { x.goes_well = text; x.example = text; x.try_next = text; });
  });
  return d;
}

test('long words wrap: no screen with a 40-letter name or 300-letter texts is wider than a 360 px phone', async ({ page }) => {
  test.setTimeout(180_000);
  const data = withLongWords(await demoData(page));
  await page.goto('/meer/back-up');
  await ready(page);
  await chooseFile(page, backupFile([data]));
  await page.getByRole('button', { name: 'Toevoegen aan wie hier al staat' }).click();
  await expect(page.getByText('Klaar: 1 jongere teruggezet.')).toBeVisible();
  await expectNoSidewaysScroll(page, 'backup (export buttons with the name)');
  expect((await caseData(page))['bot.case.lang'].profile.name).toBe(word(40));

  const base = '/jongeren/lang';
  const reading = data.plan.readings[0].id;
  const action = data.plan.actions[0].id;
  const screens: [string, string][] = [
    ['profiles', '/jongeren'],
    ['profile', base],
    ['plan', `${base}/plan`],
    ['domains', `${base}/plan/domeinen`],
    ['reading', `${base}/plan/meting/${reading}`],
    ['actions', `${base}/plan/acties`],
    ['action', `${base}/plan/acties/${action}`],
    ['closing', `${base}/plan/afronding`],
    ['print-plan', `${base}/plan/afdruk`],
    ['handover', `${base}/plan/doorgeven`],
    ['lifeline', `${base}/werkblad/levenslijn`],
    ['network', `${base}/werkblad/netwerkwandeling`],
    ['baskets', `${base}/werkblad/driemandenmethodiek`],
    ['goods', `${base}/werkblad/good-lives-model`],
    ['change', `${base}/werkblad/cirkel-van-gedragsverandering`],
    ['patterson', `${base}/werkblad/patterson`],
    ['trajectory-today', '/traject'],
    ['profile-trajectory', `${base}/traject`],
  ];
  for (const [name, url] of screens) {
    await page.goto(url);
    await ready(page);
    await expectNoSidewaysScroll(page, name);
    await shot(page, `bad-input-long-words-${name}`);
  }
  // Every action, not only the open ones.
  await page.goto(`${base}/plan/acties`);
  await ready(page);
  await page.getByRole('button', { name: 'Alle' }).click();
  await expectNoSidewaysScroll(page, 'actions (all)');
  await shot(page, 'bad-input-long-words-actions-all');
  // The hand-over's own screens show the young person's words per domain.
  await page.goto(`${base}/plan/doorgeven`);
  await ready(page);
  for (let i = 0; i < 3; i++) {
    const next = page.locator('main .button.primary.big').first();
    if (!(await next.isVisible())) break;
    await next.click();
    await expectNoSidewaysScroll(page, `handover step ${i + 1}`);
  }
  await shot(page, 'bad-input-long-words-handover-step');
  // An open editor (a moment, a person) shows the long texts too.
  await page.goto(`${base}/werkblad/levenslijn`);
  await ready(page);
  await page.locator('.moment-item .edit-button').first().click();
  await expectNoSidewaysScroll(page, 'lifeline moment editor');
  await page.goto(`${base}/werkblad/netwerkwandeling`);
  await ready(page);
  await page.locator('.person-item .edit-button').first().click();
  await expectNoSidewaysScroll(page, 'network person editor');
  await shot(page, 'bad-input-long-words-network-editor');
  // The print of the plan, as the printer lays it out on A4 (about 720 px inside the margins).
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.goto(`${base}/plan/afdruk`);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expectNoSidewaysScroll(page, 'print plan (print media)');
  await shot(page, 'bad-input-long-words-print-media');
  await page.emulateMedia({ media: 'screen' });
});

const LIBRARY_WORDS = /invalid type|expected|line|column|EOF|serde|integer `/i;

test('a broken file is explained in the user\'s language, without library wording, and nothing changes', async ({ page }) => {
  await addProfile(page, 'Blijft');
  const files: [string, string, RegExp, RegExp][] = [
    ['date.json',
      JSON.stringify({ format: 'back-on-track-backup', schema: 1, cases: [{ profile: { id: 'a', name: 'Sam' } }, { profile: { id: 'b', start_date: 12345 } }] }),
      /De datum bij ‘Profiel › startdatum’ van jongere 2 klopt niet\./,
      /The date in ‘Profile › start date’ of young person 2 is not right\./],
    ['wrong.json',
      JSON.stringify({ format: 'back-on-track-backup', schema: 1, cases: [{ profile: { id: 'a' }, plan: { actions: [{ id: 1, topic: 'wonen', what: 5 }] } }] }),
      /Bij jongere 1 in het bestand klopt ‘Ondersteuningsplan › acties › wat’ niet\./,
      /‘Support plan › actions › what’ of young person 1 in the file is not right\./],
    ['cut.json',
      '{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"a","na',
      /Het bestand is afgebroken of beschadigd\./,
      /The file is cut off or damaged\./],
    ['photo.json', '\u0089PNG not a backup', /Dit bestand lijkt geen back-up van deze app\./, /This file does not look like a backup of this app\./],
  ];
  for (const lang of ['nl', 'en'] as const) {
    await page.goto(`/meer/back-up?lang=${lang}`);
    await ready(page);
    const before = await ourStorage(page);
    for (const [name, body, nl, en] of files) {
      await chooseFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(lang === 'nl' ? nl : en);
      await expect(alert).toContainText(lang === 'nl' ? 'Er is niets veranderd' : 'Nothing on this device was changed');
      expect(await alert.innerText()).not.toMatch(LIBRARY_WORDS);
      expect(await ourStorage(page)).toEqual(before);
    }
    await expectAccessible(page, `import refused (${lang})`);
    await shot(page, `bad-input-import-refused-${lang}`);
  }
});

/** Clicks the button named `name` twice in one task: the second click comes before any frame. */
async function clickTwiceAtOnce(page: Page, name: string) {
  await page.evaluate((name) => {
    const b = [...document.querySelectorAll('button')].find((b) => b.textContent!.includes(name))!;
    b.click();
    b.click();
  }, name);
}

test('Enter on the empty new-person form adds nobody; the button does, once', async ({ page }) => {
  await page.goto('/jongeren');
  await ready(page);
  const name = page.getByLabel('Voornaam of bijnaam');
  await name.focus();
  await page.keyboard.press('Enter');
  await name.fill('   ');
  await name.press('Enter');
  await page.getByLabel(/Startdatum van het traject/).press('Enter');
  await settled(page);
  await expect(page).toHaveURL(/\/jongeren$/);
  expect(Object.keys(await caseData(page))).toEqual([]);

  // A deliberate tap without a name still adds someone (no field is mandatory) — once.
  await name.fill('');
  await clickTwiceAtOnce(page, 'Jongere toevoegen');
  await expect(page.getByRole('heading', { level: 1, name: 'Jongere zonder naam' })).toBeVisible();
  expect(Object.keys(await caseData(page))).toHaveLength(1);

  // Enter with a name typed adds that person; a double click adds one.
  await page.goto('/jongeren');
  await page.getByLabel('Voornaam of bijnaam').fill('Noor');
  await page.getByLabel('Voornaam of bijnaam').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Noor' })).toBeVisible();
  await page.goto('/jongeren');
  await page.getByLabel('Voornaam of bijnaam').fill('Sam');
  await page.getByRole('button', { name: 'Jongere toevoegen' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam' })).toBeVisible();
  await settled(page);
  const names = Object.values(await caseData(page)).map((c) => c.profile.name).sort();
  expect(names).toEqual(['', 'Noor', 'Sam']);
});

test('one tap, one item: two clicks in one task add one action, one reading, one moment, one person, one contact', async ({ page }) => {
  const url = await addProfile(page, 'Sam', '2026-02-02');
  const id = url.split('/').pop()!;
  const stored = async () => (await caseData(page))[`bot.case.${id}`];

  await page.goto(`${url}/plan`);
  await ready(page);
  await clickTwiceAtOnce(page, 'Meting starten');
  await expect(page).toHaveURL(/\/meting\//);
  await settled(page);
  expect((await stored()).plan.readings).toHaveLength(1);

  await page.goto(`${url}/plan/acties`);
  await ready(page);
  await clickTwiceAtOnce(page, 'Actie toevoegen');
  await expect(page).toHaveURL(/\/acties\/\d+$/);
  await settled(page);
  expect((await stored()).plan.actions).toHaveLength(1);

  await page.goto(`${url}/plan`);
  await ready(page);
  await settled(page);
  await clickTwiceAtOnce(page, 'Actie toevoegen');
  await expect(page).toHaveURL(/\/acties\/\d+$/);
  await settled(page);
  expect((await stored()).plan.actions).toHaveLength(2);

  await page.goto(`${url}/plan/afdruk`);
  await ready(page);
  await clickTwiceAtOnce(page, 'Iemand toevoegen');
  await settled(page);
  expect((await stored()).plan.contacts).toHaveLength(1);

  await page.goto(`${url}/werkblad/levenslijn`);
  await ready(page);
  await clickTwiceAtOnce(page, 'Moment toevoegen');
  await settled(page);
  expect((await stored()).lifeline.moments).toHaveLength(1);
  // A second, deliberate tap later adds a second moment.
  await page.getByRole('button', { name: 'Moment toevoegen' }).click();
  await settled(page);
  expect((await stored()).lifeline.moments).toHaveLength(2);

  await page.goto(`${url}/werkblad/netwerkwandeling`);
  await ready(page);
  await clickTwiceAtOnce(page, 'Persoon toevoegen');
  await settled(page);
  expect((await stored()).network.people).toHaveLength(1);
});
