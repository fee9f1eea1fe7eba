/**
 * Every demo profile holds together: its profile is valid, its directory files pass the import's own checks,
 * and its program, accounts, episodes and questions refer only to organizations its directory has.
 */
import { describe, expect, it } from "vitest";
import { directoryForRouting } from "../directory/index.server.ts";
import { profileSchema } from "../profile/schemas.ts";
import { readDemoDirectory } from "./demo.server.ts";
import { DEMO_SETS } from "./sets.ts";

describe.each(Object.values(DEMO_SETS))("demo profile $key", (set) => {
  it("has a valid deployment profile", () => {
    expect(profileSchema.safeParse(set.profile).success).toBe(true);
  });

  it("has directory files the import accepts, and refers only to their organizations", async () => {
    const rows = await readDemoDirectory(set, process.cwd());
    const { orgs, places } = directoryForRouting(rows); // throws on any row error
    const kind = new Map(orgs.map((o) => [o.code, o.kind]));
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(kind.get(p.code), p.name).toBe("local");
    expect(kind.get(set.program.plan.issuer)).toBe("council");
    for (const e of [...set.program.episodes, set.live, set.next]) expect(kind.get(e.leadCommittee)).toBe("council");
    for (const a of set.accounts) if (a.org) expect(kind.has(a.org), a.username).toBe(true);
    for (const q of set.questions) if (q.agency) expect(kind.has(q.agency), q.agency).toBe(true);
    expect(set.accounts.some((a) => a.username === set.operator && a.role === "operator")).toBe(true);
  });
});

describe("the Cần Thơ 2026 sample", () => {
  it("keeps the issue's example: the old Tân An is in phường Ninh Kiều, the name now belongs to the new Tân An", async () => {
    const { places } = directoryForRouting(await readDemoDirectory(DEMO_SETS["cantho-2026"], process.cwd()));
    const ward = (name: string) => places.find((p) => p.kind === "phường" && p.name === name)!;
    expect(ward("Ninh Kiều").formerNames).toEqual(expect.arrayContaining(["phường Tân An", "phường Xuân Khánh"]));
    expect(ward("Tân An").formerNames).toEqual(expect.arrayContaining(["phường Hưng Lợi", "phường An Khánh"]));
  });
});
