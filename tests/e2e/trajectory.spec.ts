import * as fs from 'fs';
import { Page } from '@playwright/test';
import { test, expect, ready, expectAccessible, shot, addProfile, flushSaves, shownUrl } from './fixtures';

/**
 * The trajectory: a coach with a caseload of four, the Vandaag order, overdue milestones under a
 * fixed clock, moving an evaluation, aftercare and the .ics download.
 *
 * Today is Monday 15 June 2026 (Brussels). The four young people:
 * - Lina  started 01/12/2025: support plan (12/01) and evaluation 1 (12/04) are overdue;
 * - Sam   started 18/05/2026: support plan due 29/06 (in 14 days);
 * - Amir  started 02/03/2026, support plan done on 10/04: evaluation 1 on 10/07 (planned);
 * - Noor  starts on 01/07/2026.
 */
const TODAY = '2026-06-15T10:00:00+02:00';

type Case = { id: string; name: string; start?: string; trajectory?: object; plan?: object };

const CASELOAD: Case[] = [
  { id: 'p-noor', name: 'Noor', start: '2026-07-01' },
  { id: 'p-amir', name: 'Amir', start: '2026-03-02', trajectory: { done_by_hand: [{ kind: 'support-plan', date: '2026-04-10' }] } },
  { id: 'p-sam', name: 'Sam', start: '2026-05-18' },
  { id: 'p-lina', name: 'Lina', start: '2025-12-01' },
];

/** Writes the case files the way the app stores them (versioned envelopes under bot.case.<id>). */
async function seed(page: Page, cases: Case[]) {
  await page.goto('/');
  await ready(page);
  await page.evaluate((cases) => {
    localStorage.clear();
    for (const c of cases) {
      const data = {
        profile: { id: c.id, name: c.name, start_date: c.start ?? null, created: '2025-11-01' },
        ...(c.trajectory ? { trajectory: c.trajectory } : {}),
        ...(c.plan ? { plan: c.plan } : {}),
      };
      localStorage.setItem(`bot.case.${c.id}`, JSON.stringify({ schema: 1, rev: 1, app: 'e2e', data }));
    }
  }, cases);
}

async function stored(page: Page, id: string) {
  await flushSaves(page);
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`bot.case.${id}`) || 'null'), id);
}

