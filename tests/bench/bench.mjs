// `make bench`: prints what the app costs, measured, not assumed.
//   1. Bundle sizes per file (raw, gzip -9, the .gz the server sends, brotli) of the release
//      build in dist/, and the same for a minimal Leptos counter built with the same profile
//      (the framework's floor) as a ratio.
//   2. Timings in Debian's Chromium on a phone viewport with the CPU throttled 4x through the
//      DevTools protocol: app start, plus every scenario in tests/bench/*.mjs.
// A benchmark prints figures; it does not pass or fail on them.
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = 8390;
const baseURL = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const results = [];

function report(label, value, unit = '') {
  results.push({ label, value, unit });
  const v = typeof value === 'number' ? (Number.isInteger(value) ? value : value.toFixed(2)) : value;
  console.log(`  ${label.padEnd(58)} ${String(v).padStart(10)} ${unit}`);
}

// ---------- 1. sizes ----------
// gzip: zlib -9 of the file, comparable with any build (the floor has no precompressed files);
// served: the .gz file next to it that the server sends (tools/compress.mjs, zopfli), or gzip.
function measure(dir, name) {
  const buf = fs.readFileSync(path.join(dir, name));
  const gzip = zlib.gzipSync(buf, { level: 9 }).length;
  const gz = path.join(dir, name + '.gz');
  return {
    name, raw: buf.length, gzip,
    served: fs.existsSync(gz) ? fs.statSync(gz).size : gzip,
    brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
function sizes(dir) {
  const rows = [];
  for (const name of fs.readdirSync(dir, { recursive: true })) {
    if (!fs.statSync(path.join(dir, name)).isFile() || !/\.(wasm|js|css|html)$/.test(name)) continue;
    rows.push(measure(dir, name));
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}
// The first load is index.html plus every file it references (stylesheet links, scripts, the
// loader's main module, its JS and wasm-split's loader): what the home screen downloads. The
// service worker (sw.js) loads later; the parts' stylesheet (named in a <meta>, not linked) and
// the wasm parts load when one of their screens opens (tools/build_wasm.py, tools/postbuild.py).
function firstLoad(dir, rows) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const wanted = new Set(['index.html']);
  for (const [, ref] of html.matchAll(/(?:href=|src=|import\(|module_or_path:)"\/([^"]+\.(?:js|wasm|css))"/g)) {
    if (ref === 'sw.js') continue;
    wanted.add(ref);
    // The wasm-bindgen glue imports wasm-split's loader from its own folder.
    const split = path.join(path.dirname(ref), '__wasm_split.js');
    if (ref.endsWith('.js') && fs.existsSync(path.join(dir, split))) wanted.add(split);
  }
  return rows.filter((r) => wanted.has(r.name.split(path.sep).join('/')));
}
const sum = (rows) => rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, served: a.served + r.served, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, served: 0, brotli: 0 });
const line = (name, r) => console.log(`  ${name.padEnd(46)} ${[r.raw, r.gzip, r.served, r.brotli].map((v) => String(v).padStart(9)).join(' ')}`);
function printSizes(title, dir, rows) {
  console.log(`\n${title}`);
  console.log(`  ${'file'.padEnd(46)} ${['raw', 'gzip -9', 'served gz', 'brotli'].map((v) => v.padStart(9)).join(' ')}`);
  const first = firstLoad(dir, rows);
  for (const r of first) line(r.name, r);
  const t = sum(first);
  line('TOTAL first load (html+js+wasm+css)', t);
  return t;
}

console.log('== Bundle sizes (bytes) ==');
const distDir = path.join(root, 'dist');
const app = sizes(distDir);
const appTotal = printSizes('App (dist/):', distDir, app);
for (const kind of ['wasm', 'js', 'css']) {
  const k = firstLoad(distDir, app).filter((r) => r.name.endsWith('.' + kind)).reduce((a, r) => a + r.gzip, 0);
  report(`app first load ${kind} gzip`, k, 'B');
}
report('app first load gzip', appTotal.gzip, 'B');
report('app first load gzip as served (zopfli .gz)', appTotal.served, 'B');
report('app first load brotli as served', appTotal.brotli, 'B');
// Each part: what opening its first screen downloads on top of the first load.
const partsFile = path.join(root, 'target/wasm-parts.json');
if (fs.existsSync(partsFile)) {
  const parts = JSON.parse(fs.readFileSync(partsFile, 'utf8'));
  const folder = fs.readdirSync(distDir).find((d) => d.startsWith('wasm-'));
  console.log('\nParts loaded on demand (own module + shared chunks):');
  for (const [part, files] of Object.entries(parts)) {
    const t = sum(files.map((f) => measure(path.join(distDir, folder), f)));
    line(`${part} (${files.length} files)`, t);
    report(`part ${part} gzip`, t.gzip, 'B');
  }
  const all = sum(app.filter((r) => r.name.endsWith('.wasm')));
  report('all wasm (first load + every part) gzip', all.gzip, 'B');
}

