/**
 * The thesaurus's seed reaches a database that already has one (issue 21), on the real database of a
 * started server: the first migration's rows are adopted at start, a newer seed updates the rows no admin
 * changed, and an admin's edit or deletion stands.
 */
import { describe, expect, it } from "vitest";
import { seedKeyOf, syncThesaurusSeed } from "../../app/features/questions/duplicates/thesaurus-seed.server.ts";
import { THESAURUS_SEED, type SeedGroup } from "../../app/features/questions/duplicates/thesaurus-seed.ts";
import { thesaurusUseCases } from "../../app/features/questions/index.server.ts";
import { SYSTEM_ACTOR } from "../../app/platform/audit.server.ts";
import { factories } from "../helpers/factories.ts";
import { suiteServer } from "../helpers/suite.ts";

suiteServer();

const seedRows = () => factories.db().thesaurusEntry.findMany({ where: { source: "seed" } });
const rowOf = (g: SeedGroup) => factories.db().thesaurusEntry.findUniqueOrThrow({ where: { seedKey: seedKeyOf(g) } });
const replaced = (g: SeedGroup, by: SeedGroup) => THESAURUS_SEED.map((x) => (x === g ? by : x));
const without = (g: SeedGroup) => THESAURUS_SEED.filter((x) => x !== g);

describe("the thesaurus's seed at start", () => {
  it("adopts the first migration's rows and adds the groups they lacked: one row per group", async () => {
    const rows = await seedRows();
    expect(rows.length).toBe(THESAURUS_SEED.length);
    expect(rows.every((r) => r.seedKey && r.seedHash && r.status === "active")).toBe(true);
    expect(new Set(rows.map((r) => r.seedKey))).toEqual(new Set(THESAURUS_SEED.map(seedKeyOf)));
    for (const g of THESAURUS_SEED.slice(0, 20)) expect((await rowOf(g)).terms).toBe(g.terms.join("\n"));
  });

  it("writes nothing when nothing changed", async () => {
    expect(await syncThesaurusSeed()).toBe(0);
  });

  it("updates a group no admin changed, and leaves alone the one an admin did", async () => {
    const [a, b] = THESAURUS_SEED.filter((g) => g.kind === "synonym");
    await thesaurusUseCases.updateEntry(SYSTEM_ACTOR, {
      id: (await rowOf(b)).id,
      kind: b.kind,
      terms: [...b.terms, "từ của quản trị"].join("\n"),
      facet: b.facet ?? "",
    });
    const newer = replaced(a, { ...a, terms: [...a.terms, "từ mới của bản gieo"] });
    const newest = newer.map((x) => (x === b ? { ...b, terms: [...b.terms, "từ mới khác"] } : x));
    expect(await syncThesaurusSeed(newest)).toBe(1);
    expect((await rowOf(a)).terms.split("\n")).toContain("từ mới của bản gieo");
    expect((await rowOf(b)).terms.split("\n")).toEqual([...b.terms, "từ của quản trị"]);
    // Back to today's list: the untouched row follows it again, the admin's stays.
    expect(await syncThesaurusSeed()).toBe(1);
    expect((await rowOf(a)).terms).toBe(a.terms.join("\n"));
    expect((await rowOf(b)).terms.split("\n")).toContain("từ của quản trị");
  });

  it("drops a group that left the list, unless an admin changed it", async () => {
    const gone = THESAURUS_SEED.filter((g) => g.kind === "abbreviation")[3];
    const id = (await rowOf(gone)).id;
    expect(await syncThesaurusSeed(without(gone))).toBe(1);
    expect(await factories.db().thesaurusEntry.findUnique({ where: { id } })).toBeNull();
    expect(await syncThesaurusSeed()).toBe(1); // back, as a new row
    expect((await rowOf(gone)).status).toBe("active");
  });

  it("does not bring back a seed group an admin deleted", async () => {
    const g = THESAURUS_SEED.filter((x) => x.kind === "synonym")[5];
    await thesaurusUseCases.deleteEntry(SYSTEM_ACTOR, (await rowOf(g)).id);
    expect((await rowOf(g)).status).toBe("removed");
    expect(await syncThesaurusSeed()).toBe(0);
    expect((await rowOf(g)).status).toBe("removed");
    const { entries } = await thesaurusUseCases.listThesaurus();
    expect(entries.some((e) => e.terms[0] === g.terms[0])).toBe(false);
  });
});
