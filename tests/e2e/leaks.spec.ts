import { Page } from '@playwright/test';
import { test, expect, ready, expectAccessible, shot, plainBackupButton } from './fixtures';
import * as fs from 'fs';

// Nothing about a young person leaves the device in the clear (issue 24, "Leaks"):
// - document titles name the kind of screen only: the browser keeps titles in its history and
//   address-bar suggestions (and names a printed PDF after them), out of the passcode's reach;
// - downloaded files are named by kind, date and a random tag, never after the person;
// - calendar events carry initials unless the coach asks for the full name;
// - a new passcode of six digits or a common word is refused (an old one still unlocks).

const NAME = 'Yasmina Testnaam';
const PARTS = ['Yasmina', 'Testnaam'];
// A random-looking id, as the app makes them: nothing of the name in it.
const ID = 'p-k3f9x-2b7q';
const TODAY = '2026-06-15';

/** One young person with a start date, two readings, actions and a contact. */
async function seedYasmina(page: Page, extra: { id: string; name: string }[] = []) {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+02:00`));
  await page.goto('/');
  await ready(page);
  const plan = {
    switched_off: [],
    readings: [
      { id: 1, kind: 'ondersteuningsplan', date: '2026-03-02', entries: { wonen: { score: 3, words: 'Ik slaap bij mijn zus' } } },
      { id: 2, kind: 'evaluatie-1', date: '2026-06-02', entries: { wonen: { score: 6 } } },
    ],
    actions: [
      { id: 3, topic: 'wonen', what: 'Drie woningen bezoeken via de woonmaatschappij', who: { kind: 'jongere' }, due: '2026-07-01', status: 'open', added_at: 1 },
    ],
    contacts: [{ id: 4, name: 'Begeleider Tom', why: 'Altijd', phone: '0470 12 34 56' }],
    closing: {},
    next_id: 5,
  };
  await page.evaluate(([id, name, plan, extra]) => {
    localStorage.clear();
    const put = (id: string, data: object) =>
      localStorage.setItem(`bot.case.${id}`, JSON.stringify({ schema: 1, rev: 1, app: 'e2e', data }));
    put(id, { profile: { id, name, start_date: '2026-03-02', created: '2026-03-02' }, plan });
    for (const c of extra) put(c.id, { profile: { id: c.id, name: c.name, start_date: '2026-04-06', created: '2026-04-06' } });
  }, [ID, NAME, plan, extra] as const);
}

function expectNoName(text: string, where: string) {
  for (const part of PARTS) expect(text, `${where} names the young person`).not.toContain(part);
}

/** Opens `path` and waits until the document title is `kind · Back On Track`. */
async function titleOf(page: Page, path: string, kind: string) {
  await page.goto(path);
  await ready(page);
  // The title is set in the idle moment after the screen is painted (browser::set_title).
  await expect.poll(() => page.title(), { message: path }).toBe(`${kind} · Back On Track`);
  expectNoName(await page.title(), `the title of ${path}`);
}

test('document titles name the kind of screen, never the young person', async ({ page }) => {
  await seedYasmina(page);
  const base = `/jongeren/${ID}`;
  // [path, document title, whether the heading on screen names the young person]
  const screens: [string, string, boolean][] = [
    ['/jongeren', 'Jongeren', false],
    [base, 'Jongere', true],
    [`${base}/plan`, 'Ondersteuningsplan', true],
    [`${base}/plan/doorgeven`, 'Jouw scores', false],
    [`${base}/plan/domeinen`, 'Domeinen en eigen thema’s', false],
    [`${base}/plan/meting/2`, 'Meting: Evaluatie 1', false],
    [`${base}/plan/acties`, 'Acties', false],
    [`${base}/plan/acties/3`, 'Actie', false],
    [`${base}/plan/afronding`, 'Afrondingsverslag', true],
    [`${base}/plan/afdruk`, 'Mijn plan op papier', true],
    [`${base}/werkblad/levenslijn`, 'Levenslijn', true],
    [`${base}/werkblad/netwerkwandeling`, 'Netwerkwandeling', true],
    [`${base}/werkblad/driemandenmethodiek`, 'Drie manden', true],
    [`${base}/werkblad/good-lives-model`, 'Good Lives Model', true],
    [`${base}/werkblad/cirkel-van-gedragsverandering`, 'Cirkel van verandering', true],
    [`${base}/werkblad/patterson`, 'Patterson', true],
    [`${base}/traject`, 'Traject', true],
    ['/traject', 'Vandaag', false],
    ['/meer/back-up', 'Back-up en terugzetten', false],
  ];
  for (const [path, kind, named] of screens) {
    await titleOf(page, path, kind);
    // The heading on screen may still say whose page this is: only the document title changed.
    if (named) await expect(page.locator('main#main h1')).toContainText(NAME);
  }
  // The same in English, for the screens whose title was built from the name.
  for (const [path, kind] of [
    [base, 'Young person'],
    [`${base}/plan`, 'Support plan'],
    [`${base}/plan/meting/1`, 'Reading: Support plan'],
    [`${base}/werkblad/levenslijn`, 'Lifeline'],
    [`${base}/traject`, 'Trajectory'],
  ]) {
    await titleOf(page, `${path}?lang=en`, kind);
  }
});

/** Clicks `button` and returns the download it starts. */
async function download(page: Page, button: ReturnType<Page['getByRole']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expectNoName(file.suggestedFilename(), 'a file name');
  return file;
}

const TAG = '[0-9a-z]{4}';

test('downloaded files are named by kind, date and a random tag', async ({ page }) => {
  await seedYasmina(page);

  // Backups: everyone, one young person (twice on one day: two names), the handover file.
  await page.goto('/meer/back-up');
  await ready(page);
  // The backup of everyone is sealed by default (issue 25); named the same way, as a .bot file.
  const sealed = await download(page, page.getByRole('button', { name: 'Back-up van iedereen' }));
  expect(sealed.suggestedFilename()).toMatch(new RegExp(`^back-on-track-alle-${TODAY}-${TAG}\\.bot$`));
  const all = await download(page, await plainBackupButton(page));
  expect(all.suggestedFilename()).toMatch(new RegExp(`^back-on-track-alle-${TODAY}-${TAG}\\.json$`));
  // The message says which file was made, since its name no longer says whose it is.
  await expect(page.locator('section[aria-labelledby="export-h"] .ok-message')).toHaveText(`Het bestand ${all.suggestedFilename()} is gemaakt. Kijk bij je downloads.`);
  // The long file name wraps on a phone instead of widening the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'leaks-backup-file-named-nl');
  const one = page.getByRole('button', { name: `Alleen ${NAME}` });
  const first = await download(page, one);
  const second = await download(page, one);
  for (const f of [first, second]) expect(f.suggestedFilename()).toMatch(new RegExp(`^back-on-track-${TODAY}-${TAG}\\.json$`));
  expect(first.suggestedFilename()).not.toBe(second.suggestedFilename());
  // The file itself is the backup it always was.
  expect(JSON.parse(fs.readFileSync(await first.path(), 'utf8')).cases[0].profile.name).toBe(NAME);

  await page.goto(`/jongeren/${ID}`);
  await ready(page);
  // The file for the young person's own phone is sealed and made on its own screen.
  await page.getByRole('link', { name: 'Bestand voor de eigen gsm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geef mee aan de jongere' })).toBeVisible();
  const handover = await download(page, page.getByRole('button', { name: /Maak het bestand/ }));
  expect(handover.suggestedFilename()).toMatch(new RegExp(`^back-on-track-plan-${TODAY}-${TAG}\\.bot$`));

  // The backup offered before a passcode is set.
  await page.goto('/meer/toegangscode');
  await ready(page);
  const beforeLock = await download(page, page.getByRole('button', { name: 'Back-up van iedereen downloaden' }));
  expect(beforeLock.suggestedFilename()).toMatch(new RegExp(`^back-on-track-alle-${TODAY}-${TAG}\\.json$`));

  // Calendars: one young person's year and the whole caseload.
  await page.goto(`/jongeren/${ID}/traject`);
  await ready(page);
  const year = await download(page, page.getByRole('button', { name: 'Zet dit jaar in je agenda (.ics)' }));
  expect(year.suggestedFilename()).toMatch(new RegExp(`^traject-${TODAY}-${TAG}\\.ics$`));
  await page.goto('/traject');
  await ready(page);
  const caseload = await download(page, page.getByRole('button', { name: 'Zet alle jongeren in je agenda (.ics)' }));
  expect(caseload.suggestedFilename()).toMatch(new RegExp(`^traject-alle-jongeren-${TODAY}-${TAG}\\.ics$`));
});

/** The SUMMARY of every event in an .ics text (lines unfolded). */
function summaries(ics: string) {
  return ics.replace(/\r\n /g, '').split('\r\n').filter((l) => l.startsWith('SUMMARY:')).map((l) => l.slice('SUMMARY:'.length));
}

test('calendar events carry initials, and the full name only when asked', async ({ page }) => {
  await seedYasmina(page, [{ id: 'p-8d2m1-x4', name: '🌟 Noor' }, { id: 'p-9q7w-c5', name: '🌟' }]);
  await page.goto(`/jongeren/${ID}/traject`);
  await ready(page);
  const choice = page.getByLabel('Zet de volledige voornaam of bijnaam in de agenda');
  await expect(choice).not.toBeChecked();
  await expect(page.getByText('Een agenda op je gsm wordt vaak naar een cloud gekopieerd.')).toBeVisible();
  await expectAccessible(page, 'a young person\'s year with the calendar choice');
  await page.getByRole('heading', { name: 'In je agenda' }).scrollIntoViewIfNeeded();
  await shot(page, 'leaks-calendar-choice-nl', { fullPage: false });

  const button = page.getByRole('button', { name: 'Zet dit jaar in je agenda (.ics)' });
  let ics = fs.readFileSync(await (await download(page, button)).path(), 'utf8');
  expectNoName(ics, 'the calendar file');
  expect(summaries(ics).length).toBeGreaterThan(3);
  for (const s of summaries(ics)) expect(s).toMatch(/ · Y\.T\.$/);

  await choice.check();
  const [named] = await Promise.all([page.waitForEvent('download'), button.click()]);
  ics = fs.readFileSync(await named.path(), 'utf8');
  for (const s of summaries(ics)) expect(s).toMatch(new RegExp(` · ${NAME}$`));

  // The whole caseload: initials for everyone; a name without letters gives the milestone alone.
  await page.goto('/traject');
  await ready(page);
  await expectAccessible(page, 'today with the calendar choice');
  const all = page.getByRole('button', { name: 'Zet alle jongeren in je agenda (.ics)' });
  ics = fs.readFileSync(await (await download(page, all)).path(), 'utf8');
  expectNoName(ics, 'the caseload calendar');
  expect(ics).not.toContain('Noor');
  expect(ics).not.toContain('🌟');
  const lines = summaries(ics);
  expect(lines.some((s) => s.endsWith(' · Y.T.'))).toBe(true);
  expect(lines.some((s) => s.endsWith(' · N.'))).toBe(true);
  expect(lines.some((s) => !s.includes(' · '))).toBe(true);
  await page.getByLabel('Zet de volledige voornaam of bijnaam in de agenda').check();
  const [allNamed] = await Promise.all([page.waitForEvent('download'), all.click()]);
  ics = fs.readFileSync(await allNamed.path(), 'utf8');
  expect(summaries(ics).some((s) => s.endsWith(` · ${NAME}`))).toBe(true);
  expect(summaries(ics).some((s) => s.endsWith(' · 🌟 Noor'))).toBe(true);
});

test('a new passcode of few digits or a common word is refused, with the reason', async ({ page }) => {
  await seedYasmina(page);
  await page.goto('/meer/toegangscode');
  await ready(page);
  await page.getByLabel('Ik begrijp dat de gegevens weg zijn als ik de code vergeet.').check();
  const newCode = page.getByLabel('Nieuwe code', { exact: true });
  const again = page.getByLabel('Typ de nieuwe code nog een keer');
  const set = page.getByRole('button', { name: 'Toegangscode instellen' }).last();
  const message = page.locator('#lock-set-message');
  const before = await page.evaluate(() => JSON.stringify(localStorage));

  for (const [code, reason] of [
    ['123456', 'Alleen cijfers is te makkelijk te raden: kies minstens 10 cijfers, of gebruik ook letters.'],
    ['270503', 'Alleen cijfers is te makkelijk te raden: kies minstens 10 cijfers, of gebruik ook letters.'],
    ['aaaaaa', 'Deze code proberen mensen eerst. Kies een woord of zinnetje dat alleen jij kent.'],
    ['1234567890', 'Deze code proberen mensen eerst. Kies een woord of zinnetje dat alleen jij kent.'],
    ['Wachtwoord1', 'Deze code proberen mensen eerst. Kies een woord of zinnetje dat alleen jij kent.'],
    ['azerty', 'Deze code proberen mensen eerst. Kies een woord of zinnetje dat alleen jij kent.'],
  ]) {
    await newCode.fill(code);
    await again.fill(code);
    await set.click();
    await expect(message).toHaveText(reason);
    await expect(newCode).toHaveAttribute('aria-invalid', 'true');
    await expect(newCode).toBeFocused();
  }
  expect(await page.evaluate(() => JSON.stringify(localStorage)), 'a refused code changed storage').toBe(before);
  await expectAccessible(page, 'passcode refused');
  await shot(page, 'leaks-passcode-refused-nl');

  // Ten digits, or a phrase, are fine.
  await newCode.fill('5839201746');
  await again.fill('5839201746');
  await set.click();
  await expect(page.getByText('De toegangscode staat aan. Alle gegevens op dit toestel zijn nu versleuteld.')).toBeVisible({ timeout: 30_000 });

  // Changing the code follows the same rules.
  await page.locator('#lock-change-current').fill('5839201746');
  const changeNew = page.locator('#lock-change-new');
  await changeNew.fill('654321');
  await page.locator('#lock-change-again').fill('654321');
  await page.getByRole('button', { name: 'Code wijzigen' }).click();
  await expect(page.locator('#lock-change-message')).toHaveText('Alleen cijfers is te makkelijk te raden: kies minstens 10 cijfers, of gebruik ook letters.');
  await expect(changeNew).toHaveAttribute('aria-invalid', 'true');
});
