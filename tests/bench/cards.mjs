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
    if (!ev.target || ev.target.id !== 'card-search') return;
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

/** Milliseconds from navigation start until `selector` shows `text`, measured in the page. */
async function visibleAt(page, selector, text) {
  await page.waitForFunction(
    ([sel, txt]) => {
      const el = document.querySelector(sel);
      if (el && el.textContent.trim() === txt) {
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
    await page.locator('main#main h1').waitFor();
    const times = [];
    const targets = ['levenslijn', 'driemandenmethodiek', 'good-lives-model', 'cirkel-van-gedragsverandering'];
    for (let i = 0; i < RUNS; i++) {
      const slug = targets[i % targets.length];
      const link = page.locator(`.card-list a[href="/methodieken/${slug}"]`).last();
      await link.waitFor();
      const ms = await ctx.time(page, `open ${slug} from the list`, async () => {
        await link.click();
        await page.locator('.card-steps').waitFor();
      });
      times.push(ms);
      await page.goBack();
      await page.locator('#card-search').waitFor();
    }
    ctx.report('cards: open a card from the list (median)', round(median(times)), 'ms');
    ctx.report('cards: open a card from the list (worst)', round(max(times)), 'ms');
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
      const homeShown = await visibleAt(home, 'main#main h1', 'Back On Track');
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
    await page.waitForTimeout(200); // the index is built right after the list paints
    const timed = [];
    for (const q of QUERIES) {
      await page.fill('#card-search', '');
      for (const ch of q) {
        timed.push(await ctx.time(page, `keystroke "${ch}"`, () => page.keyboard.type(ch)));
      }
    }
    await page.waitForTimeout(300);
    const probe = await page.evaluate(() => window.__keys);
    // The probe also saw the fill('') events; keep the typed keystrokes only.
    const typed = probe.slice(-timed.length);
    ctx.report('cards: search keystroke, ctx.time (median)', round(median(timed)), 'ms');
    ctx.report('cards: search keystroke, ctx.time (worst)', round(max(timed)), 'ms');
    if (typed.length) {
      ctx.report('cards: search keystroke, key to next frame (median)', round(median(typed.map((k) => k.frame))), 'ms');
      ctx.report('cards: search keystroke, key to painted (median)', round(median(typed.map((k) => k.painted))), 'ms');
      ctx.report('cards: search keystroke, key to painted (worst)', round(max(typed.map((k) => k.painted))), 'ms');
    }
    await page.close();
  }

  // ----- size -----
  {
    const dist = path.resolve('dist');
    const wasm = fs.readdirSync(dist).find((f) => f.endsWith('.wasm'));
    if (wasm) {
      const bytes = fs.readFileSync(path.join(dist, wasm));
      ctx.report('cards: total wasm (raw)', round(bytes.length / 1024), 'KB');
      ctx.report('cards: total wasm (gzip -9)', round(zlib.gzipSync(bytes, { level: 9 }).length / 1024), 'KB');
    }
    // The card text exactly as compiled in: the string literals of the generated cards.rs.
    const generated = findGenerated(path.resolve('target'));
    if (generated) {
      const src = fs.readFileSync(generated, 'utf8');
      const literals = (src.match(/"(?:[^"\\]|\\.)*"/g) || []).map((s) => JSON.parse(s.replace(/\\'/g, "'").replace(/\\u\{([0-9a-f]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)) )));
      const text = Buffer.from(literals.join('\n'), 'utf8');
      ctx.report('cards: card text compiled in (raw)', round(text.length / 1024), 'KB');
      ctx.report('cards: card text compiled in (gzip -9, its share of the download)', round(zlib.gzipSync(text, { level: 9 }).length / 1024), 'KB');
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
