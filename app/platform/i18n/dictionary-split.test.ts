import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isStaffRoute, pageFiles, publicFiles, publicKeys, publicRoutes } from "../../../tests/helpers/public-keys.ts";
import { en } from "./dictionary-en.ts";
import { viPolicy } from "./dictionary-policy.ts";
import { viStaff } from "./dictionary-staff.ts";
import { viTracking } from "./dictionary-tracking.ts";
import { vi } from "./dictionary.ts";

const routes = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../routes");

describe("the dictionary, split so that a viewer's phone loads only the texts its page can show", () => {
  const parts: Record<string, Record<string, string>> = {
    "app/platform/i18n/dictionary.ts": vi,
    "app/platform/i18n/dictionary-policy.ts": viPolicy,
    "app/platform/i18n/dictionary-tracking.ts": viTracking,
  };
  const all = [...Object.values(parts).flatMap((p) => Object.keys(p)), ...Object.keys(viStaff)];

  it("gives each public page every text it can show, from the parts it loads", () => {
    expect(publicRoutes().length).toBeGreaterThan(15);
    const missing: string[] = [];
    for (const route of publicRoutes()) {
      const { files, dictionaries } = pageFiles(route);
      for (const k of publicKeys(all, files))
        if (!dictionaries.some((d) => parts[d] && k in parts[d]!)) missing.push(`${route}: ${k}`);
    }
    expect(missing).toEqual([]);
  });

  it("keeps the tracking and policy texts off the other public pages", () => {
    // The English texts come only to a page in English (entry.client.tsx imports them then).
    const live = pageFiles("app/routes/chuong-trinh.$id.tsx").dictionaries;
    expect(live.sort()).toEqual(["app/platform/i18n/dictionary-en.ts", "app/platform/i18n/dictionary.ts"]);
    expect(pageFiles("app/routes/theo-doi.$code.tsx").dictionaries).toContain(
      "app/platform/i18n/dictionary-tracking.ts",
    );
    expect(publicFiles().length).toBeGreaterThan(50);
  });

  it("has each key once, and in English too", () => {
    expect(all.length).toBe(new Set(all).size);
    expect(Object.keys(en).sort()).toEqual([...all].sort());
  });

  it("loads the staff part on every staff page: through the staff layouts, or itself", () => {
    const staffRoutes = readdirSync(routes).filter(isStaffRoute);
    expect(staffRoutes.length).toBeGreaterThan(20);
    const loads = (f: string) => readFileSync(path.join(routes, f), "utf8").includes("i18n/dictionary-staff.ts");
    expect(["quan-tri.tsx", "tai-khoan.tsx"].filter((f) => !loads(f))).toEqual([]);
    const outside = staffRoutes.filter((f) => !/^(quan-tri|tai-khoan)\./.test(f) && f !== "quan-tri.tsx");
    expect(outside.filter((f) => f !== "tai-khoan.tsx" && !loads(f))).toEqual([]);
  });
});
