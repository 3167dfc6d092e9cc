// Training mode benchmark (issue 8), run by `make bench` through tests/bench/bench.mjs.
//
// Budget: the demo case and course mode add at most 40 KB gzip to the first load, or load on
// demand. Their code is in the cards part (`on_demand!` in src/app.rs), fetched when a card or
// the course page first opens; what stays in the first load is their text, which Rust keeps in the
// main module's data. This prints that text's size (every string literal of the files below, an
// upper bound: some of it is not text) and how long the course page takes to open from home.

import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const FILES = ['src/domain/demo.rs', 'src/i18n/training.rs', 'src/content/outline.rs', 'src/pages/course.rs'];
const round = (x) => Math.round(x * 10) / 10;

export default async function (ctx) {
  const literals = FILES.flatMap((f) => fs.readFileSync(path.resolve(f), 'utf8').match(/"(?:[^"\\]|\\.)*"/g) || []);
  const text = Buffer.from(literals.join('\n'), 'utf8');
  ctx.report('course: demo and course text in the main module (raw)', round(text.length / 1024), 'KB');
  ctx.report('course: demo and course text in the main module (gzip -9)', round(zlib.gzipSync(text, { level: 9 }).length / 1024), 'KB');

  const p = await ctx.page();
  await p.goto(ctx.baseURL + '/');
  await p.getByRole('heading', { level: 1 }).first().waitFor();
  const t0 = Date.now();
  await p.evaluate(() => { history.pushState({}, '', '/cursus'); dispatchEvent(new PopStateEvent('popstate')); });
  await p.getByRole('heading', { level: 1, name: 'Vorming' }).waitFor();
  ctx.report('course: open /cursus from home, first time (part fetched, wall clock, 4x CPU)', Date.now() - t0, 'ms');
  await p.close();
}
