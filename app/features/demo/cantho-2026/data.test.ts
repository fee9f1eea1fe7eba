/**
 * The Cần Thơ 2026 demo data hold together: the directory files in the import format (organizations.csv,
 * places.csv), the program and the accounts refer only to codes the directory has.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ORG_KINDS } from "../../directory/schemas.ts";
import { accounts } from "./accounts.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

/** RFC 4180: comma-separated, fields in double quotes may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += c;
  }
  if (field || row.length) endRow();
  const [header, ...body] = rows;
  return body.map((r) => {
    expect(r.length).toBe(header.length);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

const read = (f: string) => readFileSync(path.join(here, f), "utf8");
const orgs = parseCsv(read("organizations.csv"));
const places = parseCsv(read("places.csv"));
const program = JSON.parse(read("program.json")) as {
  plan: { issuer: string; broadcaster: string };
  episodes: { leadCommittee: string }[];
};
const codes = new Map(orgs.map((o) => [o["Mã"], o]));

describe("the Cần Thơ 2026 directory files", () => {
  it("have the import format's columns, in order", () => {
    const [orgHeader, placeHeader] = [read("organizations.csv"), read("places.csv")].map((t) => t.split("\n")[0]);
    expect(orgHeader).toBe(
      "Mã,Tên đầy đủ,Tên viết tắt,Loại,Mã cơ quan cấp trên,Từ khóa thẩm quyền,Thư điện tử,Điện thoại",
    );
    expect(placeHeader).toBe("Loại,Tên,Mã UBND,Tên cũ");
  });

  it("give each organization a unique code, a known kind and a parent that exists", () => {
    expect(codes.size).toBe(orgs.length);
    for (const o of orgs) {
      expect(o["Mã"]).toMatch(/^[A-Z0-9][A-Z0-9_-]*$/);
      expect(ORG_KINDS).toContain(o["Loại"]);
      if (o["Mã cơ quan cấp trên"]) expect(codes.has(o["Mã cơ quan cấp trên"])).toBe(true);
      for (const k of o["Từ khóa thẩm quyền"]
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean))
        expect(k).toMatch(/^[^*]+(\*\d+(\.\d+)?)?$/);
    }
  });

  it("give each place a kind, a unique name and its own commune-level UBND", () => {
    const seen = new Set<string>();
    const ubnds = new Set<string>();
    for (const p of places) {
      expect(["xã", "phường", "đặc khu"]).toContain(p["Loại"]);
      const key = `${p["Loại"]} ${p["Tên"]}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(codes.get(p["Mã UBND"])?.["Loại"]).toBe("local");
      expect(ubnds.has(p["Mã UBND"])).toBe(false);
      ubnds.add(p["Mã UBND"]);
      for (const f of p["Tên cũ"]
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean))
        expect(f).toMatch(/^(xã|phường|thị trấn|quận|huyện|thị xã|thành phố|đặc khu) \S/u);
    }
    expect(places.length).toBeGreaterThanOrEqual(25);
  });

  it("keep the issue's example: the old Tân An is in phường Ninh Kiều, the name now belongs to the new Tân An", () => {
    const ward = (name: string) => places.find((p) => p["Loại"] === "phường" && p["Tên"] === name)!;
    expect(ward("Ninh Kiều")["Tên cũ"]).toContain("phường Tân An");
    expect(ward("Ninh Kiều")["Tên cũ"]).toContain("phường Xuân Khánh");
    expect(ward("Tân An")["Tên cũ"]).toContain("phường Hưng Lợi");
    expect(ward("Tân An")["Tên cũ"]).toContain("phường An Khánh");
  });

  it("are referred to by the program and the accounts with codes they have", () => {
    const councilCodes = orgs.filter((o) => o["Loại"] === "council").map((o) => o["Mã"]);
    expect(councilCodes).toContain(program.plan.issuer);
    expect(codes.get(program.plan.broadcaster)?.["Loại"]).toBe("media");
    for (const ep of program.episodes) expect(councilCodes).toContain(ep.leadCommittee);
    for (const a of accounts) if (a.org) expect(codes.has(a.org)).toBe(true);
  });
});
