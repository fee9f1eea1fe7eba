/**
 * What may import what (docs/ARCHITECTURE.md). Read from the source's import
 * statements, so a change that crosses a layer fails here with the offending
 * imports listed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, loadedBy, root, sources, type Import } from "../tests/helpers/imports.ts";

const all = [...sources("app"), ...sources("server")].flatMap(importsOf);
const featureOf = (p: string) => /^app\/features\/([^/]+)\//.exec(p)?.[1];
/** A feature's public surface: its doors (index, forms' schemas, server), and its UI under components/. */
const isDoor = (p: string) =>
  /^app\/features\/[^/]+\/(index\.ts|index\.server\.ts|schemas\.ts|components\/.+)$/.test(p);
const show = (list: Import[]) => list.map((i) => `${i.from} → ${i.to}`);

describe("layering", () => {
  it("reads the imports (the rules below are not vacuous)", () => {
    expect(all.length).toBeGreaterThan(200);
    expect(all.some((i) => i.from.startsWith("app/routes/") && featureOf(i.to))).toBe(true);
  });

  it("platform imports no feature, route or transport", () => {
    const bad = all.filter((i) => i.from.startsWith("app/platform/") && /^app\/(features|routes|api)\//.test(i.to));
    expect(show(bad)).toEqual([]);
  });

  it("a feature imports another feature only through its doors", () => {
    const bad = all.filter((i) => {
      const from = featureOf(i.from);
      const to = featureOf(i.to);
      return from && to && from !== to && !isDoor(i.to);
    });
    expect(show(bad)).toEqual([]);
  });

  it("routes, transports and the runtime import features only through their doors", () => {
    const bad = all.filter((i) => !featureOf(i.from) && i.from.startsWith("app/") && featureOf(i.to) && !isDoor(i.to));
    expect(show(bad)).toEqual([]);
  });

  it("the server takes the app from the Remix build: it imports app code for types only (its CLIs excepted)", () => {
    const bad = all.filter(
      (i) =>
        i.from.startsWith("server/") && !i.from.startsWith("server/cli/") && i.to.startsWith("app/") && !i.typeOnly,
    );
    expect(show(bad)).toEqual([]);
  });

  it("no route, transport or server file queries the database itself", () => {
    const files = [...sources("app/routes"), ...sources("app/api"), ...sources("server")];
    const bad = files.filter((f) =>
      /\bdb\(\)|generated\/prisma|@prisma\/client/.test(readFileSync(path.join(root, f), "utf8")),
    );
    expect(bad).toEqual([]);
  });

  it("a feature's index.ts loads no validation library: the viewer's phone loads it (forms use schemas.ts)", () => {
    const doors = sources("app/features").filter((f) => /^app\/features\/[^/]+\/index\.ts$/.test(f));
    expect(doors.length).toBeGreaterThan(4);
    const bad = doors.flatMap((door) =>
      loadedBy([door])
        .filter((f) => /\bfrom\s+["']zod/.test(readFileSync(path.join(root, f), "utf8")))
        .map((f) => `${door} → ${f}`),
    );
    expect(bad).toEqual([]);
  });
});
