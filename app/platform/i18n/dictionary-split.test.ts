import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isStaffRoute, publicFiles, publicKeys } from "../../../tests/helpers/public-keys.ts";
import { en } from "./dictionary-en.ts";
import { viStaff } from "./dictionary-staff.ts";
import { vi } from "./dictionary.ts";

const routes = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../routes");

describe("the dictionary, split so that a viewer's phone loads only the public texts", () => {
  it("holds every key the public pages can show in the public part", () => {
    expect(publicFiles().length).toBeGreaterThan(50);
    const all = [...Object.keys(vi), ...Object.keys(viStaff)];
    const missing = [...publicKeys(all)].filter((k) => !(k in vi));
    expect(missing).toEqual([]);
  });

  it("has each key once, and in English too", () => {
    expect(Object.keys(vi).filter((k) => k in viStaff)).toEqual([]);
    expect(Object.keys(en).sort()).toEqual([...Object.keys(vi), ...Object.keys(viStaff)].sort());
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
