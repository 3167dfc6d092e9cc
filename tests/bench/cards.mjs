// Method cards benchmark (issue 3), run by `make bench` through tests/bench/bench.mjs.
//
// Prints figures (medians of several runs), never passes or fails:
// - opening a card from the list, and by deep link after the app has started (budget 100 ms);
// - each search keystroke (budget 16 ms), typed one character at a time;
// - the wasm's gzip size and the size of the card text compiled into it (budget: cards add
//   at most 80 KB gzip).
// All timings on the release build with the CPU throttled 4× (ctx.page()).

import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const RUNS = 7;
const QUERIES = ['drie manden', 'prochaska', 'GLM', 'herorientering'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const max = (xs) => Math.max(...xs);
const round = (x) => Math.round(x * 10) / 10;

/**
 * Installed before the app loads: records, for each `input` event on the search box, the time
 * from the key event to the next animation frame (the answer is in the DOM then) and to the
 * frame after that (style, layout and paint included).
 */
function keystrokeProbe() {
  window.__keys = [];
  document.addEventListener('input', (ev) => {
    if (!ev.target || ev.target.id !== 'card-search' || ev.target.value === '') return;
    const t0 = ev.timeStamp;
    requestAnimationFrame(() => {
      const frame = performance.now() - t0;
      // A message after the frame runs once it has been painted.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__keys.push({ frame, painted: performance.now() - t0 });
      requestAnimationFrame(() => ch.port2.postMessage(0));
    });
  }, true);
}

/** Milliseconds from navigation start until `selector` shows `text` (any text when null). */
async function visibleAt(page, selector, text) {
  await page.waitForFunction(
    ([sel, txt]) => {
      const el = document.querySelector(sel);
      if (el && (txt === null || el.textContent.trim() === txt)) {
        window.__visibleAt ??= performance.now();
        return true;
      }
      return false;
    },
    [selector, text],
    { polling: 'raf', timeout: 30_000 },
  );
  return page.evaluate(() => window.__visibleAt);
}

/** performance.now() when the wasm module finished downloading (the app starts right after). */
async function wasmLoadedAt(page) {
  return page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    return wasm ? wasm.responseEnd : 0;
  });
}