let floorTotal = null;
if (process.env.BENCH_SKIP_FLOOR !== '1') {
  const floorDir = path.join(root, 'tools/floor');
  fs.copyFileSync(path.join(root, 'Cargo.lock'), path.join(floorDir, 'Cargo.lock'));
  console.log('\nBuilding the framework floor (minimal Leptos counter, same profile)...');
  execSync('cargo fetch && trunk build --release --offline', {
    cwd: floorDir, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CARGO_TARGET_DIR: path.join(root, 'target/floor'), TRUNK_SKIP_VERSION_CHECK: 'true' },
  });
  const floorDist = path.join(root, 'target/floor-dist');
  floorTotal = printSizes('Floor (Leptos counter):', floorDist, sizes(floorDist));
  report('floor first load gzip', floorTotal.gzip, 'B');
  report('app / floor (first load gzip)', appTotal.gzip / floorTotal.gzip, 'x');
}

// ---------- 2. timings ----------
const server = spawn('python3', ['tools/serve.py', '--dir', 'dist', '--port', String(PORT)], {
  cwd: root, env: { ...process.env, SERVE_QUIET: '1' }, stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  locale: 'nl-BE', timezoneId: 'Europe/Brussels', baseURL,
});

/** A new page with the CPU throttled 4x. */
async function page() {
  const p = await context.newPage();
  // The loader (tools/build_wasm.py) hands the wasm exports (with its memory) to this event;
  // keep them for `memory()`.
  await p.addInitScript(() => addEventListener('bot-started', (e) => { window.__botWasm = e.detail.wasm; }));
  // Work the app puts off until after the paint (requestIdleCallback, see `clickThenFrame`) runs
  // once the frame is out, but it can run before the bench has read the script time over its
  // CDP round trip. While a framed measurement is under way such callbacks are held back, and
  // asked for (in the same order) once the reading is taken: one by one, to measure each part.
  await p.addInitScript(() => {
    const ask = window.requestIdleCallback && window.requestIdleCallback.bind(window);
    if (!ask) return;
    const held = [];
    window.__benchHoldIdle = false;
    window.requestIdleCallback = (cb, options) => {
      if (!window.__benchHoldIdle) return ask(cb, options);
      held.push([cb, options]);
      return 0;
    };
    // Lets one held callback run (what it asks for in turn is held again); false when none is left.
    window.__benchReleaseOne = () => {
      const next = held.shift();
      if (next) ask(next[0], next[1]);
      return Boolean(next);
    };
    window.__benchReleaseIdle = () => {
      window.__benchHoldIdle = false;
      for (const [cb, options] of held.splice(0)) ask(cb, options);
    };
  });
  // The same for the save, which follows a change on a timer (SAVE_DELAY_MS in src/state.rs):
  // at 4x CPU the frame can end later than that, and the timer then fired inside the window of
  // the change it follows in some runs and not in others. Timers of 100 ms to 1 s set while a
  // framed measurement is under way wait until the script time is read; `time()` then lets them
  // go and measures them as `later`.
  await p.addInitScript(() => {
    const set = window.setTimeout.bind(window);
    const clear = window.clearTimeout.bind(window);
    const held = new Map();
    let next = -1;
    window.setTimeout = (cb, ms, ...args) => {
      if (!window.__benchHoldIdle || typeof cb !== 'function' || !(ms >= 100 && ms <= 1000)) return set(cb, ms, ...args);
      const id = next--;
      held.set(id, () => cb(...args));
      return id;
    };
    window.clearTimeout = (id) => (held.has(id) ? held.delete(id) : clear(id));
    // Lets the held timers fire now; how many there were.
    window.__benchReleaseTimers = () => {
      const n = held.size;
      for (const f of held.values()) set(f, 0);
      held.clear();
      return n;
    };
  });
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  p.__cdp = cdp;
  return p;
}

async function scriptSeconds(p) {
  const { metrics } = await p.__cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value;
}

const nextFrame = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

