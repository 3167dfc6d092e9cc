import { test, expect, ready, settled, expectAccessible, shot, addProfile, flushSaves } from './fixtures';
import type { Page } from '@playwright/test';

// The support plan: the hand-over flow on a phone, readings that carry over, the spider web, SMART
// actions that go overdue, the closing report on paper and "Mijn plan".

/** Pick a score (or "Nu geen score" / "Niet voor mij / nu niet") in the score picker inside `scope`. */
async function pick(page: Page, label: string, scope = 'main') {
  await page.locator(`${scope} .score-picker label`).filter({ hasText: new RegExp(`^${label}$`) }).click();
}

async function storedPlan(page: Page, id: string) {
  await flushSaves(page);
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`bot.case.${id}`)!).data.plan, id);
}

/** A young person made through the UI, with `plan` written into their stored file; opens the plan. */
async function seedPlan(page: Page, name: string, plan: object, path = '') {
  const url = await addProfile(page, name, '2026-01-19');
  const id = url.split('/').pop()!;
  await page.evaluate(([id, plan]) => {
    const key = `bot.case.${id}`;
    const env = JSON.parse(localStorage.getItem(key)!);
    env.data.plan = plan;
    localStorage.setItem(key, JSON.stringify(env));
  }, [id, plan] as const);
  await page.goto(`/jongeren/${id}/plan${path}`);
  await ready(page);
  return id;
}

const DOMAINS = ['wonen', 'netwerk', 'opleiding-werk', 'inkomen', 'activering', 'fysieke-gezondheid', 'mentale-gezondheid',
  'maatschappelijke-identiteit', 'budget', 'administratie', 'vrije-tijd', 'zelfredzaamheid', 'recidive'];

/** Two readings (support plan and evaluation 1) with actions and closing indicators. */
function twoReadings() {
  const first: Record<string, object> = {};
  const second: Record<string, object> = {};
  DOMAINS.forEach((d, i) => {
    first[d] = { score: 2 + (i % 4), words: i === 0 ? 'Ik slaap bij mijn zus' : undefined };
    second[d] = { score: Math.min(10, 4 + (i % 5)) };
  });
  first['vrije-tijd'] = { score: 'nvt' };
  second['budget'] = { score: null, words: 'Daar wil ik het later over hebben' };
  second['wonen'] = { score: 7, words: 'Studio via het SVK', coach: 3, coach_note: 'Huur is hoog' };
  return {
    switched_off: ['recidive'],
    readings: [
      { id: 1, kind: 'ondersteuningsplan', date: '2026-03-02', entries: first },
      { id: 2, kind: 'evaluatie-1', date: '2026-06-02', entries: second },
    ],
    actions: [
      { id: 3, topic: 'wonen', what: 'Drie woningen bezoeken via de woonmaatschappij', who: { kind: 'jongere' }, due: '2026-04-01', status: 'done', status_date: '2026-03-28', added_at: 1 },
      { id: 4, topic: 'inkomen', what: 'Afspraak bij het OCMW over het leefloon', who: { kind: 'dienst', name: 'OCMW Brugge' }, due: '2026-07-01', status: 'open', added_at: 1 },
      { id: 5, topic: 'netwerk', what: 'Tante Nadia bellen', who: { kind: 'netwerk', name: 'tante Nadia' }, due: '2026-05-01', status: 'open', added_at: 1 },
    ],
    contacts: [{ id: 6, name: 'Begeleider Tom', why: 'Altijd, ook als het misloopt', phone: '0470 12 34 56' }],
    closing: {},
    next_id: 7,
  };
}

