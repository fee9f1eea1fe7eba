import { describe, expect, it } from "vitest";
import type { ExistingOrg, ExistingPlace, Snapshot } from "./import-plan-types.ts";
import { buildPlan } from "./import-plan.ts";
import type { OrgRow, PlaceRow } from "./import-rows.ts";

const org = (o: Partial<OrgRow> & { code: string }, row = 2): OrgRow => ({
  row,
  name: `Cơ quan ${o.code}`,
  shortName: "",
  kind: "department",
  parent: "",
  keywords: "",
  email: "",
  phone: "",
  ...o,
});
const place = (p: Partial<PlaceRow>, row = 2): PlaceRow => ({
  row,
  kind: "phường",
  name: "Ninh Kiều",
  ubnd: "UBND-NK",
  formerNames: "",
  ...p,
});
const existingOrg = (o: Partial<ExistingOrg> & { id: string; code: string }): ExistingOrg => ({
  name: `Cơ quan ${o.code}`,
  shortName: `Cơ quan ${o.code}`,
  kind: "department",
  parentId: null,
  email: null,
  phone: null,
  keywords: "",
  active: true,
  ...o,
});
const empty: Snapshot = { orgs: [], places: [], busy: {} };
const codes = (rows: OrgRow[] | null, places: PlaceRow[] | null = null, now = empty) =>
  buildPlan({ organizations: rows, places }, now).errors.map((e) => `${e.row}:${e.column}:${e.code}`);

describe("the plan's row errors", () => {
  it("missing required fields, bad code, unknown kind", () => {
    expect(codes([org({ code: "", name: "", kind: "" }), org({ code: "so xd", kind: "bộ" }, 3)])).toEqual([
      "2:Mã:err.required",
      "2:Tên đầy đủ:err.required",
      "2:Loại:err.required",
      "3:Mã:err.code",
      "3:Loại:import.err.kind",
    ]);
  });

  it("duplicate code, too long fields, bad e-mail and phone", () => {
    const errs = codes([
      org({ code: "A" }),
      org({ code: "a", name: "x".repeat(301), email: "nope", phone: "123", keywords: "y".repeat(121) }, 3),
    ]);
    expect(errs).toEqual([
      "3:Mã:import.err.duplicateCode",
      "3:Tên đầy đủ:err.tooLong",
      "3:Từ khóa thẩm quyền:err.tooLong",
      "3:Thư điện tử:err.email",
      "3:Điện thoại:err.phone",
    ]);
  });

  it("a phone number a spreadsheet read as a number gets its leading 0 back", () => {
    const plan = buildPlan({ organizations: [org({ code: "A", phone: "2923123456" })], places: null }, empty);
    expect(plan.errors).toEqual([]);
    expect(plan.orgOps[0].data.phone).toBe("02923123456");
  });

  it("missing parent and parent cycles, in the file or through the directory", () => {
    expect(codes([org({ code: "A", parent: "ZZ" })])).toEqual(["2:Mã cơ quan cấp trên:import.err.parent"]);
    expect(codes([org({ code: "A", parent: "B" }), org({ code: "B", parent: "A" }, 3)])).toEqual([
      "2:Mã cơ quan cấp trên:err.cycle",
      "3:Mã cơ quan cấp trên:err.cycle",
    ]);
    expect(codes([org({ code: "A", parent: "A" })])).toEqual(["2:Mã cơ quan cấp trên:err.cycle"]);
    // Only A is listed; the directory has B under A: A under B loops.
    const now = {
      ...empty,
      orgs: [existingOrg({ id: "a", code: "A" }), existingOrg({ id: "b", code: "B", parentId: "a" })],
    };
    expect(codes([org({ code: "A", parent: "B" })], null, { ...now })).toEqual(["2:Mã cơ quan cấp trên:err.cycle"]);
    expect(codes([org({ code: "C", parent: "B" }), org({ code: "B" }, 3)])).toEqual([]);
  });

  it("places: unknown kind, unknown, retired or non-local UBND, duplicates", () => {
    const orgs = [org({ code: "UBND-NK", kind: "local" }), org({ code: "SO-XD" }, 3)];
    expect(
      codes(
        orgs,
        [
          place({}),
          place({ kind: "", name: "phường Ninh Kiều" }, 3),
          place({ kind: "tỉnh", name: "X" }, 4),
          place({ name: "An Bình", ubnd: "NONE" }, 5),
          place({ name: "Cái Khế", ubnd: "SO-XD" }, 6),
          place({ name: "Tân An", ubnd: "OLD" }, 7),
        ],
        { ...empty, orgs: [existingOrg({ id: "o", code: "OLD", kind: "local" })] },
      ),
    ).toEqual([
      "3:Tên:import.err.duplicatePlace",
      "4:Loại:import.err.placeKind",
      "5:Mã UBND:import.err.ubnd",
      "6:Mã UBND:import.err.ubndKind",
      "7:Mã UBND:import.err.ubndRetired",
    ]);
  });
});

describe("the plan's counts and warnings", () => {
  it("updates by code, keeps unchanged ones, retires the ones left out, and warns when they are busy", () => {
    const now: Snapshot = {
      orgs: [
        existingOrg({ id: "a", code: "A" }),
        existingOrg({ id: "b", code: "B" }),
        existingOrg({ id: "c", code: "C", active: false }),
        existingOrg({ id: "d", code: "D", kind: "local" }),
      ],
      places: [],
      busy: { d: { users: 2, tasks: 1, questions: 0, places: 3 } },
    };
    const plan = buildPlan(
      {
        organizations: [
          org({ code: "A", shortName: "Cơ quan A" }),
          org({ code: "B", name: "Tên mới", shortName: "Cơ quan B" }, 3),
          org({ code: "C", shortName: "Cơ quan C" }, 4),
          org({ code: "E" }, 5),
        ],
        places: null,
      },
      now,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.counts.organizations).toEqual({ new: 1, updated: 2, unchanged: 1, retired: 1 });
    expect(plan.orgRetire).toEqual(["d"]);
    expect(plan.warnings.map((w) => w.code)).toEqual(["import.warn.busy", "import.warn.places"]);
    expect(plan.warnings[0].message).toContain("D");
  });

  it("stores former names one per line, as written, and matches places by kind and name", () => {
    const now: Snapshot = {
      orgs: [existingOrg({ id: "nk", code: "UBND-NK", kind: "local" })],
      places: [
        { id: "p1", kind: "phuong", name: "Ninh Kiều", organizationId: "nk", formerNames: "", active: true },
        { id: "p2", kind: "xa", name: "Cũ", organizationId: "nk", formerNames: "", active: true },
      ] satisfies ExistingPlace[],
      busy: {},
    };
    const plan = buildPlan(
      {
        organizations: null,
        places: [place({ formerNames: "phường Xuân Khánh; huyện Vị Thủy\nphường Tân An" })],
      },
      now,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.placeOps[0]).toMatchObject({
      change: "updated",
      existingId: "p1",
      data: { kind: "phuong", name: "Ninh Kiều", formerNames: "phường Xuân Khánh\nhuyện Vị Thủy\nphường Tân An" },
    });
    expect(plan.counts.places).toEqual({ new: 0, updated: 1, unchanged: 0, retired: 1 });
    expect(plan.tables).toEqual({ organizations: false, places: true });
  });
});
