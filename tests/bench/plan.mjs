// Support plan with a heavy caseload: 10 readings × 15 domains × 40 actions on one young person.
// Measures (script time, 4x CPU throttling, median of runs):
//   - opening the plan page (web, evolution table, actions, readings) from the profile page;
//   - redrawing the web after a score change on the reading page;
//   - opening the reading page (15 domains, each with its score picker) for reference;
// and reports the JS heap and wasm memory with that plan loaded. Budget: 16 ms each; memory ≤ 20 MB.
import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ID = 'bench-heavy';

/** The stored value (storage envelope) the app itself would write, from `examples/heavy_plan.rs`. */
function heavyCase() {
  return execSync('cargo run -q --example heavy_plan', { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

export default async function (ctx) {
  const value = heavyCase();
  const plan = JSON.parse(value).data.plan;
  const lastReading = plan.readings[plan.readings.length - 1].id;
  ctx.report('plan: stored size of the heavy case file', value.length, 'B');

  const p = await ctx.page();
  await p.goto('/');
  await p.evaluate(([id, v]) => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('bot.case.')) localStorage.removeItem(k);
    localStorage.setItem(`bot.case.${id}`, v);
  }, [ID, value]);

  // 1. Opening the plan page: click the link on the profile page (an in-app navigation, as a user
  //    does), until the next frame. Between runs, go back to the profile page.
  await p.goto(`/jongeren/${ID}`);
  await p.locator('main#main h1').waitFor();
  const backToProfile = async () => {
    if (!(await ctx.shownUrl(p)).endsWith(`/jongeren/${ID}`)) {
      await p.evaluate(() => history.back());
      await p.waitForURL(new RegExp(`/jongeren/${ID}$`));
    }
    await p.locator('a[href$="/plan"]').first().waitFor();
  };
  await ctx.time(p, 'plan: open the plan page (10 readings × 15 domains × 40 actions)', () => ctx.clickThenFrame(p, 'main a[href$="/plan"]'),
    { runs: 21, setup: backToProfile, framed: true,
      // The router writes the history entry in the first idle moment after the paint
      // (vendor/leptos_router/PATCHES.md); the document title goes last (browser::set_title).
      deferred: ['the history entry (history.pushState)', 'the evolution tables (below the first screen)', 'actions, readings and links', 'the document title'] });
  // For comparison: a route change within the same part to a light page, the list of young
  // people (one person), from the same profile page. What any screen costs before its content.
  await ctx.time(p, 'plan: (baseline) route change from the profile page to the list of young people',
    () => ctx.navigateThenFrame(p, '/jongeren'), { runs: 21, setup: backToProfile, framed: true,
      deferred: ['the document title', 'the history entry (history.pushState)'] });
  await p.goto(`/jongeren/${ID}/plan`);
  await p.locator('#plan-web svg.radar-svg').waitFor();
  await p.locator('.action-list').waitFor();
  const drawn = await p.evaluate(() => ({
    axes: document.querySelectorAll('#plan-web g.radar-labels > text').length,
    series: document.querySelectorAll('#plan-web g.radar-series').length,
    actions: document.querySelectorAll('.action-list > li').length,
  }));
  if (drawn.axes !== 15 || drawn.series !== 3) throw new Error(`the plan page did not draw the heavy web: ${JSON.stringify(drawn)}`);
  ctx.report('plan: open actions listed on the plan page', drawn.actions, '');
  await ctx.memory(p, 'plan page with the heavy plan');

  // 2. Opening the reading page: the top (header, kind and date, the web) in the first frame;
  //    the 15 domains two at a time in tasks of their own right after (pages/plan/reading.rs,
  //    drawn_in_steps), the web's table in the task after the first two (components/radar_chart.rs,
  //    AfterPaint): the order in which they ask for an idle moment.
  const later = Array.from({ length: 7 }, (_, k) => `domains ${1 + 2 * k} and ${2 + 2 * k}`);
  later.splice(1, 0, "the web's table (15 rows)");
  later.push('domain 15');
  later.unshift('the history entry (history.pushState)');
  await ctx.time(p, 'plan: open a reading page (15 domains with score pickers)',
    () => ctx.navigateThenFrame(p, `/jongeren/${ID}/plan/meting/${lastReading}`), {
      runs: 9,
      framed: true,
      deferred: later,
      setup: async () => {
        if (/\/meting\//.test(await ctx.shownUrl(p))) {
          await p.evaluate(() => history.back());
          await p.waitForURL(/\/plan$/);
        }
        await p.locator('#plan-web svg.radar-svg').waitFor();
      },
    });
  await p.locator('#reading-web svg.radar-svg').waitFor();

  // 3. A score change redraws the web: alternate the first domain between 3 and 8.
  let before = '';
  await ctx.time(p, 'plan: redraw the web after a score change', async (i) => {
    await p.evaluate((score) => document.querySelector(`label[for="score-wonen-${score}"]`).click(), i % 2 ? 3 : 8);
  }, {
    runs: 9,
    later: 'the save to localStorage',
    setup: async () => {
      before = await p.locator('#reading-web g.radar-current polygon').getAttribute('points');
    },
  });
  const after = await p.locator('#reading-web g.radar-current polygon').getAttribute('points');
  if (after === before) throw new Error('the web was not redrawn after the score change');
  // 4. A step in the browser's history (every route change makes one) with the whole reading
  //    page drawn: Chromium saves the state of every form control on the page with it, unless
  //    the control says autocomplete="off" (every control in the app does; that also keeps what
  //    is typed out of the browser's own form memory).
  await p.locator('section.topic-card').nth(14).waitFor({ state: 'attached' });
  const controls = await p.evaluate(() => document.querySelectorAll('input,select,textarea').length);
  await ctx.time(p, `plan: a history step on the reading page (${controls} form controls)`,
    // In a timer, as the router does it in a task of the page's own: script that DevTools runs
    // itself (p.evaluate's own body) is not counted as the page's script time.
    () => p.evaluate(() => new Promise((r) => setTimeout(() => { history.replaceState(history.state, '', location.href); r(); }, 0))),
    { runs: 9 });
  await ctx.memory(p, 'reading page with the heavy plan');
  await p.close();
}