test.describe('hand-over flow', () => {
  test('the young person scores every domain on a phone; a reload mid-flow loses nothing', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-02T10:00:00+01:00'));
    const url = await addProfile(page, 'Yasmine', '2026-01-19');
    const id = url.split('/').pop()!;
    await page.getByRole('link', { name: 'Ondersteuningsplan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan van Yasmine' })).toBeVisible();
    await expectAccessible(page, 'plan-empty');
    await shot(page, 'plan-overview-empty-nl');

    await page.getByRole('link', { name: /Geef de gsm door/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jouw scores' })).toBeVisible();
    // The app's navigation is hidden while the phone is in the young person's hands.
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByText('Dit wordt je eerste meting: het ondersteuningsplan.')).toBeVisible();
    await expectAccessible(page, 'handover-intro');
    await shot(page, 'plan-handover-intro-nl');

    await page.getByRole('button', { name: 'Beginnen' }).click();
    await expect(page.locator('.progress-text')).toHaveText('1 van 13');
    await expect(page.getByRole('heading', { level: 2, name: 'Wonen' })).toBeFocused();
    // The coach's part is not there.
    await expect(page.getByText(/Kijk van de begeleider/)).toHaveCount(0);
    // Nothing answered yet: the way on says "skip".
    await expect(page.getByRole('button', { name: 'Overslaan' })).toBeVisible();
    await pick(page, '7');
    await page.getByLabel(/Wil je er iets over zeggen/).fill('Ik slaap bij mijn zus');
    // Big buttons: every score is at least 44 px high.
    for (const h of await page.locator('.score-picker label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
      expect(h).toBeGreaterThanOrEqual(44);
    }
    // The young person is told who else sees the answers.
    await expect(page.locator('.who-sees')).toHaveText('Je antwoorden zien alleen jij en je begeleider. Ze blijven op deze gsm.');
    await expectAccessible(page, 'handover-step');
    await shot(page, 'plan-handover-step-nl');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await expect(page.locator('.progress-text')).toHaveText('2 van 13');
    await pick(page, '5');
    await page.getByRole('button', { name: 'Volgende' }).click();
    // Opleiding of werk: skipped.
    await expect(page.locator('.progress-text')).toHaveText('3 van 13');
    await page.getByRole('button', { name: 'Overslaan' }).click();
    // Inkomen: not for me now.
    await expect(page.getByRole('heading', { level: 2, name: 'Inkomen' })).toBeVisible();
    await pick(page, 'Niet voor mij / nu niet');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.locator('.progress-text')).toHaveText('5 van 13');
    // Back is always possible, and the answer is still there.
    await page.getByRole('button', { name: 'Vorige' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Inkomen' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Niet voor mij / nu niet' })).toBeChecked();
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Activering: a score and some words, then the page reloads in the middle of it.
    await expect(page.getByRole('heading', { level: 2, name: 'Activering' })).toBeVisible();
    await pick(page, '6');
    await page.getByLabel(/Wil je er iets over zeggen/).fill('Ik zoek vrijwilligers');
    await page.reload();
    await ready(page);
    await expect(page.locator('.progress-text')).toHaveText('5 van 13');
    await expect(page.getByRole('heading', { level: 2, name: 'Activering' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '6', exact: true })).toBeChecked();
    await expect(page.getByLabel(/Wil je er iets over zeggen/)).toHaveValue('Ik zoek vrijwilligers');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();

    // The rest: a score for each, through to the summary.
    for (let step = 6; step <= 13; step++) {
      await page.getByRole('button', { name: /^(Volgende|Overslaan)$/ }).click();
      await expect(page.locator('.progress-text')).toHaveText(`${step} van 13`);
      await pick(page, String(step % 11));
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Jouw overzicht' })).toBeFocused();
    const summary = page.locator('.summary-list');
    await expect(summary.locator('.summary-row').first()).toContainText('Wonen');
    await expect(summary.locator('.summary-row').first()).toContainText('7');
    await expect(summary.locator('.summary-row').first()).toContainText('Ik slaap bij mijn zus');
    await expect(summary.locator('.summary-row').nth(2)).toContainText('Nu geen score');
    await expect(summary.locator('.summary-row').nth(3)).toContainText('Niet voor mij / nu niet');
    await expect(page.locator('svg.radar-svg g.radar-current polygon')).toHaveCount(1);
    await expectAccessible(page, 'handover-summary');
    await shot(page, 'plan-handover-summary-nl');

    // The summary survives a reload too; a change from the summary goes to that screen.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Jouw overzicht' })).toBeVisible();
    await page.getByRole('button', { name: 'Recidive vermijden aanpassen' }).click();
    await expect(page.locator('.progress-text')).toHaveText('13 van 13');
    await pick(page, '9');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.locator('.summary-row').last()).toContainText('9');

    await page.getByRole('button', { name: 'Klaar: geef de gsm terug' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan van Yasmine' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();

    const plan = await storedPlan(page, id);
    expect(plan.readings).toHaveLength(1);
    expect(plan.readings[0].kind).toBe('ondersteuningsplan');
    expect(plan.readings[0].date).toBe('2026-03-02');
    expect(plan.readings[0].entries.wonen).toEqual({ score: 7, words: 'Ik slaap bij mijn zus' });
    expect(plan.readings[0].entries['opleiding-werk']).toBeUndefined();
    expect(plan.readings[0].entries.inkomen.score).toBe('nvt');
    expect(plan.readings[0].entries.activering).toEqual({ score: 6, words: 'Ik zoek vrijwilligers' });
    expect(plan.readings[0].entries.recidive.score).toBe(9);
    expect(plan.handover).toBeNull();
  });

  test('English hand-over screens', async ({ page }) => {
    await seedPlan(page, 'Sam', twoReadings());
    await page.goto(page.url().replace(/\/plan$/, '/plan/doorgeven') + '?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Your scores' })).toBeVisible();
    await expect(page.getByText('You are filling in: Evaluation 1, 02/06/2026.')).toBeVisible();
    await shot(page, 'plan-handover-intro-en');
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect(page.locator('.progress-text')).toHaveText('1 of 12');
    await expect(page.getByRole('heading', { level: 2, name: 'Housing' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '7', exact: true })).toBeChecked();
    await expect(page.getByLabel(/Want to say something/)).toHaveValue('Studio via het SVK');
    await expectAccessible(page, 'handover-step-en');
    await shot(page, 'plan-handover-step-en');
  });
});