export default async function (ctx) {
  const base = ctx.baseURL.replace(/\/$/, '');

  // ----- open a card from the list (the app already running) -----
  {
    const page = await ctx.page();
    await page.goto(`${base}/methodieken`);
    await page.locator('#card-search').waitFor();
    const targets = ['levenslijn', 'driemandenmethodiek', 'good-lives-model', 'cirkel-van-gedragsverandering'];
    const backToList = async () => {
      if (!page.url().endsWith('/methodieken')) await page.goBack();
      await page.locator('#card-search').waitFor();
    };
    // Script time (DevTools ScriptDuration) that a tap on a list item causes.
    await ctx.time(page, 'cards: open a card from the list, script', async (i) => {
      await page.locator(`.card-list a[href="/methodieken/${targets[i % targets.length]}"]`).last().click();
      await page.locator('.card-steps').waitFor();
    }, { runs: RUNS, setup: backToList });
    // Wall time in the page from the tap until the card has been painted.
    const shown = [];
    for (let i = 0; i < RUNS; i++) {
      await backToList();
      shown.push(await page.evaluate(async (slug) => {
        const links = document.querySelectorAll(`.card-list a[href="/methodieken/${slug}"]`);
        const t0 = performance.now();
        links[links.length - 1].click();
        while (!document.querySelector('.card-steps')) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // painted
        return performance.now() - t0;
      }, targets[i % targets.length]));
    }
    ctx.report('cards: open a card from the list, tap to painted (median)', round(median(shown)), `ms (of ${RUNS}, 4x CPU)`);
    ctx.report('cards: open a card from the list, tap to painted (worst)', round(max(shown)), 'ms');
    await page.close();
  }

  // ----- deep link: a fresh tab straight onto a card -----
  {
    const afterStart = [];
    const total = [];
    const homeAfterStart = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await ctx.page();
      await page.goto(`${base}/methodieken/driemandenmethodiek`);
      const shown = await visibleAt(page, 'main#main h1', 'Driemandenmethodiek');
      const loaded = await wasmLoadedAt(page);
      total.push(shown);
      afterStart.push(shown - loaded);
      await page.close();

      // The same for the home screen: the difference is what showing a card costs.
      const home = await ctx.page();
      await home.goto(`${base}/`);
      const homeShown = await visibleAt(home, 'main#main h1', null);
      homeAfterStart.push(homeShown - (await wasmLoadedAt(home)));
      await home.close();
    }
    ctx.report('cards: deep link, card on screen after the wasm arrived (median)', round(median(afterStart)), 'ms');
    ctx.report('cards: deep link, home screen after the wasm arrived (median, for comparison)', round(median(homeAfterStart)), 'ms');
    ctx.report('cards: deep link, card on screen after navigation start (median, local server)', round(median(total)), 'ms');
  }

  // ----- search: per keystroke -----
  {
    const page = await ctx.page();
    await page.addInitScript(keystrokeProbe);
    await page.goto(`${base}/methodieken`);
    await page.locator('#card-search').waitFor();
    await page.waitForTimeout(300); // the index is built right after the list paints
    const scripted = [];
    let typed = 0;
    for (const q of QUERIES) {
      scripted.push(await ctx.time(page, `cards: search keystroke, script ("${q}")`, async (i) => {
        await page.keyboard.type(q[i]);
      }, {
        runs: q.length,
        warmup: 0, // each run types the next letter of the query
        setup: async (i) => { if (i === 0) { await page.fill('#card-search', ''); await page.focus('#card-search'); } },
      }));
      typed += q.length;
    }
    await page.waitForTimeout(300);
    const probe = await page.evaluate(() => window.__keys);
    // The probe also saw the fill('') events; keep the typed keystrokes only.
    const keys = probe.slice(-typed);
    ctx.report('cards: search keystroke, script (median over the queries)', round(median(scripted)), 'ms');
    if (keys.length) {
      ctx.report('cards: search keystroke, key to next frame (median)', round(median(keys.map((k) => k.frame))), `ms (of ${keys.length})`);
      ctx.report('cards: search keystroke, key to painted (median)', round(median(keys.map((k) => k.painted))), 'ms');
      ctx.report('cards: search keystroke, key to painted (worst)', round(max(keys.map((k) => k.painted))), 'ms');
    }
    await page.close();
  }

  // ----- size -----
  {
    // The main module, for reference: the card text travels with the cards part (a static is
    // downloaded with the code that names it), whose size bench.mjs reports as "part load_cards".
    const dist = path.resolve('dist');
    const folder = fs.readdirSync(dist).find((f) => f.startsWith('wasm-'));
    if (folder) {
      const bytes = fs.readFileSync(path.join(dist, folder, 'back_on_track_bg.wasm'));
      ctx.report('cards: main wasm module (raw)', round(bytes.length / 1024), 'KB');
      ctx.report('cards: main wasm module (gzip -9)', round(zlib.gzipSync(bytes, { level: 9 }).length / 1024), 'KB');
    }
    // The card text exactly as compiled in: the string literals of the generated cards.rs.
    const generated = findGenerated(path.resolve('target'));
    if (generated) {
      const src = fs.readFileSync(generated, 'utf8');
      const literals = (src.match(/"(?:[^"\\]|\\.)*"/g) || []).map((s) => JSON.parse(s.replace(/\\'/g, "'").replace(/\\u\{([0-9a-f]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)) )));
      const text = Buffer.from(literals.join('\n'), 'utf8');
      ctx.report('cards: card text compiled in (raw)', round(text.length / 1024), 'KB');
      ctx.report('cards: card text compiled in (gzip -9; downloads with the cards part)', round(zlib.gzipSync(text, { level: 9 }).length / 1024), 'KB');
    }
  }
}

/** The newest release `cards.rs` written by build.rs. */
function findGenerated(target) {
  let best = null;
  for (const triple of ['wasm32-unknown-unknown/release', 'release']) {
    const build = path.join(target, triple, 'build');
    if (!fs.existsSync(build)) continue;
    for (const d of fs.readdirSync(build)) {
      if (!d.startsWith('back_on_track-')) continue;
      const f = path.join(build, d, 'out', 'cards.rs');
      if (fs.existsSync(f)) {
        const m = fs.statSync(f).mtimeMs;
        if (!best || m > best.m) best = { f, m };
      }
    }
  }
  return best && best.f;
}
