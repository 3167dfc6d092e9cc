// Worksheets-a benchmark: a young person with 200 lifeline moments and 150 people on the network
// map in storage; how much script time does adding one (and redrawing) cost at 4x CPU throttling?
// Budget (issue 5): under 16 ms per action. Run by `make bench` (tests/bench/bench.mjs).
//
// The data comes from the domain's own generators (`sample_lifeline`, `sample_network`) through
// `examples/worksheets_a_case.rs`, which prints the exact text the app stores under
// `bot.case.<id>` (the envelope of src/storage/envelope.rs). It is written into localStorage
// before the app starts, so the app loads it the way it loads any real case.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ID = 'bench-a';
const MOMENTS = 200;
const PEOPLE = 150;

/** The stored case (cached under target/bench/, rebuilt when the generator is newer). */
function fixture() {
  const out = path.join(root, 'target/bench', `worksheets-a-${MOMENTS}-${PEOPLE}.json`);
  const sources = ['examples/worksheets_a_case.rs', 'src/domain/lifeline.rs', 'src/domain/network.rs'].map((f) => fs.statSync(path.join(root, f)).mtimeMs);
  if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < Math.max(...sources)) {
    const line = execFileSync('cargo', ['run', '--quiet', '--example', 'worksheets_a_case', '--', ID, String(MOMENTS), String(PEOPLE)], {
      cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
    });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, line);
  }
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

async function openWithData(ctx, { key, value }, sheet) {
  const p = await ctx.page();
  await p.goto('/');
  await p.locator('main#main h1').first().waitFor();
  await p.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [key, value]);
  await p.goto(`/jongeren/${ID}/werkblad/${sheet}`);
  await p.locator('main#main h1').first().waitFor();
  return p;
}

const click = (p, selector) => p.evaluate((s) => document.querySelector(s).click(), selector);
// A tap or a key press reaches a button that has the focus (pointerdown or Tab moved it there, in
// an earlier task); element.click() alone would not move it, and would leave the focus in the
// editor that the click then closes.
const focus = (p, selector) => p.evaluate((s) => document.querySelector(s).focus(), selector);

export default async function (ctx) {
  const data = fixture();
  ctx.report('worksheets-a stored case size', data.value.length, 'B');

  // ----- lifeline: 200 moments -----
  {
    const p = await openWithData(ctx, data, 'levenslijn');
    await p.locator('.timeline-svg .tl-point').nth(MOMENTS - 1).waitFor({ state: 'attached' });
    const dots = await p.locator('.timeline-svg .tl-point').count();
    ctx.report('lifeline: dots drawn at start', dots, '');
    await ctx.time(p, `lifeline: add a moment and redraw (${MOMENTS} on the line)`, () => ctx.clickThenFrame(p, '#add-moment'), { framed: true,
      runs: 11, setup: () => focus(p, '#add-moment'), deferred: ["opening the new moment's editor (top)", 'its lower part (feeling, visit, buttons)'], later: 'the save to localStorage',
    });
    ctx.report('lifeline: dots drawn after adding', await p.locator('.timeline-svg .tl-point').count(), '');
    // Typing in the open editor saves and redraws on every keystroke.
    const what = p.locator('.item-editor textarea').first();
    await ctx.time(p, 'lifeline: one keystroke in "what happened" (saved, label redrawn)', (i) =>
      what.evaluate((el, i) => {
        el.value = el.value + String.fromCharCode(97 + i);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, i), { later: 'the save to localStorage' });
    // Switching views: each direction measured on its own, the other one set up (and settled)
    // before each run. The table's first screenful comes with the switch, the rest right after
    // (components/timeline.rs, drawn_in_steps); likewise the drawing's first 24 dots.
    const view = (index) => p.evaluate((k) => {
      window.__benchHoldIdle = true;
      document.querySelectorAll('.timeline .segmented button')[k].click();
      return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }, index);
    const showing = (index) => async () => {
      await p.evaluate((k) => document.querySelectorAll('.timeline .segmented button')[k].click(), index);
      await p.waitForTimeout(400);
    };
    await ctx.time(p, `lifeline: switch from the drawing to the table (${MOMENTS} rows)`, () => view(1), {
      framed: true, runs: 7, setup: showing(0),
      deferred: Array.from({ length: 5 }, (_, k) => `table rows ${13 + 40 * k} to ${Math.min(MOMENTS, 52 + 40 * k)}`),
    });
    await ctx.time(p, `lifeline: switch from the table to the drawing (${MOMENTS} dots)`, () => view(0), {
      framed: true, runs: 7, setup: showing(1),
      deferred: Array.from({ length: 5 }, (_, k) => `dots ${25 + 40 * k} to ${Math.min(MOMENTS, 64 + 40 * k)}`),
    });
    await ctx.memory(p, 'lifeline with 200 moments');
    await p.close();
  }

  // ----- network: 150 people -----
  {
    const p = await openWithData(ctx, data, 'netwerkwandeling');
    await p.locator('.network-svg .nm-person').first().waitFor({ state: 'attached' });
    ctx.report('network: people drawn at start', await p.locator('.network-svg .nm-person').count(), '');
    await ctx.time(p, `network: add a person and redraw the map (${PEOPLE} people)`, () => ctx.clickThenFrame(p, '#add-person'), { framed: true,
      runs: 11, setup: () => focus(p, '#add-person'), deferred: ["opening the new person's editor (top)", 'its lower part (ring before, contact, life domains, note, buttons)'], later: 'the save to localStorage',
    });
    const name = p.locator('.item-editor input[type=text]').first();
    await ctx.time(p, 'network: one keystroke in a name (saved, map redrawn)', (i) =>
      name.evaluate((el, i) => {
        el.value = el.value + String.fromCharCode(97 + i);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, i), { later: 'the save to localStorage' });
    await ctx.time(p, 'network: take a snapshot', () => click(p, '.snapshot-form button[type=submit]'));
    const slider = p.locator('#nm-version');
    await ctx.time(p, 'network: slide to another version (map redrawn)', (i) =>
      slider.evaluate((el, i) => {
        el.value = String(i % 2 === 0 ? 0 : Number(el.max));
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, i));
    await ctx.time(p, 'network: now <-> before (map redrawn)', (i) =>
      p.evaluate((i) => document.querySelectorAll('.map-controls .segmented')[0].querySelectorAll('button')[(i + 1) % 2].click(), i));
    await ctx.memory(p, 'network with 150 people');
    await p.close();
  }
}