// A click and the wait for the frame after it, in one call into the page. With a round trip to
// the page between the two, the browser can be idle in between and run work the app put off
// until after the paint (src/components/after_paint.rs, components::focus::open_after_paint)
// inside the measured window; the same holds for the round trip that reads the script time
// afterwards, so idle callbacks are held back until then (see `page()`). Actions that use these
// pass `framed: true` to `time()`.
const clickThenFrame = (p, selector) => p.evaluate((s) => {
  window.__benchHoldIdle = true;
  document.querySelector(s).click();
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}, selector);
/** Follows an in-app link to `href` (as a tap on a link would) and waits for the next frame. */
const navigateThenFrame = (p, href) => p.evaluate((h) => {
  window.__benchHoldIdle = true;
  const a = document.createElement('a');
  a.href = h;
  document.querySelector('main').appendChild(a);
  a.click();
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}, href);

// Some work follows a change in a task of its own: the write to localStorage up to 120 ms later
// (SAVE_DELAY_MS in src/state.rs), the lower part of a long page once the top is painted
// (src/components/after_paint.rs, at most 150 ms later). With `later`, a run waits this long
// after its frame, so that work never lands in the next run's window, and reports it apart.
const LATER_WAIT_MS = 300;

/**
 * Script time (ms) that `action` causes in the page, until the next animation frame, measured
 * with the DevTools ScriptDuration metric. The cost of the measurement itself (an empty action)
 * is subtracted. Returns the median of `runs` (default 5) and reports it under `label`.
 * With `later` (what that work is), each run then waits for the app's follow-up tasks and reports
 * their median script time apart. With `framed`, `action` itself waits for the next frame
 * (`clickThenFrame`, `navigateThenFrame`); `deferred` then names the parts the app puts off until
 * after the paint, in order, and each part's script time is measured on its own (one held idle
 * callback at a time, two frames each) and reported. `later` (the save, on a timer) is measured
 * before the held parts are let go, so that the two never share a window.
 * The first `warmup` runs (default 3) are left out of the median: V8 compiles each wasm function
 * on its first call with its baseline compiler and optimizes the hot ones in the background, so
 * the first runs measure the compiler as much as the app (the very first open of a screen in a
 * session costs 2-5x a later one). The first run is reported on its own line.
 */
async function time(p, label, action, { runs = 5, warmup = 3, setup, later, framed = false, deferred = [] } = {}) {
  const empty = [];
  for (let i = 0; i < 3; i++) {
    const a = await scriptSeconds(p); await nextFrame(p); empty.push(await scriptSeconds(p) - a);
  }
  const overhead = median(empty);
  const samples = [];
  const afterwards = [];
  const parts = deferred.map(() => []);
  let first = NaN;
  for (let i = 0; i < warmup + runs; i++) {
    const measured = i >= warmup;
    if (setup) await setup(i);
    const a = await scriptSeconds(p);
    await action(i);
    if (!framed) await nextFrame(p);
    let b = await scriptSeconds(p);
    const sample = Math.max(0, (b - a - overhead) * 1000);
    if (i === 0) first = sample;
    if (measured) samples.push(sample);
    if (later) {
      // The held parts wait; what follows on a timer (the save) is measured first, on its own.
      if (framed) await p.evaluate(() => window.__benchReleaseTimers && window.__benchReleaseTimers());
      await p.waitForTimeout(LATER_WAIT_MS);
      const c = await scriptSeconds(p);
      if (measured) afterwards.push(Math.max(0, (c - b) * 1000));
      b = c;
    }
    if (framed) {
      for (let k = 0; ; k++) {
        const before = await scriptSeconds(p);
        if (!(await p.evaluate(() => Boolean(window.__benchReleaseOne && window.__benchReleaseOne())))) break;
        await nextFrame(p);
        await nextFrame(p);
        b = await scriptSeconds(p);
        if (measured && k < parts.length) parts[k].push(Math.max(0, (b - before - 2 * overhead) * 1000));
      }
      await p.evaluate(() => {
        if (window.__benchReleaseIdle) window.__benchReleaseIdle();
        if (window.__benchReleaseTimers) window.__benchReleaseTimers();
      });
      // Whatever the released parts set off in turn settles before the next run.
      if (later) await p.waitForTimeout(LATER_WAIT_MS);
    }
  }
  const m = median(samples);
  // The spread as well: on a shared 2-core machine the same work varies by 2-3x between runs.
  const sorted = [...samples].sort((x, y) => x - y);
  const after = warmup ? ` after ${warmup} warm-up runs` : '';
  report(label, m, `ms (median of ${runs}${after}, 4x CPU; fastest ${sorted[0].toFixed(1)}, slowest ${sorted[runs - 1].toFixed(1)})`);
  if (warmup) report(`  the first run (the first of the warm-up runs)`, first, 'ms (4x CPU)');
  if (process.env.BENCH_SAMPLES === '1') console.log(`    measured runs in order: ${samples.map((x) => x.toFixed(1)).join(' ')} (measurement's own cost ${(overhead * 1000).toFixed(1)} ms subtracted)`);
  deferred.forEach((name, k) => {
    if (parts[k].length) report(`  then, after the paint, in a task of its own: ${name}`, median(parts[k]), `ms (median of ${parts[k].length}, 4x CPU)`);
    else report(`  ${name}: was not put off (no idle callback held)`, NaN, '');
  });
  if (later) report(`  then, in a task of its own: ${later}`, median(afterwards), `ms (median of ${runs}, 4x CPU)`);
  return m;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** JS heap and wasm memory of a page, in MB. */
async function memory(p, label) {
  const { metrics } = await p.__cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1e6;
  const wasm = await p.evaluate(() => (window.__botWasm ? window.__botWasm.memory.buffer.byteLength : NaN) / 1e6);
  report(`${label}: JS heap used`, heap, 'MB');
  if (!Number.isNaN(wasm)) report(`${label}: wasm memory`, wasm, 'MB');
  return { heap, wasm };
}

/**
 * The address of the screen on show: the router writes a link's history entry in the first idle
 * moment after the paint (vendor/leptos_router/PATCHES.md), and idle callbacks run in the order
 * they were asked, so the address is right after one more idle moment.
 */
const shownUrl = async (p) => {
  await p.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
  return p.url();
};
const ctx = { page, baseURL, time, report, memory, median, nextFrame, clickThenFrame, navigateThenFrame, shownUrl };

console.log('\n== Timings (Chromium, 360x800, CPU throttled 4x) ==');
{
  const p = await page();
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    await p.goto('/methodieken');
    await p.locator('main#main h1').first().waitFor();
    samples.push(Date.now() - t0);
  }
  report('app start to first heading (wall clock, local server)', median(samples), 'ms (median of 5)');
  const start = await p.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
  report('DOMContentLoaded (last run)', start, 'ms');
  await memory(p, 'empty app');
  await p.close();
}

