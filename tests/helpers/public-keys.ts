/**
 * Which dictionary keys the public pages can show: every key named in a file that a public route (or
 * the root, or the browser entry) loads, whether as a string or as the fixed start of a template
 * (`qstatus.${s}` names every "qstatus." key). Server modules the public routes load count too: their
 * answers (field errors, statuses) are shown by the page. The public dictionary must hold all of them
 * (platform/i18n/dictionary-split.test.ts); everything else may live in the staff dictionary.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Staff routes: the staff area, and the signed-in user's own account pages. */
export const isStaffRoute = (file: string) => /^(quan-tri|tai-khoan)/.test(file);

function resolve(from: string, spec: string): string | null {
  const p = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const c of [p, `${p}.ts`, `${p}.tsx`, `${p}/index.ts`]) if (existsSync(path.join(root, c))) return c;
  return null;
}

/** Files loaded (not for types only) from the public routes, the root and the browser entry. */
export function publicFiles(): string[] {
  const routes = readdirSync(path.join(root, "app/routes"))
    .filter((f) => !isStaffRoute(f))
    .map((f) => `app/routes/${f}`);
  const seen = new Set(["app/root.tsx", "app/entry.client.tsx", ...routes]);
  const re =
    /(?:^|\n)\s*(?:import|export)(\s+type)?[^"'`;]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;
  for (const f of seen) {
    if (/dictionary(-staff|-en)?\.ts$/.test(f)) continue;
    for (const m of readFileSync(path.join(root, f), "utf8").matchAll(re)) {
      if (m[1]) continue;
      const to = resolve(f, m[2] ?? m[3]);
      if (to && /\.(ts|tsx)$/.test(to)) seen.add(to);
    }
  }
  return [...seen].filter((f) => !/dictionary(-staff|-en)?\.ts$/.test(f));
}

/** The keys among `all` that the public files name. */
export function publicKeys(all: string[]): Set<string> {
  const keys = new Set<string>();
  const known = new Set(all);
  for (const f of publicFiles()) {
    const src = readFileSync(path.join(root, f), "utf8");
    for (const m of src.matchAll(/["'`]([a-zA-Z][\w-]*\.[\w.-]+)["'`]/g)) if (known.has(m[1])) keys.add(m[1]);
    for (const m of src.matchAll(/`([a-zA-Z][\w-]*\.(?:[\w-]+\.)*)\$\{/g))
      for (const k of all) if (k.startsWith(m[1])) keys.add(k);
  }
  // Field errors come from any schema the public forms post to.
  for (const k of all) if (k.startsWith("err.")) keys.add(k);
  return keys;
}