/** Reads a downloaded .ics, checks its shape and returns the events as property maps. */
function readIcs(text: string) {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  for (const line of text.split('\r\n')) {
    expect(line.includes('\n')).toBe(false);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const unfolded = text.replace(/\r\n /g, '');
  const events = unfolded.split('BEGIN:VEVENT\r\n').slice(1).map((chunk) => {
    const body = chunk.split('END:VEVENT')[0];
    const props: Record<string, string> = {};
    for (const line of body.split('\r\n').filter(Boolean)) {
      const i = line.indexOf(':');
      props[line.slice(0, i)] = line.slice(i + 1);
    }
    return props;
  });
  for (const e of events) {
    expect(e['UID']).toMatch(/@back-on-track\.toolkit$/);
    expect(e['DTSTAMP']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(e['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
    expect(e['DTEND;VALUE=DATE']).toMatch(/^\d{8}$/);
  }
  return events;
}

test.describe('trajectory', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date(TODAY));
  });

  test('Vandaag lists the caseload by urgency, with phase, week and what is due', async ({ page }) => {
    await seed(page, CASELOAD);
    await page.goto('/traject');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible();
    const people = page.getByTestId('caseload').locator(':scope > li');
    await expect(people).toHaveCount(4);
    await expect(people.locator('h2')).toHaveText(['Lina', 'Sam', 'Amir', 'Noor']);
    await expect(people.nth(0)).toHaveAttribute('data-urgency', 'overdue');
    await expect(people.nth(1)).toHaveAttribute('data-urgency', 'due');
    await expect(people.nth(2)).toHaveAttribute('data-urgency', 'upcoming');
    await expect(people.nth(3)).toHaveAttribute('data-urgency', 'not-started');

    // Lina: week 29, in the evaluations phase (evaluation 1 was planned on 12/04); both overdue
    // milestones are named with their dates.
    await expect(people.nth(0).locator('.tj-position')).toHaveText('Week 29 · Evaluaties');
    await expect(people.nth(0)).toContainText('Te laat: Ondersteuningsplan, gepland op 12/01/2026');
    await expect(people.nth(0)).toContainText('Te laat: Evaluatie 1, gepland op 12/04/2026 (2 maanden geleden)');
    await expect(people.nth(1).locator('.tj-position')).toHaveText('Week 5 · Opstartfase');
    await expect(people.nth(1)).toContainText('Volgende: Ondersteuningsplan op 29/06/2026 (over 2 weken)');
    await expect(people.nth(2).locator('.tj-position')).toHaveText('Week 16 · Ondersteuningsplan');
    await expect(people.nth(2)).toContainText('Volgende: Evaluatie 1 op 10/07/2026');
    await expect(people.nth(3).locator('.tj-position')).toHaveText('Start over 16 dagen');
    await expect(page.getByTestId('caseload-summary')).toHaveText(
      'Bij 1 jongere is iets te laat; bij 1 jongere komt iets de volgende twee weken.',
    );
    await expectAccessible(page, 'Vandaag');
    await shot(page, 'trajectory-today-nl');

    // Each name leads to that young person's year, inside the app (no page reload).
    await page.evaluate(() => ((window as any).__samePage = true));
    await people.nth(2).getByRole('link', { name: 'Amir' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Traject van Amir' })).toBeVisible();
    expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
    await expect(page.locator('.ms[data-kind="support-plan"]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('.ms[data-kind="support-plan"]')).toContainText('Gedaan op 10/04/2026.');

    await page.goto('/traject?lang=en');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(page.getByTestId('caseload').locator(':scope > li').nth(0)).toContainText('Overdue: Support plan');
    await expectAccessible(page, 'Today (en)');
    await shot(page, 'trajectory-today-en');
  });

  test('the local date decides overdue, also just after midnight', async ({ page }) => {
    await seed(page, [{ id: 'p-sam', name: 'Sam', start: '2026-05-18' }]);
    // 00:30 in Brussels on 29 June is still 28 June in UTC: the plan is due today, not tomorrow.
    await page.clock.setFixedTime(new Date('2026-06-29T00:30:00+02:00'));
    await page.goto('/jongeren/p-sam/traject');
    await ready(page);
    const plan = page.locator('.ms[data-kind="support-plan"]');
    await expect(plan).toHaveAttribute('data-state', 'due');
    await expect(plan.locator('.ms-date')).toHaveText('29/06/2026 · vandaag');
    // One day later, again just after midnight: overdue.
    await page.clock.setFixedTime(new Date('2026-06-30T00:30:00+02:00'));
    await page.reload();
    await ready(page);
    await expect(plan).toHaveAttribute('data-state', 'overdue');
    await expect(plan.locator('.ms-date')).toHaveText('29/06/2026 · gisteren');
    await expect(page.locator('.yt-marker[data-kind="support-plan"]')).toHaveAttribute('data-state', 'overdue');
  });

  test('a young person\'s year: timeline, moving an evaluation, aftercare and the .ics file', async ({ page }) => {
    await seed(page, CASELOAD);
    await page.goto('/jongeren/p-lina/traject');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Traject van Lina' })).toBeVisible();
    await expect(page.getByTestId('now')).toContainText('Week 29 · Evaluaties');

    // The timeline draws every milestone in its state; the list says it in words.
    const markers = page.locator('.yt-marker');
    await expect(markers).toHaveCount(5);
    await expect(page.locator('.yt-marker[data-kind="evaluation-1"]')).toHaveAttribute('data-state', 'overdue');
    await expect(page.locator('.yt-today-line')).toHaveCount(1);
    await expect(page.locator('.yt-legend li')).toHaveCount(4);
    const e1 = page.locator('.ms[data-kind="evaluation-1"]');
    await expect(e1).toHaveAttribute('data-state', 'overdue');
    await expect(e1.locator('.ms-state')).toHaveText('Te laat');
    await expect(e1.getByRole('link', { name: 'Naar het ondersteuningsplan' })).toHaveAttribute('href', '/jongeren/p-lina/plan');

    // Move evaluation 1: first a date that breaks the order, then a good one.
    await e1.getByRole('button', { name: 'Datum verplaatsen' }).click();
    const field = e1.getByLabel('Nieuwe datum voor evaluatie 1');
    await field.fill('2026-01-05');
    await expect(e1.getByRole('alert').filter({ hasText: 'moet na Ondersteuningsplan (12/01/2026) komen' })).toBeVisible();
    expect((await stored(page, 'p-lina')).data.trajectory?.moved ?? []).toEqual([]);
    await expectAccessible(page, 'year with the move panel open and an error');

    await field.fill('2026-06-22');
    await expect(e1).toHaveAttribute('data-state', 'due');
    await expect(e1.locator('.ms-date')).toHaveText('22/06/2026 · over 7 dagen');
    await expect(e1.locator('.ms-note')).toHaveText('Verplaatst. Oorspronkelijk gepland op 12/04/2026.');
    await expect(e1.getByRole('status')).toHaveText('Evaluatie 1 staat nu op 22/06/2026.');
    // Evaluation 2 counts from evaluation 1 and moves along; evaluation 3 stays tied to the end.
    const e2 = page.locator('.ms[data-kind="evaluation-2"]');
    await expect(e2.locator('.ms-date strong')).toHaveText('22/09/2026');
    await expect(e2.locator('.ms-note')).toHaveText('Schuift mee met Evaluatie 1. Oorspronkelijk gepland op 12/07/2026.');
    await expect(page.locator('.ms[data-kind="evaluation-3"] .ms-date strong')).toHaveText('17/10/2026');
    expect((await stored(page, 'p-lina')).data.trajectory.moved).toEqual([{ kind: 'evaluation-1', date: '2026-06-22' }]);

    // The support plan was made on paper: mark it done.
    const plan = page.locator('.ms[data-kind="support-plan"]');
    await plan.getByRole('button', { name: 'Aanduiden als gedaan' }).click();
    await expect(plan).toHaveAttribute('data-state', 'done');
    await expect(plan.locator('.ms-note')).toContainText('Gedaan op 15/06/2026. Met de hand aangeduid.');

    // The move and the mark survive a reload.
    await page.reload();
    await ready(page);
    await expect(page.locator('.ms[data-kind="evaluation-1"] .ms-date strong')).toHaveText('22/06/2026');
    await expect(page.locator('.ms[data-kind="support-plan"]')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('now')).toContainText('Volgende: Evaluatie 1 op 22/06/2026 (over 7 dagen)');

    // One line through the year: start, today, milestones in date order.
    const line = page.getByTestId('year-line').locator('.yl-item');
    await expect(line.first()).toHaveAttribute('data-kind', 'start');
    const kinds = await line.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    // The support plan was marked done today: on the same day, today comes first.
    expect(kinds).toEqual(['start', 'today', 'support-plan', 'evaluation-1', 'evaluation-2', 'evaluation-3', 'closing']);

    // Aftercare: the rhythm from the closing on 01/12/2026, or ad hoc.
    const aftercare = page.getByTestId('aftercare');
    await expect(aftercare).toContainText('De nazorg begint na de afronding op 01/12/2026.');
    await expect(aftercare.locator('.ac-contact').first()).toContainText('15/12/2026');
    await expect(aftercare.locator('.ac-contact').first()).toContainText('Bellen');
    await expectAccessible(page, 'a young person\'s year');
    await shot(page, 'trajectory-year-nl');

    // The .ics file: only not-done milestones and aftercare contacts, initials + milestone only.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Zet dit jaar in je agenda (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^traject-2026-06-15-[0-9a-z]{4}\.ics$/);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    const events = readIcs(ics);
    const e1Event = events.find((e) => e['UID'] === 'evaluation-1.p-lina@back-on-track.toolkit');
    expect(e1Event?.['DTSTART;VALUE=DATE']).toBe('20260622');
    expect(e1Event?.['DTEND;VALUE=DATE']).toBe('20260623');
    expect(e1Event?.['SUMMARY']).toBe('Evaluatie 1 · L.');
    expect(events.some((e) => e['UID'].startsWith('support-plan.'))).toBe(false);
    expect(events.filter((e) => e['UID'].startsWith('aftercare-')).length).toBeGreaterThan(10);
    expect(ics).not.toMatch(/DESCRIPTION|LOCATION|ATTENDEE|COMMENT/);
    await expect(page.getByText('Het agendabestand is klaar.')).toBeVisible();

    // Ad hoc aftercare: the young person's choice is kept and no contacts are planned.
    await aftercare.getByLabel('Ad hoc: de jongere belt als het nodig is').check();
    await expect(aftercare.locator('.ac-contact')).toHaveCount(0);
    await expect(aftercare).toContainText('De jongere koos voor ad hoc.');
    expect((await stored(page, 'p-lina')).data.trajectory.aftercare).toBe('ad-hoc');

    await page.goto('/jongeren/p-lina/traject?lang=en');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1, name: "Lina's trajectory" })).toBeVisible();
    await expect(page.locator('.ms[data-kind="evaluation-2"] .ms-note')).toHaveText(
      'Moves along with Evaluation 1. Originally planned for 12/07/2026.',
    );
    await expectAccessible(page, 'a young person\'s year (en)');
    await shot(page, 'trajectory-year-en');
  });

  test('the calendar file for the whole caseload', async ({ page }) => {
    await seed(page, CASELOAD);
    await page.goto('/traject');
    await ready(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Zet alle jongeren in je agenda (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^traject-alle-jongeren-\d{4}-\d{2}-\d{2}-[0-9a-z]{4}\.ics$/);
    const events = readIcs(fs.readFileSync(await download.path(), 'utf8'));
    const summaries = events.map((e) => e['SUMMARY']);
    // Initials by default (leaks.spec.ts has the choice of the full name).
    for (const initial of ['L.', 'S.', 'A.', 'N.']) {
      expect(summaries.some((s) => s.endsWith(`· ${initial}`))).toBe(true);
    }
    // Amir's support plan is done: not in the calendar. Everyone else's is.
    expect(events.filter((e) => e['UID'].startsWith('support-plan.')).map((e) => e['UID']).sort()).toEqual([
      'support-plan.p-lina@back-on-track.toolkit',
      'support-plan.p-noor@back-on-track.toolkit',
      'support-plan.p-sam@back-on-track.toolkit',
    ]);
    expect(new Set(events.map((e) => e['UID'])).size).toBe(events.length);
  });

  test('without a start date the page explains and leads to the profile', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.evaluate(() => localStorage.clear());
    await addProfile(page, 'Yusuf');
    await page.goto('/traject');
    await ready(page);
    const row = page.getByTestId('caseload').locator(':scope > li');
    await expect(row).toHaveAttribute('data-urgency', 'no-start-date');
    await row.getByRole('link', { name: 'Yusuf' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Nog geen startdatum' })).toBeVisible();
    await expectAccessible(page, 'no start date');
    await shot(page, 'trajectory-no-start-nl');
    await page.getByRole('link', { name: 'Startdatum invullen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Yusuf' })).toBeVisible();
    await page.getByLabel('Startdatum van het traject').fill('2026-06-01');
    await page.goto((await shownUrl(page)) + '/traject');
    await ready(page);
    await expect(page.getByTestId('now')).toContainText('Week 3 · Opstartfase');
  });

  test('an empty device gets a kind way to start', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.evaluate(() => localStorage.clear());
    await page.goto('/traject');
    await ready(page);
    await expect(page.getByText('Nog geen jongeren op dit toestel.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Jongere toevoegen' })).toHaveAttribute('href', '/jongeren');
    await expectAccessible(page, 'empty Vandaag');
  });
  test('recording the end: stopped early with a reason and words, then the six-month check', async ({ page }) => {
    await seed(page, CASELOAD);
    await page.goto('/jongeren/p-lina/traject');
    await ready(page);
    await expect(page.getByTestId('now')).toContainText('Te laat: Evaluatie 1');
    const card = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Einde van het traject' }) });
    await expect(card.getByRole('radio', { name: 'Nog bezig' })).toBeChecked();
    // Nothing but "still running" is asked until an end is chosen.
    await expect(card.getByLabel('Datum van het einde')).toHaveCount(0);
    await card.getByRole('radio', { name: 'Vroeger gestopt' }).check();
    // An early end starts on today; the reason and the words are offered, none required.
    await expect(card.getByLabel('Datum van het einde')).toHaveValue('2026-06-15');
    await card.getByLabel('Datum van het einde').fill('2026-06-01');
    await card.getByRole('radio', { name: 'Geen contact meer' }).check();
    await card.getByLabel('In eigen woorden').fill('Verhuisd naar Gent, "even niet" meer.');
    let data = (await stored(page, 'p-lina')).data;
    expect(data.trajectory.end).toEqual({
      kind: 'stopped-early',
      date: '2026-06-01',
      reason: 'lost-contact',
      words: 'Verhuisd naar Gent, "even niet" meer.',
    });
    // The year no longer calls anything late; it says how it ended and when the check is.
    const now = page.getByTestId('now');
    await expect(now.locator('.tj-position')).toHaveText('Vroeger gestopt op 01/06/2026');
    await expect(now).not.toContainText('Te laat');
    await expect(now).toContainText('Check na zes maanden: 01/12/2026');
    // What was still open in the year is no longer needed; what was done stays done.
    await expect(page.locator('.ms[data-kind="evaluation-1"]')).toHaveAttribute('data-state', 'ended');
    await expect(page.locator('.ms[data-kind="evaluation-1"] .ms-state')).toHaveText('Niet meer nodig');
    const check = page.getByTestId('six-month-check');
    await expect(check).toContainText('Voor deze jongere is dat op 01/12/2026.');
    await expectAccessible(page, 'the end recorded');
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'trajectory-end-nl', { fullPage: false });

    // Vandaag shows it too, and waits for the check instead of calling the milestones late.
    await page.goto('/traject');
    await ready(page);
    const lina = page.getByTestId('caseload').locator(':scope > li[data-id="p-lina"]');
    await expect(lina.locator('.tj-position')).toHaveText('Vroeger gestopt op 01/06/2026');
    await expect(lina).toHaveAttribute('data-urgency', 'upcoming');

    // The check's answer: "not applicable" (Lina did not come from detention), with its day.
    await page.goto('/jongeren/p-lina/traject');
    await ready(page);
    await page.getByTestId('six-month-check').getByRole('radio', { name: 'Niet van toepassing' }).check();
    await expect(page.getByTestId('six-month-check').getByRole('status')).toHaveText('Ingevuld op 15/06/2026.');
    data = (await stored(page, 'p-lina')).data;
    expect(data.trajectory.check).toEqual({ answer: 'not-applicable', on: '2026-06-15' });
    await expect(page.getByTestId('now')).not.toContainText('Check na zes maanden');
    await page.getByTestId('six-month-check').scrollIntoViewIfNeeded();
    await shot(page, 'trajectory-check-nl', { fullPage: false });

    // English, after a reload: everything was kept.
    await page.goto('/jongeren/p-lina/traject?lang=en');
    await ready(page);
    const en = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'End of the trajectory' }) });
    await expect(en.getByRole('radio', { name: 'Stopped early' })).toBeChecked();
    await expect(en.getByRole('radio', { name: 'No contact any more' })).toBeChecked();
    await expect(page.getByTestId('now').locator('.tj-position')).toHaveText('Stopped early on 01/06/2026');
    await expectAccessible(page, 'the end recorded (en)');
    await en.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'trajectory-end-en', { fullPage: false });

    // Back to "still running": the end is taken away and the year is late again.
    await en.getByRole('radio', { name: 'Still running' }).check();
    expect((await stored(page, 'p-lina')).data.trajectory.end).toBeUndefined();
    await expect(page.getByTestId('now')).toContainText('Overdue');
  });

  test('caseload outcomes: counts, shares, the under-5 rule, the research figures and a CSV with no names', async ({ page }) => {
    const kpis = (c: string, priv: string, prof: string, rec: string, inc: string) => ({
      closing: {
        rental_contract: { answer: c },
        private_network: { answer: priv },
        professional_network: { answer: prof },
        recidivism: { answer: rec },
        other_income: { answer: inc },
      },
    });
    const people: Case[] = [
      { id: 'p-zoe', name: 'Zoë Verstraete', start: '2025-02-01', plan: kpis('yes', 'yes', 'yes', 'no', 'yes'),
        trajectory: { end: { kind: 'completed', date: '2026-02-01' }, check: { answer: 'no' } } },
      { id: 'p-mo', name: 'Mohammed', start: '2025-03-03', plan: kpis('yes', 'yes', 'no', 'no', 'no'),
        trajectory: { end: { kind: 'completed', date: '2026-03-03' }, check: { answer: 'no' } } },
      { id: 'p-jasper', name: 'Jasper', start: '2025-06-01', plan: kpis('no', 'yes', 'yes', 'not-applicable', 'yes'),
        trajectory: { end: { kind: 'stopped-early', date: '2026-01-20', reason: 'lost-contact', words: 'Geen gsm meer, zegt Jasper' } } },
      { id: 'p-lotte', name: 'Lotte', start: '2025-05-05', plan: kpis('yes', 'unknown', 'yes', 'yes', 'unknown'),
        trajectory: { end: { kind: 'completed', date: '2026-05-05' } } },
      { id: 'p-kevin', name: 'Kevin', start: '2025-04-01', plan: kpis('yes', 'yes', 'yes', 'no', 'no'),
        trajectory: { end: { kind: 'other-help', date: '2026-04-01' } } },
      // No end recorded, but the closing is done: completed on that day.
      { id: 'p-ines', name: 'Inès', start: '2025-05-20', plan: kpis('unknown', 'no', 'unknown', 'no', 'yes'),
        trajectory: { done_by_hand: [{ kind: 'closing', date: '2026-05-20' }], check: { answer: 'no' } } },
      // Still running: not counted.
      { id: 'p-noor', name: 'Noor', start: '2026-03-01', plan: kpis('yes', 'yes', 'yes', 'no', 'yes') },
    ];
    await seed(page, people);
    await page.goto('/traject');
    await ready(page);
    await page.getByRole('link', { name: 'Resultaten van je jongeren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Resultaten' })).toBeVisible();
    await expect(page.getByLabel('Van', { exact: true })).toHaveValue('2026-01-01');
    await expect(page.getByLabel('Tot en met', { exact: true })).toHaveValue('2026-06-15');
    await expect(page.getByTestId('ended-count')).toHaveText('6 jongeren beëindigden het traject in deze periode.');
    const row = (slug: string) => page.locator(`.oc-kpi[data-kpi="${slug}"]`);
    const expected: [string, string, string | null][] = [
      ['own-rental-contract', '4 van 5', '80%'],
      ['active-network', '3 van 5', '60%'],
      ['no-new-offence', '3 van 4', null],
      ['income-other-than-leefloon', '3 van 5', '60%'],
      ['completed', '4 van 6', '67%'],
    ];
    for (const [slug, count, share] of expected) {
      await expect(row(slug).getByTestId('count')).toHaveText(count);
      if (share) await expect(row(slug).getByTestId('share')).toHaveText(share);
      else await expect(row(slug).getByTestId('share')).toHaveCount(0);
    }
    await expect(row('no-new-offence')).toContainText('Minder dan 5 jongeren: geen percentage');
    await expect(row('own-rental-contract')).toContainText('Bij 1 jongere nog niet ingevuld.');
    // The research figures, as the source gives them.
    await expect(row('own-rental-contract')).toContainText('96 van de 123 jongeren (78%)');
    await expect(row('no-new-offence')).toContainText('1 op de 5 jongeren uit detentie');
    await expect(row('completed')).toContainText('12 jongeren (9%) haakten vroegtijdig af');
    await expect(row('active-network')).toContainText('Onderzoek: geen cijfer gepubliceerd.');
    await expectAccessible(page, 'outcomes');
    await shot(page, 'outcomes-nl');

    // The CSV: one row per indicator, quoted where needed, and not one name or id in its bytes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^resultaten-2026-06-15-[0-9a-z]{4}\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    for (const p of people) {
      expect(bytes.includes(Buffer.from(p.name.split(' ')[0], 'utf8')), p.name).toBe(false);
      expect(bytes.includes(Buffer.from(p.id, 'utf8')), p.id).toBe(false);
    }
    expect(bytes.includes(Buffer.from('Verstraete'))).toBe(false);
    expect(bytes.includes(Buffer.from('Geen gsm meer'))).toBe(false);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('indicator,code,periode van,periode tot en met,bereikt,met een antwoord,percentage,nog niet ingevuld,onderzoek');
    expect(lines[1]).toBe(
      'Huurcontract op eigen naam,own-rental-contract,2026-01-01,2026-06-15,4,5,80,1,96 van de 123 jongeren (78%) hadden op het einde een huurcontract op eigen naam.',
    );
    // A field with a comma is quoted; the hidden share is an empty field.
    expect(lines[2]).toBe('"Actief netwerk, privé en professioneel",active-network,2026-01-01,2026-06-15,3,5,60,1,');
    expect(lines[3]).toMatch(/^"Geen nieuwe feiten, tijdens het traject en zes maanden erna",no-new-offence,2026-01-01,2026-06-15,3,4,,1,1 op de 5 /);
    await expect(page.getByRole('status').filter({ hasText: 'Het bestand staat bij je downloads.' })).toBeVisible();

    // Another period: from April on three trajectories ended, too few for any share.
    await page.getByLabel('Van', { exact: true }).fill('2026-04-01');
    await expect(page.getByTestId('ended-count')).toHaveText('3 jongeren beëindigden het traject in deze periode.');
    await expect(page.getByTestId('share')).toHaveCount(0);
    await expect(row('completed').getByTestId('count')).toHaveText('2 van 3');

    await page.goto('/traject/resultaten?lang=en');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Outcomes' })).toBeVisible();
    await expect(row('own-rental-contract').getByTestId('count')).toHaveText('4 of 5');
    await expect(row('own-rental-contract')).toContainText('96 of the 123 young people (78%)');
    await expectAccessible(page, 'outcomes (en)');
    await shot(page, 'outcomes-en');
  });
});