test.describe('readings and the spider web', () => {
  test('after two readings the web shows now against the start, and evolution has arrows', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-06-10T10:00:00+02:00'));
    await seedPlan(page, 'Noah', twoReadings());
    await expect(page.getByRole('heading', { level: 1, name: 'Plan van Noah' })).toBeVisible();
    const web = page.locator('#plan-web');
    await expect(web.locator('g.radar-current polygon.radar-outline')).toHaveCount(1);
    await expect(web.locator('g.radar-first polygon.radar-outline')).toHaveCount(1);
    await expect(web.locator('g.radar-previous')).toHaveCount(0);
    // Recidive is switched off: twelve axes; budget was skipped now so the current web has eleven points.
    await expect(web.locator('g.radar-labels > text')).toHaveCount(12);
    // Each reading's markers are one path: one shape (M…) per scored axis.
    expect((await web.locator('g.radar-current path.radar-marker').getAttribute('d'))!.match(/M/g)).toHaveLength(11);
    await expect(web.locator('.radar-legend li')).toHaveText(['Nu: Evaluatie 1, 02/06/2026', 'Start: Ondersteuningsplan, 02/03/2026']);
    // The evolution table right below is the web's key: numbered like the axes.
    const evo = page.locator('#plan-evolution');
    await expect(evo.locator('tbody tr')).toHaveCount(12);
    await expect(evo.locator('tbody tr').first().locator('td').first()).toHaveText('1');
    await expect(evo.locator('tbody tr').first().locator('th')).toHaveText('Wonen');
    await expect(evo.locator('tbody tr').first().locator('td').last()).toContainText('▲ +5');
    await expect(evo.locator('tbody tr').first().locator('.visually-hidden')).toHaveText('5 hoger');
    await expectAccessible(page, 'plan-overview');
    await shot(page, 'plan-overview-nl');
    await page.goto(page.url() + '?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Noah’s plan' })).toBeVisible();
    await expect(web.locator('.radar-legend li').first()).toHaveText('Now: Evaluation 1, 02/06/2026');
    await expectAccessible(page, 'plan-overview-en');
    await shot(page, 'plan-overview-en');
  });

  test('a new reading starts as a copy of the last one; the web redraws as a score changes', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-09-01T10:00:00+02:00'));
    const id = await seedPlan(page, 'Lina', twoReadings());
    await expect(page.getByLabel('Welke meting?')).toHaveValue('evaluatie-2');
    await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('2026-09-01');
    await page.getByRole('button', { name: 'Meting starten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meting: Evaluatie 2, 01/09/2026' })).toBeVisible();
    const wonen = page.locator('section#wonen');
    await expect(wonen.locator('.carried-note')).toHaveText('Overgenomen van vorige keer. Pas aan als het veranderd is.');
    await expect(wonen.getByRole('radio', { name: '7', exact: true })).toBeChecked();
    await expect(wonen.getByLabel('Een paar woorden over hoe het nu is')).toHaveValue('Studio via het SVK');
    // Three readings now: start, last time and now on the web.
    const web = page.locator('#reading-web');
    await expect(web.locator('g.radar-series')).toHaveCount(3);
    const before = await web.locator('g.radar-current polygon').getAttribute('points');
    await pick(page, '10', 'section#wonen');
    await expect(wonen.locator('.carried-note')).toHaveCount(0);
    await expect(web.locator('g.radar-current polygon')).not.toHaveAttribute('points', before!);
    await expect(web.locator('.radar-table tbody tr').first().locator('td').nth(1)).toHaveText('10');
    // The coach's view is apart, and a big difference is pointed out as a conversation starter.
    await expect(wonen.locator('.differs-note')).toContainText('jongere 10, begeleider 3');
    await expect(wonen.locator('details.coach-part')).toHaveAttribute('open', '');
    await wonen.getByLabel('Score van de begeleider').selectOption('9');
    await expect(wonen.locator('.differs-note')).toHaveCount(0);
    await expectAccessible(page, 'reading');
    await shot(page, 'plan-reading-nl');

    const plan = await storedPlan(page, id);
    expect(plan.readings).toHaveLength(3);
    expect(plan.readings[2].entries.wonen).toEqual({ score: 10, words: 'Studio via het SVK', coach: 9, coach_note: 'Huur is hoog' });
    expect(plan.readings[2].entries.netwerk.carried).toBe(true);
    expect(plan.readings[1].entries.wonen.score).toBe(7);
    expect(plan.readings[2].entries.recidive).toBeUndefined();

    await page.goto(page.url() + '?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Reading: Evaluation 2, 01/09/2026' })).toBeVisible();
    await shot(page, 'plan-reading-en');
  });

  test('domains switch off and own themes join the web; nothing is lost', async ({ page }) => {
    const id = await seedPlan(page, 'Ilias', twoReadings(), '/domeinen');
    await expect(page.getByRole('heading', { level: 1, name: 'Domeinen en eigen thema’s' })).toBeVisible();
    await page.getByLabel('Vrije tijd', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Thema toevoegen' }).click();
    await expect(page.getByText('Geef het thema eerst een naam')).toBeVisible();
    await page.getByLabel('Nieuw thema').fill('Rijbewijs');
    await page.getByRole('button', { name: 'Thema toevoegen' }).click();
    await expect(page.getByLabel('Naam van het thema')).toHaveValue('Rijbewijs');
    await expect(page.getByText('Uitgezet. De scores van vroeger blijven bewaard.')).toHaveCount(2);
    await expectAccessible(page, 'domains');
    await shot(page, 'plan-domains-nl');
    const plan = await storedPlan(page, id);
    expect(plan.switched_off).toEqual(['recidive', 'vrije-tijd']);
    expect(plan.own_themes).toEqual([{ id: 7, name: 'Rijbewijs' }]);
    expect(plan.readings[0].entries['vrije-tijd'].score).toBe('nvt');
    await page.goto(`/jongeren/${id}/plan`);
    await expect(page.locator('#plan-web g.radar-labels > text')).toHaveCount(12);
    await expect(page.locator('#plan-evolution tbody tr').last()).toContainText('Rijbewijs');
    // The switched-off domain is shown apart in the evolution, with its history.
    await expect(page.locator('#plan-evolution-off tbody tr')).toHaveCount(2);
    await page.goto(`/jongeren/${id}/plan/domeinen?lang=en`);
    await shot(page, 'plan-domains-en');
  });
});