// BENCH_ONLY=plan,cards runs only those scenarios (for quick runs while working on one part).
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
const scenarios = fs.readdirSync(path.join(root, 'tests/bench'))
  .filter((f) => f.endsWith('.mjs') && f !== 'bench.mjs' && (!only || only.includes(f.replace(/\.mjs$/, ''))))
  .sort();
for (const file of scenarios) {
  console.log(`\n-- ${file} --`);
  try {
    const mod = await import(path.join(root, 'tests/bench', file));
    await mod.default(ctx);
  } catch (e) {
    console.log(`  scenario ${file} failed: ${e.message.split('\n')[0]}`);
    results.push({ label: `${file} failed`, value: e.message, unit: '' });
  }
}

await browser.close();
server.kill();

// ---------- 3. Lighthouse (mobile, simulated slow 4G + 4x CPU) on the compressed build ----------
if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
  console.log('\n== Lighthouse mobile (release build served with brotli) ==');
  const LH_PORT = 8392;
  const lhServer = spawn('python3', ['tools/serve.py', '--dir', 'dist', '--port', String(LH_PORT), '--gzip'], {
    cwd: root, env: { ...process.env, SERVE_QUIET: '1' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => lhServer.stdout.once('data', resolve));
  const out = path.join(root, 'target/lighthouse.json');
  for (const route of ['/', '/methodieken']) {
    try {
      execSync(`npx lighthouse http://127.0.0.1:${LH_PORT}${route} --quiet --output=json --output-path=${out} `
        + `--only-categories=performance,accessibility,best-practices --chrome-flags="--headless=new ${CHROMIUM_ARGS.join(' ')}"`,
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
      const lh = JSON.parse(fs.readFileSync(out, 'utf8'));
      for (const [id, c] of Object.entries(lh.categories)) report(`lighthouse ${route} ${id}`, Math.round(c.score * 100), '/ 100');
      for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
        report(`lighthouse ${route} ${id}`, lh.audits[id].displayValue, '');
      }
    } catch (e) {
      console.log(`  lighthouse ${route} failed: ${String(e.message).split('\n')[0]}`);
    }
  }
  lhServer.kill();
}
fs.mkdirSync(path.join(root, 'target'), { recursive: true });
fs.writeFileSync(path.join(root, 'target/bench.json'), JSON.stringify(results, null, 2));
console.log('\nFigures also written to target/bench.json');
