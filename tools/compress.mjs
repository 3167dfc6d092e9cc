// Writes .br and .gz next to every text and wasm file in dist/, so tools/serve.py can answer
// with precompressed files as a real static host would (smaller transfers on slow phones).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = process.argv[2] || 'dist';
let n = 0;
// Recursive: the wasm parts live in dist/wasm-<hash>/ (tools/build_wasm.py).
for (const name of fs.readdirSync(dist, { recursive: true })) {
  if (!/\.(wasm|js|css|html|svg|webmanifest)$/.test(name)) continue;
  const buf = fs.readFileSync(path.join(dist, name));
  fs.writeFileSync(path.join(dist, name + '.br'), zlib.brotliCompressSync(buf, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }));
  fs.writeFileSync(path.join(dist, name + '.gz'), zlib.gzipSync(buf, { level: 9 }));
  n++;
}
console.log(`compress: ${n} files precompressed (brotli and gzip)`);
