/**
 * Which dictionary keys the public pages can show: every key named in a file that a public route (or
 * the root, or the browser entry) loads, whether as a string or as the fixed start of a template
 * (`qstatus.${s}` names every "qstatus." key). Server modules the public routes load count too: their
 * answers (field errors, statuses) are shown by the page. The public dictionary must hold all of them
 * (platform/i18n/dictionary-split.test.ts); everything else may live in the staff dictionary.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadedBy, root } from "./imports.ts";

/** Staff routes: the staff area, and the signed-in user's own account pages. */
export const isStaffRoute = (file: string) => /^(quan-tri|tai-khoan)/.test(file);

/** Files loaded (not for types only) from the public routes, the root and the browser entry. */
export function publicFiles(): string[] {
  const routes = readdirSync(path.join(root, "app/routes"))
    .filter((f) => !isStaffRoute(f))
    .map((f) => `app/routes/${f}`);
  const dictionary = (f: string) => /dictionary(-staff|-en)?\.ts$/.test(f);
  return loadedBy(["app/root.tsx", "app/entry.client.tsx", ...routes], dictionary).filter((f) => !dictionary(f));
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
