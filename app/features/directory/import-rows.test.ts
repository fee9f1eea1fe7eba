import { describe, expect, it } from "vitest";
import { vi as dict } from "../../platform/i18n/dictionary.ts";
import { matchHeaders, orgKindOf, parseCsv, placeKindOf, splitList, splitPlaceName } from "./import-rows.ts";
import { ORG_KINDS } from "./schemas.ts";

const labels = Object.fromEntries(ORG_KINDS.map((k) => [k, [dict[`orgKind.${k}`]]]));

describe("parseCsv", () => {
  it("reads comma separated fields with quotes, embedded quotes and line breaks", () => {
    const { records } = parseCsv('Mã,Tên đầy đủ\r\nSO-XD,"Sở Xây dựng, tỉnh"\nA,"dòng 1\ndòng 2 ""x"""\n');
    expect(records).toEqual([
      ["Mã", "Tên đầy đủ"],
      ["SO-XD", "Sở Xây dựng, tỉnh"],
      ["A", 'dòng 1\ndòng 2 "x"'],
    ]);
  });

  it("detects semicolons, drops a BOM and keeps blank lines so indexes are row numbers", () => {
    const { records } = parseCsv("\uFEFFLoại;Tên;Mã UBND\n\nphường;Ninh Kiều;UBND-NK");
    expect(records).toEqual([["Loại", "Tên", "Mã UBND"], [""], ["phường", "Ninh Kiều", "UBND-NK"]]);
  });

  it("stops after the limit and says there was more", () => {
    const text = ["code,name", ...Array.from({ length: 100 }, (_, i) => `C${i},x`)].join("\n");
    const r = parseCsv(text, 10);
    expect(r.records).toHaveLength(10);
    expect(r.more).toBe(true);
    expect(parseCsv("a,b\n1,2\n", 10).more).toBe(false);
  });
});

describe("matchHeaders", () => {
  it("tells the table and the columns without case or diacritics, in Vietnamese or English", () => {
    const org = matchHeaders(["ma", "TEN DAY DU", "Tên viết tắt", "loai", "Mã cơ quan cấp trên"]);
    expect(org).toMatchObject({ table: "organizations", missing: [] });
    expect(org!.index).toMatchObject({ code: 0, name: 1, shortName: 2, kind: 3, parent: 4 });
    const en = matchHeaders(["code", "name", "shortName", "kind", "parent", "keywords", "email", "phone"]);
    expect(en).toMatchObject({ table: "organizations", missing: [] });
    expect(matchHeaders(["kind", "name", "ubnd", "formerNames"])).toMatchObject({ table: "places", missing: [] });
    expect(matchHeaders(["Loại", "Tên", "Mã UBND", "Tên cũ"])!.index).toEqual({
      kind: 0,
      name: 1,
      ubnd: 2,
      formerNames: 3,
    });
  });

  it("names the required columns missing, and knows no table without a code column", () => {
    expect(matchHeaders(["Mã", "Tên"])!.missing).toEqual(["Tên đầy đủ", "Loại"]);
    expect(matchHeaders(["foo", "bar"])).toBeNull();
  });
});

describe("kinds", () => {
  it("reads an organization kind by code or by label, without case or diacritics", () => {
    expect(orgKindOf("local", labels)).toBe("local");
    expect(orgKindOf("public_service", labels)).toBe("public_service");
    expect(orgKindOf("Sở, ngành", labels)).toBe("department");
    expect(orgKindOf("so, nganh", labels)).toBe("department");
    expect(orgKindOf("UBND địa phương (xã, phường, đặc khu)", labels)).toBe("local");
    expect(orgKindOf("ubnd dia phuong", labels)).toBe("local");
    expect(orgKindOf("Đơn vị sự nghiệp công lập", labels)).toBe("public_service");
    expect(orgKindOf("bộ", labels)).toBeNull();
  });

  it("reads a place kind by word or code, empty for none", () => {
    expect(placeKindOf("phường")).toBe("phuong");
    expect(placeKindOf("Đặc khu")).toBe("dac_khu");
    expect(placeKindOf("thi tran")).toBe("thi_tran");
    expect(placeKindOf("thanh_pho")).toBe("thanh_pho");
    expect(placeKindOf("")).toBe("");
    expect(placeKindOf("tỉnh")).toBeNull();
  });

  it("splits the kind word off a name that carries it, only as written", () => {
    expect(splitPlaceName("", "phường Ninh Kiều")).toEqual({ kind: "phuong", name: "Ninh Kiều" });
    expect(splitPlaceName("phuong", "Phường Ninh Kiều")).toEqual({ kind: "phuong", name: "Ninh Kiều" });
    expect(splitPlaceName("", "thị xã Long Mỹ")).toEqual({ kind: "thi_xa", name: "Long Mỹ" });
    expect(splitPlaceName("xa", "phường Ninh Kiều")).toEqual({ kind: "xa", name: "phường Ninh Kiều" });
    expect(splitPlaceName("", "Quán Thánh")).toEqual({ kind: "", name: "Quán Thánh" });
    expect(splitPlaceName("", "phường")).toEqual({ kind: "", name: "phường" });
  });
});

describe("splitList", () => {
  it("splits former names and keywords on semicolons and new lines, keeping each as written", () => {
    expect(splitList("phường Xuân Khánh; huyện Vị Thủy\nphường Tân An;;  ")).toEqual([
      "phường Xuân Khánh",
      "huyện Vị Thủy",
      "phường Tân An",
    ]);
  });
});