test.describe('actions', () => {
  test('an action goes overdue when its day passes, and stands out', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-02T10:00:00+01:00'));
    const id = await seedPlan(page, 'Mats', { readings: [{ id: 1, kind: 'ondersteuningsplan', date: '2026-03-02', entries: { wonen: { score: 3 } } }], next_id: 2 });
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Actie' })).toBeVisible();
    await page.getByLabel('Wat ga je doen?').fill('Identiteitskaart aanvragen bij de gemeente');
    await page.locator('label[for="who-begeleider"]').click();
    await page.getByLabel('Wie precies?').fill('Tom');
    await page.getByLabel('Tegen wanneer?').fill('2026-03-10');
    await page.getByLabel('Tegen wanneer?').blur();
    await expectAccessible(page, 'action-editor');
    await shot(page, 'plan-action-nl');
    await page.getByRole('link', { name: 'Naar alle acties' }).click();
    const row = page.locator('.action-row').first();
    await expect(row).toContainText('Identiteitskaart aanvragen bij de gemeente');
    await expect(row).toContainText('tegen 10/03/2026');
    await expect(row).not.toHaveClass(/overdue/);
    await expectAccessible(page, 'actions');

    // Twelve days later the action is late.
    await page.clock.setFixedTime(new Date('2026-03-12T10:00:00+01:00'));
    await page.goto(`/jongeren/${id}/plan`);
    await expect(page.getByText('1 actie is over tijd.')).toBeVisible();
    const late = page.locator('.action-row.overdue');
    await expect(late).toHaveCount(1);
    await expect(late.locator('.overdue-badge')).toHaveText('2 dagen over tijd');
    await shot(page, 'plan-overview-overdue-nl');
    await page.goto(`/jongeren/${id}/plan/acties`);
    await page.getByRole('button', { name: 'Over tijd' }).click();
    await expect(page.locator('.action-row')).toHaveCount(1);
    await shot(page, 'plan-actions-overdue-nl');
    await page.locator('.action-row a').click();
    await expect(page.locator('.overdue-banner')).toContainText('2 dagen over tijd');
    await expectAccessible(page, 'action-overdue');
    await page.locator('label[for="status-done"]').click();
    await expect(page.locator('.overdue-banner')).toHaveCount(0);
    await page.goto(`/jongeren/${id}/plan`);
    await expect(page.getByText(/over tijd/)).toHaveCount(0);
    const plan = await storedPlan(page, id);
    expect(plan.actions[0]).toMatchObject({
      topic: 'wonen', what: 'Identiteitskaart aanvragen bij de gemeente', who: { kind: 'begeleider', name: 'Tom' },
      due: '2026-03-10', status: 'done', status_date: '2026-03-12', added_at: 1,
    });
    await page.goto(`/jongeren/${id}/plan/acties?lang=en`);
    await page.getByRole('button', { name: 'All' }).click();
    await shot(page, 'plan-actions-en');
  });
});

