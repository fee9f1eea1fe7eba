/**
 * After `remix build`: writes a Brotli (quality 11) and a gzip (level 9) copy of every script and
 * style sheet in public/build, which server/static.ts serves to browsers that take them. Compressing
 * once at the best setting is what a phone on a slow network gains from: the live page's scripts are
 * about a tenth smaller than compressing on the fly (bench/phone.ts prints the figure).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.join(root, "public", "build");

function files(d: string): string[] {
  return readdirSync(d).flatMap((name) => {
    const p = path.join(d, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(js|css)$/.test(name) ? [p] : [];
  });
}

let raw = 0;
let br = 0;
const list = files(dir);
for (const f of list) {
  const data = readFileSync(f);
  const b = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  writeFileSync(`${f}.br`, b);
  writeFileSync(`${f}.gz`, gzipSync(data, { level: 9 }));
  raw += data.length;
  br += b.length;
}
console.log(`Precompressed ${list.length} files: ${Math.round(raw / 1024)} KB → ${Math.round(br / 1024)} KB (Brotli)`);
