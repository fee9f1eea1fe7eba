/**
 * Which dictionary keys the public pages can show: every key named in a file that a public route (or
 * the root, or the browser entry) loads, whether as a string or as the fixed start of a template
 * (`qstatus.${s}` names every "qstatus." key). Server modules the public routes load count too: their
 * answers (field errors, statuses) are shown by the page. Each page must load every text it can show: from
 * the public dictionary, or a part of it the page loads (platform/i18n/dictionary-split.test.ts); everything
 * else may live in the staff dictionary.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isStaffRoute } from "../../app/platform/staff-routes.ts";
import { loadedBy, root } from "./imports.ts";

export { isStaffRoute };

const isDictionary = (f: string) => /platform\/i18n\/dictionary(-[a-z]+)?\.ts$/.test(f);

/** The public routes, as paths from the project's root. */
export const publicRoutes = () =>
  readdirSync(path.join(root, "app/routes"))
    .filter((f) => !isStaffRoute(f))
    .map((f) => `app/routes/${f}`);

/** Files loaded (not for types only) from the public routes, the root and the browser entry. */
export function publicFiles(): string[] {
  return loadedBy(["app/root.tsx", "app/entry.client.tsx", ...publicRoutes()], isDictionary).filter(
    (f) => !isDictionary(f),
  );
}

/** What one page loads: its route, the root and the browser entry, and the dictionary parts among them. */
export function pageFiles(route: string): { files: string[]; dictionaries: string[] } {
  const loaded = loadedBy(["app/root.tsx", "app/entry.client.tsx", route], isDictionary);
  return { files: loaded.filter((f) => !isDictionary(f)), dictionaries: loaded.filter(isDictionary) };
}

/** The keys among `all` that the public files name (or, given, these files). */
export function publicKeys(all: string[], files = publicFiles()): Set<string> {
  const keys = new Set<string>();
  const known = new Set(all);
  for (const f of files) {
    const src = readFileSync(path.join(root, f), "utf8");
    for (const m of src.matchAll(/["'`]([a-zA-Z][\w-]*\.[\w.-]+)["'`]/g)) if (known.has(m[1])) keys.add(m[1]);
    for (const m of src.matchAll(/`([a-zA-Z][\w-]*\.(?:[\w-]+\.)*)\$\{/g))
      for (const k of all) if (k.startsWith(m[1])) keys.add(k);
  }
  // Field errors come from any schema the public forms post to.
  for (const k of all) if (k.startsWith("err.")) keys.add(k);
  return keys;
}
