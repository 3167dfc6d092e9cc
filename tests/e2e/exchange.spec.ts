import { test, expect, ready, settled, expectAccessible, shot, addProfile, flushSaves, ourStorage } from './fixtures';
import type { Browser, Page, TestInfo } from '@playwright/test';
import * as fs from 'fs';

// Issue 25: the young person's own phone. Two browser contexts are two phones: the coach's and the
// young person's. The plan goes from one to the other as a file sealed with a code (no server),
// comes back with the young person's own scores and an action done, and merges.

const NAME = 'Zoë Vandamme';
const SECRET_NOTE = 'Huur is hoog volgens mij';
const DOMAINS = ['wonen', 'netwerk', 'opleiding-werk', 'inkomen', 'activering', 'fysieke-gezondheid', 'mentale-gezondheid',
  'maatschappelijke-identiteit', 'budget', 'administratie', 'vrije-tijd', 'zelfredzaamheid', 'recidive'];

function plan() {
  const entries: Record<string, object> = {};
  DOMAINS.forEach((d, i) => { entries[d] = { score: 3 + (i % 5) }; });
  entries.wonen = { score: 7, words: 'Ik slaap bij mijn zus', coach: 3, coach_note: SECRET_NOTE };
  return {
    readings: [{ id: 1, kind: 'ondersteuningsplan', date: '2026-03-02', entries }],
    actions: [
      { id: 2, topic: 'inkomen', what: 'Afspraak bij het OCMW over het leefloon', who: { kind: 'dienst', name: 'OCMW Brugge' }, due: '2026-07-01', status: 'open', added_at: 1 },
      { id: 3, topic: 'netwerk', what: 'Tante Nadia bellen', who: { kind: 'netwerk', name: 'tante Nadia' }, due: '2026-05-01', status: 'open', added_at: 1 },
    ],
    contacts: [{ id: 4, name: 'Begeleider Tom', why: 'Altijd, ook als het misloopt', phone: '0470 12 34 56' }],
    closing: {},
    next_id: 5,
  };
}