test.describe('on paper', () => {
  test('the closing report is filled in on screen and prints as a clean document', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-01-15T10:00:00+01:00'));
    const id = await seedPlan(page, 'Amira', twoReadings(), '/afronding');
    await expect(page.getByRole('heading', { level: 1, name: 'Afrondingsverslag van Amira' })).toBeVisible();
    await expect(page.getByText('Traject van 19/01/2026 tot 19/01/2027')).toBeVisible();
    const housing = page.locator('fieldset[data-kpi="huurcontract"]');
    await housing.locator('label', { hasText: 'Ja' }).click();
    // With a rental contract in own name the "lasting housing" question is not asked.
    await expect(page.locator('fieldset[data-kpi="duurzaam-wonen"]')).toHaveCount(0);
    await housing.getByLabel('Toelichting').fill('Studio in Brugge sinds oktober');
    await page.locator('fieldset[data-kpi="netwerk-prive"] label', { hasText: 'Ja' }).click();
    await page.locator('fieldset[data-kpi="recidive"] label', { hasText: 'Nee' }).click();
    await page.locator('fieldset[data-kpi="inkomen"] label', { hasText: 'Ja' }).click();
    await page.locator('fieldset[data-kpi="inkomen"]').getByLabel('Toelichting').fill('Loon als keukenhulp');
    await page.getByLabel('Afspraken over nazorg').fill('Week 1–8: om de twee weken bellen, elke maand samen koffie.\nDaarna: altijd welkom.');
    const report = page.locator('article.report');
    await expect(report.locator('[data-kpi="wonen"]')).toContainText('Huurcontract op eigen naam — Studio in Brugge sinds oktober');
    await expect(report.locator('[data-kpi="recidive"]')).toContainText('Nee');
    await expect(report).toContainText('Drie woningen bezoeken via de woonmaatschappij (28/03/2026)');
    await expect(report).toContainText('Sinds de start: 10 hoger, 1 gelijk, 0 lager.');
    await expect(report.locator('#closing-evolution thead th')).toHaveCount(5); // Nr., domain, two readings, change since the start (the table is the web's numbered key)
    await expectAccessible(page, 'closing');
    await shot(page, 'plan-closing-nl');

    // Reload: every answer was saved as it was given.
    await page.reload();
    await expect(page.getByLabel('Afspraken over nazorg')).toHaveValue(/altijd welkom/);
    const plan = await storedPlan(page, id);
    expect(plan.closing.rental_contract).toEqual({ answer: 'yes', note: 'Studio in Brugge sinds oktober' });
    expect(plan.closing.recidivism.answer).toBe('no');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.kpi-form')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Verslag afdrukken' })).toBeHidden();
    await expect(report).toBeVisible();
    await page.setViewportSize({ width: 794, height: 1123 });
    await shot(page, 'plan-closing-print-nl');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/jongeren/${id}/plan/afronding?lang=en`);
    await expect(page.getByRole('heading', { level: 1, name: 'Closing report for Amira' })).toBeVisible();
    await expectAccessible(page, 'closing-en');
    await shot(page, 'plan-closing-en');
  });

  test('"Mijn plan" on A4: scores, web, open actions and who to call', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-06-10T10:00:00+02:00'));
    const id = await seedPlan(page, 'Jonas', twoReadings(), '/afdruk');
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn plan — Jonas' })).toBeVisible();
    await page.getByRole('button', { name: 'Iemand toevoegen' }).click();
    await page.locator('.contact-row').last().getByLabel('Naam').fill('Zus Sara');
    await page.locator('.contact-row').last().getByLabel('Telefoonnummer').fill('0488 11 22 33');
    const doc = page.locator('article.print-doc');
    await expect(doc.locator('.print-table.scores tbody tr')).toHaveCount(12);
    await expect(doc.locator('.print-table.scores tbody tr').first()).toContainText('Studio via het SVK');
    await expect(doc).toContainText('Afspraak bij het OCMW over het leefloon');
    await expect(doc).not.toContainText('Drie woningen bezoeken', { useInnerText: true });
    await expect(doc.locator('.call-list li')).toHaveCount(2);
    await expect(doc.locator('.call-list')).toContainText('Zus Sara · 0488 11 22 33');
    await expectAccessible(page, 'print');
    await shot(page, 'plan-print-nl');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await expect(page.locator('.contact-row').first()).toBeHidden();
    await shot(page, 'plan-print-paper-nl');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 800 });
    const plan = await storedPlan(page, id);
    expect(plan.contacts[1]).toMatchObject({ name: 'Zus Sara', phone: '0488 11 22 33' });
    await page.goto(`/jongeren/${id}/plan/afdruk?lang=en`);
    await expect(page.getByRole('heading', { level: 1, name: 'My plan — Jonas' })).toBeVisible();
    await shot(page, 'plan-print-en');
  });
});

test('a plan link for someone not on this device, or a reading that is gone, says so plainly', async ({ page }) => {
  await page.goto('/jongeren/p-bestaat-niet/plan');
  await expect(page.getByText('Deze jongere staat niet (meer) op dit toestel.')).toBeVisible();
  await expectAccessible(page, 'plan-missing');
  const id = await seedPlan(page, 'Kobe', twoReadings());
  await page.goto(`/jongeren/${id}/plan/meting/99`);
  await expect(page.getByText('Deze meting bestaat niet (meer).')).toBeVisible();
  await page.goto(`/jongeren/${id}/plan/acties/99`);
  await expect(page.getByText('Deze actie bestaat niet (meer).')).toBeVisible();
});

test('Back to the plan keeps the place, also in the part drawn after the first paint', async ({ page }) => {
  await seedPlan(page, 'Lotte', twoReadings());
  // The links at the bottom come with the page's lower part (components/after_paint.rs), drawn
  // in steps: wait for all of them, so nothing above moves the page once it is scrolled.
  await expect(page.locator('a[href$="/domeinen"]')).toBeVisible();
  await settled(page);
  await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('main a[href$="/domeinen"]')!;
    window.scrollTo(0, Math.round(link.getBoundingClientRect().top + window.scrollY - 300));
  });
  await page.waitForTimeout(100);
  // Where the page is when the link is followed.
  const bottom = await page.evaluate(() => Math.round(window.scrollY));
  expect(bottom).toBeGreaterThan(800);
  await page.locator('main a[href$="/domeinen"]').click();
  await expect(page).toHaveURL(/\/plan\/domeinen$/);
  await ready(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/plan$/);
  // The same place, to the pixel: at a device pixel ratio of 2 a position can be a half pixel
  // (2571.5) that rounds either way.
  await expect.poll(() => page.evaluate((bottom) => Math.abs(window.scrollY - bottom), bottom)).toBeLessThanOrEqual(1);
  await expect(page.locator('main a[href$="/domeinen"]')).toBeInViewport();
});

test('going on past answers carried over from last time confirms them and moves on', async ({ page }) => {
  const carried: Record<string, object> = {};
  for (const d of DOMAINS) carried[d] = { score: 6, carried: true };
  const id = await seedPlan(page, 'Ilias', {
    readings: [
      { id: 1, kind: 'ondersteuningsplan', date: '2026-03-02', entries: Object.fromEntries(DOMAINS.map((d) => [d, { score: 6 }])) },
      { id: 2, kind: 'tussentijds', date: '2026-04-02', entries: carried },
    ],
    actions: [], contacts: [], closing: {}, next_id: 3,
  }, '/doorgeven');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  for (let step = 1; step <= 3; step++) {
    await expect(page.locator('.progress-text')).toHaveText(`${step} van 13`);
    await expect(page.getByText(/Vorige keer: 6/)).toBeVisible();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await expect(page.locator('.progress-text')).toHaveText('4 van 13');
  const plan = await storedPlan(page, id);
  expect(plan.readings[1].entries.wonen).toEqual({ score: 6 });
  expect(plan.readings[1].entries.inkomen.carried).toBe(true);
});
