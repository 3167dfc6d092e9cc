// Writes .br and .gz next to every text and wasm file in dist/, so tools/serve.py can answer
// with precompressed files as a real static host would (smaller transfers on slow phones).
// The .gz files are made with zopfli (npm: @gfx/zopfli, Google's compressor built to wasm): a
// gzip stream every browser reads, about 5% smaller than zlib -9. It is slow (seconds per
// large file), so results are kept in target/compress-cache/ by content hash; a rebuild only
// compresses what changed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const dist = process.argv[2] || 'dist';
const cache = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'target', 'compress-cache');
fs.mkdirSync(cache, { recursive: true });

async function zopfli(buf) {
  const file = path.join(cache, crypto.createHash('sha256').update(buf).digest('hex') + '.gz');
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const out = Buffer.from(await gzipAsync(buf, { numiterations: 15 }));
  fs.writeFileSync(file, out);
  return out;
}

const started = Date.now();
let n = 0;
// Recursive: the wasm parts live in dist/wasm-<hash>/ (tools/build_wasm.py).
for (const name of fs.readdirSync(dist, { recursive: true })) {
  if (!/\.(wasm|js|css|html|svg|webmanifest)$/.test(name)) continue;
  const buf = fs.readFileSync(path.join(dist, name));
  fs.writeFileSync(path.join(dist, name + '.br'), zlib.brotliCompressSync(buf, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }));
  fs.writeFileSync(path.join(dist, name + '.gz'), await zopfli(buf));
  n++;
}
console.log(`compress: ${n} files precompressed (brotli, and gzip by zopfli) in ${Date.now() - started} ms`);