/** A second phone, set up as the configuration sets up the first, with the same guard. */
async function secondPhone(browser: Browser, info: TestInfo): Promise<Page> {
  const use = info.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL, viewport: use.viewport ?? undefined, deviceScaleFactor: use.deviceScaleFactor,
    isMobile: use.isMobile, hasTouch: use.hasTouch, locale: use.locale, timezoneId: use.timezoneId,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.hostname !== '127.0.0.1' && !['data:', 'blob:'].includes(url.protocol)) problems.push(`request: ${req.url()}`);
  });
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err}`));
  (page as Page & { problems: string[] }).problems = problems;
  return page;
}

function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/** Makes the sealed file on the sending screen: its bytes (downloaded: Chromium on Linux cannot share files) and its code. */
async function makeFile(page: Page, button: RegExp) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = await file.path();
  const code = await page.locator('.share-code .code').getAttribute('data-code');
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
  await expect(page.getByRole('status').filter({ hasText: /downloads/ })).toBeVisible();
  return { path: path!, code: code!, name: file.suggestedFilename() };
}

/** Opens a received file with a code on the "Bestand openen" screen. */
async function openFile(page: Page, path: string, code: string) {
  await page.goto('/ontvangen');
  await ready(page);
  await page.getByLabel(/Kies het bestand|Choose the file/).setInputFiles(path);
  await page.getByLabel(/^(Code)$/).fill(code);
  await page.getByRole('button', { name: /^(Open)$/ }).click();
}

async function storedCase(page: Page, id: string) {
  await flushSaves(page);
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`bot.case.${id}`)!).data, id);
}

test('a plan goes sealed to the young person, comes back with their scores and a done action, and merges', async ({ page, browser }, info) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(new Date('2026-04-10T10:00:00+02:00'));
  // --- the coach's phone: a plan, given to the young person as a sealed file ---
  const url = await addProfile(page, NAME, '2026-01-19');
  const id = url.split('/').pop()!;
  await page.evaluate(([id, plan]) => {
    const env = JSON.parse(localStorage.getItem(`bot.case.${id}`)!);
    env.data.plan = plan;
    localStorage.setItem(`bot.case.${id}`, JSON.stringify(env));
  }, [id, plan()] as const);
  await page.goto(`/jongeren/${id}/plan`);
  await ready(page);
  await settled(page);
  await page.getByRole('link', { name: 'Geef mee aan de jongere' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geef mee aan de jongere' })).toBeVisible();
  await expectAccessible(page, 'give');
  await shot(page, 'exchange-give-nl');
  const toYoung = await makeFile(page, /Maak het bestand/);
  expect(toYoung.name).toMatch(/^back-on-track-plan-.*\.bot$/);
  await expectAccessible(page, 'give-code');
  await shot(page, 'exchange-give-code-nl');

  // The file's bytes say nothing about who or when: no name, no date, no typed text.
  const bytes = fs.readFileSync(toYoung.path);
  for (const text of ['Zoë', 'Zo\\u00eb', 'Vandamme', 'Tante Nadia', 'OCMW', '2026', 'wonen', SECRET_NOTE]) {
    expect(bytes.includes(Buffer.from(text, 'utf8')), `the sealed file contains "${text}"`).toBe(false);
    expect(bytes.includes(Buffer.from(text, 'latin1')), `the sealed file contains "${text}"`).toBe(false);
  }

  // --- the young person's phone: a wrong code changes nothing; the right one opens it ---
  const young = await secondPhone(browser, info);
  await young.clock.setFixedTime(new Date('2026-04-12T18:00:00+02:00'));
  await openFile(young, toYoung.path, 'ABCD-EFGH-JKMN');
  await expect(young.getByRole('alert')).toContainText('Die code past niet bij dit bestand');
  expect(Object.keys(await ourStorage(young)).filter((k) => k.startsWith('bot.case.'))).toEqual([]);
  // Typed as people type: small letters, spaces instead of dashes.
  await young.getByLabel(/^Code$/).fill(toYoung.code.toLowerCase().replace(/(.{4})/g, '$1 '));
  await young.getByRole('button', { name: 'Open' }).click();
  await expect(young.getByRole('heading', { level: 2, name: 'Nieuw op deze gsm' })).toBeVisible();
  await expect(young.getByRole('checkbox', { name: /Dit is mijn gsm/ })).toBeChecked();
  await expectAccessible(young, 'receive-new');
  await shot(young, 'exchange-receive-new-nl');
  await young.getByRole('button', { name: 'Bewaar op deze gsm' }).click();

  // Mijn plan: their web, actions, people to call; no coach notes on this phone.
  await expect(young.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  await expect(young.getByText('Hoi Zoë. Dit is jouw plan.')).toBeVisible();
  await expect(young.locator('#my-web svg.radar-svg')).toBeVisible();
  await expect(young.locator('.my-actions')).toContainText('Tante Nadia bellen');
  await expect(young.getByRole('link', { name: 'Bel Begeleider Tom' })).toHaveAttribute('href', 'tel:0470123456');
  await expect(young.getByRole('navigation', { name: 'Hoofdmenu' })).not.toContainText('Jongeren');
  await expect(young.getByRole('button', { name: 'Snel weg: verberg de app meteen' })).toBeVisible();
  const onYoungPhone = JSON.stringify(await ourStorage(young));
  expect(onYoungPhone).not.toContain(SECRET_NOTE);
  expect(onYoungPhone).toContain('Ik slaap bij mijn zus');
  await expectAccessible(young, 'my-plan');
  await shot(young, 'my-plan-nl');

  // The young person scores three domains before the next talk and ticks an action done.
  await young.getByRole('button', { name: 'Scoor jezelf' }).click();
  for (const [i, score] of ['8', '6', '9'].entries()) {
    await expect(young.locator('.progress-text')).toHaveText(`${i + 1} van 13`);
    await young.locator('main .score-picker label').filter({ hasText: new RegExp(`^${score}$`) }).click();
    await young.getByRole('button', { name: 'Volgende' }).click();
  }
  // The rest stays open for now: skipped through to the summary.
  for (let step = 4; step <= 13; step++) {
    await expect(young.locator('.progress-text')).toHaveText(`${step} van 13`);
    // The new step's own buttons are there once its heading has the focus.
    await expect(young.locator('.handover-screen h2')).toBeFocused();
    await young.getByRole('button', { name: /^(Volgende|Overslaan)$/ }).click();
  }
  await expect(young.getByRole('heading', { level: 2, name: 'Jouw overzicht' })).toBeVisible();
  await young.getByRole('button', { name: 'Klaar', exact: true }).click();
  await expect(young.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  await young.getByRole('button', { name: 'Gedaan: Tante Nadia bellen' }).click();
  await expect(young.locator('.my-action.done')).toContainText('Tante Nadia bellen');

  // ... and sends it back.
  await young.getByRole('link', { name: 'Stuur naar je begeleider' }).click();
  await expect(young.getByRole('heading', { level: 1, name: 'Stuur naar je begeleider' })).toBeVisible();
  const toCoach = await makeFile(young, /Maak het bestand/);
  await expectAccessible(young, 'send');
  await shot(young, 'exchange-send-code-nl');

  // --- the coach's phone: a preview first, then the merge ---
  await openFile(page, toCoach.path, toCoach.code);
  await expect(page.getByRole('heading', { level: 2, name: 'Wat het bestand meebrengt' })).toBeVisible();
  const summary = page.locator('.merge-summary');
  await expect(summary).toContainText('1 nieuwe meting');
  // Three scored now, ten carried over from last time and confirmed on the way.
  await expect(summary.locator('li', { hasText: /^13 nieuwe scores$/ })).toBeVisible();
  await expect(summary).toContainText('1 actie gedaan');
  await expectAccessible(page, 'receive-preview');
  await shot(page, 'exchange-receive-preview-nl');
  // Nothing is written before the coach says so.
  expect((await storedCase(page, id)).plan.readings).toHaveLength(1);
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Samengevoegd.' })).toBeVisible();
  let merged = await storedCase(page, id);
  expect(merged.plan.readings).toHaveLength(2);
  const own = merged.plan.readings[1];
  expect(own.date).toBe('2026-04-12');
  expect([own.entries.wonen.score, own.entries.netwerk.score, own.entries['opleiding-werk'].score]).toEqual([8, 6, 9]);
  expect(merged.plan.actions.find((a: { id: number }) => a.id === 3).status).toBe('done');
  // The coach's own note stayed on the coach's phone.
  expect(merged.plan.readings[0].entries.wonen.coach_note).toBe(SECRET_NOTE);
  await page.getByRole('link', { name: 'Naar het plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Plan van ${NAME}` })).toBeVisible();

  // The same file again changes nothing.
  const before = JSON.stringify(merged);
  await openFile(page, toCoach.path, toCoach.code);
  await expect(page.getByText('Niets nieuws: alles uit dit bestand staat al op deze gsm.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Samenvoegen' })).toHaveCount(0);
  expect(JSON.stringify(await storedCase(page, id))).toBe(before);

  // --- both phones change the same thing: the coach is asked ---
  await page.evaluate((id) => {
    const env = JSON.parse(localStorage.getItem(`bot.case.${id}`)!);
    env.data.plan.actions.find((a: { id: number }) => a.id === 2).status = 'stopped';
    env.rev += 1;
    localStorage.setItem(`bot.case.${id}`, JSON.stringify(env));
  }, id);
  await young.getByRole('link', { name: /Terug|Back/ }).click();
  await young.getByRole('button', { name: 'Gedaan: Afspraak bij het OCMW over het leefloon' }).click();
  await young.getByRole('link', { name: 'Stuur naar je begeleider' }).click();
  const second = await makeFile(young, /Maak het bestand/);
  await openFile(page, second.path, second.code);
  await expect(page.getByRole('heading', { level: 2, name: 'Op beide gsm\'s veranderd' })).toBeVisible();
  const conflict = page.locator('fieldset[data-conflict="0"]');
  await expect(conflict).toContainText('Afspraak bij het OCMW over het leefloon (stand)');
  await expect(conflict.getByRole('radio', { name: 'Uit het bestand: Gelukt' })).toBeVisible();
  await expect(conflict.getByRole('radio', { name: /^Op deze gsm/ })).toBeChecked();
  await expectAccessible(page, 'receive-conflict');
  await shot(page, 'exchange-receive-conflict-nl');
  await conflict.getByRole('radio', { name: /^Uit het bestand/ }).check();
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Samengevoegd.' })).toBeVisible();
  merged = await storedCase(page, id);
  expect(merged.plan.actions.find((a: { id: number }) => a.id === 2).status).toBe('done');

  expect(problemsOf(young), 'the young person\'s phone').toEqual([]);
  await young.context().close();
});

