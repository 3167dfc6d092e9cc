// Minifies the JS glue (terser) and the stylesheets (csso) in dist/ after tools/build_wasm.py and
// before tools/postbuild.py (which joins the stylesheets and versions the service worker).
// Trunk's own minifier stays off (Trunk.toml): it would also strip the loader marker from
// index.html. Both tools come from npm (package.json).
import fs from 'node:fs';
import path from 'node:path';
import { minify as minifyJs } from 'terser';
import { minify as minifyCss } from 'csso';

const dist = process.argv[2] || 'dist';
let before = 0;
let after = 0;
for (const name of fs.readdirSync(dist, { recursive: true })) {
  const file = path.join(dist, name);
  if (name.startsWith('public') || !fs.statSync(file).isFile()) continue;
  const source = fs.readFileSync(file, 'utf8');
  let out;
  if (/^wasm-[^/]+\/.*\.js$/.test(name)) {
    // ES modules: export names and the wasm import names (string keys) stay as they are.
    out = (await minifyJs(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
  } else if (name.endsWith('.css')) {
    // Keep the order of rules: a later rule may override an earlier one on purpose.
    out = minifyCss(source, { restructure: false }).css;
  } else continue;
  fs.writeFileSync(file, out);
  before += source.length;
  after += out.length;
}
console.log(`minify: JS and CSS ${before} -> ${after} B`);
