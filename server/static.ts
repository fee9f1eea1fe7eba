/**
 * The build's scripts and style sheets as compressed once at build time (server/cli/precompress.ts):
 * Brotli or gzip, whichever the browser takes, with the same long cache as the plain file. Anything
 * without a compressed copy falls through to express.static (and to on-the-fly compression).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import express, { type RequestHandler } from "express";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The compressed copies in `dir`, listed once: the build does not change under a running server. */
function compressedCopies(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  const names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  return new Set(names.filter((n) => /\.(br|gz)$/.test(n)).map((n) => path.join(dir, n)));
}

export function precompressed(dir: string): RequestHandler {
  const base = path.resolve(dir);
  const copies = compressedCopies(base);
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const type = TYPES[path.extname(req.path)];
    // Without Accept-Encoding the client takes the plain file (curl, scripts).
    if (!type || !req.headers["accept-encoding"]) return next();
    let file: string;
    try {
      file = path.join(base, path.normalize(decodeURIComponent(req.path)));
    } catch {
      return next(); // A malformed path: express.static answers it.
    }
    if (!file.startsWith(base + path.sep)) return next();
    res.vary("Accept-Encoding");
    // Brotli whenever it is taken (negotiation alone follows the browser's order, which names gzip first).
    const encoding = req.acceptsEncodings("br") ? "br" : req.acceptsEncodings("gzip") ? "gzip" : null;
    const copy = encoding === "br" ? `${file}.br` : encoding === "gzip" ? `${file}.gz` : null;
    if (!copy || !copies.has(copy)) return next();
    res.sendFile(copy, { ...CACHE, headers: { "Content-Type": type, "Content-Encoding": encoding } });
  };
}

/** Named by content hash: cached for a year and never revalidated, so no ETag, date or ranges either. */
const CACHE = { immutable: true, maxAge: "1y", etag: false, lastModified: false, acceptRanges: false };

/** public/build: nosniff and same-origin only; the compressed copy when there is one, else the file. */
export function buildAssets(dir: string): express.Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    next();
  });
  router.use(precompressed(dir));
  router.use(express.static(dir, CACHE));
  return router;
}