test('a refused file changes nothing: a cut-off file, a plain old backup, another young person\'s file', async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const url = await addProfile(page, 'Sam', '2026-01-19');
  const id = url.split('/').pop()!;
  await page.goto(`/jongeren/${id}/meegeven`);
  await ready(page);
  const file = await makeFile(page, /Maak het bestand/);
  const dir = info.outputPath();
  fs.mkdirSync(dir, { recursive: true });

  const young = await secondPhone(browser, info);
  // Cut off on the way.
  const cut = `${dir}/cut.bot`;
  fs.writeFileSync(cut, fs.readFileSync(file.path).subarray(0, 40));
  await openFile(young, cut, file.code);
  await expect(young.getByRole('alert')).toContainText('niet volledig');
  // A plain backup from an older version: sent to the backup page.
  const plain = `${dir}/plain.json`;
  fs.writeFileSync(plain, JSON.stringify({ app: 'back-on-track', format: 1, cases: [] }));
  await openFile(young, plain, '');
  await expect(young.getByRole('alert')).toContainText('gewone back-up');
  // Something else altogether.
  const other = `${dir}/photo.jpg`;
  fs.writeFileSync(other, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]));
  await openFile(young, other, file.code);
  await expect(young.getByRole('alert')).toContainText('geen bestand van deze app');
  expect(Object.keys(await ourStorage(young)).filter((k) => k.startsWith('bot.case.'))).toEqual([]);

  // On a young person's own phone, another young person's file stays out.
  await openFile(young, file.path, file.code);
  await young.getByRole('button', { name: 'Bewaar op deze gsm' }).click();
  await expect(young.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  const url2 = await addProfile(page, 'Noor', '2026-02-02');
  await page.goto(`/jongeren/${url2.split('/').pop()}/meegeven`);
  await ready(page);
  const noor = await makeFile(page, /Maak het bestand/);
  const before = await ourStorage(young);
  await openFile(young, noor.path, noor.code);
  await expect(young.getByRole('alert')).toContainText('een andere jongere');
  expect(await ourStorage(young)).toEqual(before);
  expect(problemsOf(young)).toEqual([]);
  await young.context().close();
});

