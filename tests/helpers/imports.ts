/**
 * The project's import graph, read from the source's import statements: what may import what
 * (app/architecture.test.ts) and what a page loads (tests/helpers/public-keys.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The TypeScript sources under `dir` (tests and generated code excepted), as paths from the root. */
export function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (rel === "app/generated") return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

export type Import = { from: string; to: string; typeOnly: boolean };

/** Relative imports (static, for side effects, re-exports and dynamic), resolved to paths from the project's root. */
export function importsOf(file: string): Import[] {
  const src = readFileSync(path.join(root, file), "utf8");
  const out: Import[] = [];
  const re =
    /(?:^|\n)\s*(import|export)(\s+type)?[^"'`;]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)|(?:^|\n)\s*import\s*["'](\.[^"']+)["']/g;
  for (const m of src.matchAll(re)) {
    const spec = m[3] ?? m[4] ?? m[5];
    out.push({
      from: file,
      to: path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)),
      typeOnly: !!m[2],
    });
  }
  return out;
}

/** Every file that `starts` load, themselves included (imports for types only do not load anything). */
export function loadedBy(starts: string[], skip: (file: string) => boolean = () => false): string[] {
  const seen = new Set(starts);
  for (const f of seen) {
    if (skip(f)) continue;
    for (const i of importsOf(f)) if (!i.typeOnly && /\.tsx?$/.test(i.to)) seen.add(i.to);
  }
  return [...seen];
}
