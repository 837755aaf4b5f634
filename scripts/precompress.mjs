// Precompressed twins of text and wasm files: `.br` (brotli quality 11) and `.gz` (gzip level 9),
// for servers that send a file's precompressed twin (nginx `brotli_static` / `gzip_static`, Caddy
// `precompressed`, the test server). Used by the build (post-build.mjs) and the benchmark.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { join } from "node:path";

const compressible = /\.(html|js|mjs|css|wasm|json|svg|txt)$/;

/// Writes `file.br` and `file.gz` beside `file`.
export function precompressFile(file) {
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
}

/// Precompresses every compressible file below `folder`; returns how many.
export function precompressTree(folder) {
  let count = 0;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (statSync(file).isDirectory()) count += precompressTree(file);
    else if (compressible.test(name)) {
      precompressFile(file);
      count++;
    }
  }
  return count;
}