test('Mijn plan and opening a file in English; "Snel weg" hides the app behind a neutral page', async ({ page }) => {
  const url = await addProfile(page, 'Sam', '2026-01-19');
  const id = url.split('/').pop()!;
  await page.evaluate(([id, plan]) => {
    const env = JSON.parse(localStorage.getItem(`bot.case.${id}`)!);
    env.data.plan = plan;
    localStorage.setItem(`bot.case.${id}`, JSON.stringify(env));
  }, [id, plan()] as const);
  // Chosen under Meer: this phone is Sam's own.
  await page.goto('/meer');
  await ready(page);
  await page.getByRole('link', { name: 'Open Mijn plan' }).click();
  await page.getByRole('button', { name: 'Dit is het plan van Sam' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  // Opening the app now starts at their plan.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  await expect(page).toHaveURL(/\/mijn-plan$/);
  // Installed from here, the phone gets "Mijn plan" on its home screen.
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/public/mijn-plan.webmanifest');

  await page.goto('/mijn-plan?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
  await expectAccessible(page, 'my-plan-en');
  await shot(page, 'my-plan-en');
  await page.getByRole('link', { name: 'Need help?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Need help?' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Suicide line 1813/ })).toHaveAttribute('href', 'tel:1813');
  await expectAccessible(page, 'help-en');
  await shot(page, 'my-plan-help-en');
  await page.goto('/ontvangen?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Open a file' })).toBeVisible();
  await expectAccessible(page, 'receive-en');
  await shot(page, 'exchange-receive-en');
  await page.goto(`/mijn-plan/sturen?lang=en`);
  await expect(page.getByRole('heading', { level: 1, name: 'Send to your coach' })).toBeVisible();
  await expectAccessible(page, 'send-en');
  await shot(page, 'exchange-send-en');

  await page.goto('/mijn-plan?lang=nl');
  await ready(page);
  await page.getByRole('link', { name: 'Hulp nodig?' }).click();
  await expect(page.getByRole('link', { name: 'Bel Zelfmoordlijn 1813' })).toHaveAttribute('href', 'tel:1813');
  await expectAccessible(page, 'help-nl');
  await shot(page, 'my-plan-help-nl');
  await page.getByRole('button', { name: 'Snel weg: verberg de app meteen' }).click();
  await expect(page).toHaveURL(/\/public\/notities\.html$/);
  await expect(page).toHaveTitle('Notities');
  await expect(page.locator('body')).not.toContainText('Sam');
  // Leaving the mode under Meer: the phone opens on the home screen again.
  await page.goto('/meer');
  await page.getByRole('button', { name: 'Terug naar de weergave voor begeleiders' }).click();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Back On Track toolkit' })).toBeVisible();
});
