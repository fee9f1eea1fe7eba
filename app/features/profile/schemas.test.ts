import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { vnDateLine } from "../../platform/time.ts";
import { fieldErrors } from "../../platform/validation.ts";
import { DEMO_PROFILE } from "../demo/haugiang-2024/profile.ts";
import { readProfileFile } from "./profile.server.ts";
import {
  documentNumber,
  NEUTRAL_PROFILE,
  profileFormSchema,
  profileFormValues,
  profileSchema,
  signatureLines,
  unflattenForm,
} from "./schemas.ts";

const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../docs/profile.cantho.example.json");
const cantho = () => JSON.parse(readFileSync(example, "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(raw: unknown) {
  const r = profileSchema.safeParse(raw);
  expect(r.success).toBe(false);
  return fieldErrors(r.error!);
}

describe("profileSchema", () => {
  it("reads the documented example (Cần Thơ), the demo's profile and the neutral one", () => {
    const p = profileSchema.parse(cantho());
    expect(p.council.name).toBe("Hội đồng nhân dân thành phố Cần Thơ");
    expect(p.header).toEqual(["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]);
    expect(p.followUp.answerDays).toBe(30);
    expect(profileSchema.parse(DEMO_PROFILE).place).toBe("Hậu Giang");
    expect(NEUTRAL_PROFILE.place).toBe("");
    expect(NEUTRAL_PROFILE.timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("defaults the time zone and the follow-up settings, and cleans the texts", () => {
    const raw = cantho();
    delete raw.timeZone;
    delete raw.followUp;
    raw.council.name = "  Hội đồng nhân dân\u200b thành phố Cần Thơ ";
    raw.program.hotlines = ["0292 3 820 000", " ", ""];
    const p = profileSchema.parse(raw);
    expect(p.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(p.followUp).toEqual({});
    expect(p.council.name).toBe("Hội đồng nhân dân thành phố Cần Thơ");
    expect(p.program.hotlines).toEqual(["0292 3 820 000"]);
  });

  it("defaults the public site's fields, so an older profile stays valid", () => {
    const raw = cantho();
    delete raw.site;
    delete raw.program.watch;
    const p = profileSchema.parse(raw);
    expect(p.site).toEqual({ logo: "", colors: { primary: "#0a4b8c", accent: "#c8102e" }, languages: ["vi", "en"] });
    expect(p.program.watch).toEqual([]);
  });

  it("reads the site's fields from the form, and names the wrong ones", () => {
    const v = profileFormValues(NEUTRAL_PROFILE);
    v["program.watch"] = "Kênh THTPCT | https://thtpct.example/truc-tiep\nYouTube";
    v["site.languages"] = "vi";
    v["site.colors.primary"] = "#A01010";
    v["site.logo"] = "/logo-cantho.png";
    const p = profileFormSchema.parse(v);
    expect(p.program.watch).toEqual([
      { label: "Kênh THTPCT", url: "https://thtpct.example/truc-tiep" },
      { label: "YouTube", url: "" },
    ]);
    expect(p.site).toMatchObject({ logo: "/logo-cantho.png", languages: ["vi"], colors: { primary: "#a01010" } });
    expect(profileFormValues(p)["program.watch"]).toBe(v["program.watch"]);
    expect(profileFormValues(p)["site.languages"]).toBe("vi");
    const bad = profileFormSchema.safeParse({
      ...v,
      "program.watch": "Kênh | javascript:alert(1)",
      "site.languages": "en",
      "site.colors.accent": "red",
      "site.logo": "https://elsewhere.example/logo.png",
    });
    expect(fieldErrors(bad.error!)).toEqual({
      "program.watch": ["err.url"],
      "site.languages": ["err.languages"],
      "site.colors.accent": ["err.color"],
      "site.logo": ["err.logo"],
    });
    for (const logo of ["/../secret.png", "//evil.example/x.png", "/a.html"])
      expect(profileFormSchema.safeParse({ ...v, "site.logo": logo }).success, logo).toBe(false);
  });

  it("names each wrong field", () => {
    const raw = cantho();
    delete raw.council.name;
    raw.council.level = "district";
    raw.header = [];
    raw.documents.TB.numberPattern = "35/TB-HĐND";
    raw.documents.BC.signer.onBehalf = "Thay mặt Ban";
    raw.timeZone = "Mars/Olympus";
    raw.followUp.retentionMonths = 0;
    raw.program.hotlines = "0292 3 820 000";
    expect(errorsOf(raw)).toEqual({
      "council.name": ["err.required"],
      "council.level": ["err.choice"],
      header: ["err.required"],
      "documents.TB.numberPattern": ["err.numberPattern"],
      "documents.BC.signer.onBehalf": ["err.authority"],
      timeZone: ["err.timeZone"],
      "program.hotlines": ["err.type"],
      "followUp.retentionMonths": ["err.range"],
    });
  });

  it("refuses a document type missing, too many header lines and overlong names", () => {
    const raw = cantho();
    delete raw.documents.BC;
    raw.header = ["A", "B", "C", "D", "E"];
    raw.council.shortName = "x".repeat(121);
    const e = errorsOf(raw);
    expect(e["documents.BC"]).toBeDefined();
    expect(e.header).toEqual(["err.tooMany"]);
    expect(e["council.shortName"]).toEqual(["err.tooLong"]);
  });
});

describe("the admin's form", () => {
  it("round-trips the profile through flat fields, lists as lines", () => {
    const p = profileSchema.parse(cantho());
    const values = profileFormValues(p);
    expect(values["council.name"]).toBe("Hội đồng nhân dân thành phố Cần Thơ");
    expect(values.header).toBe("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ");
    expect(values["documents.TB.signer.onBehalf"]).toBe("TM. Thường trực HĐND, KT. Chủ tịch");
    expect(values["followUp.answerDays"]).toBe("30");
    expect(profileFormSchema.parse({ ...values, intent: "save" })).toEqual(p);
  });

  it("names the form's fields in its errors; empty numbers fall back to the server's settings", () => {
    const values = profileFormValues(profileSchema.parse(cantho()));
    const r = profileFormSchema.safeParse({
      ...values,
      "council.name": " ",
      "documents.TB.numberPattern": "TB-HĐND",
      header: "\n \n",
      "followUp.answerDays": "",
      "followUp.reminderDays": "abc",
    });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!)).toEqual({
      "council.name": ["err.required"],
      "documents.TB.numberPattern": ["err.numberPattern"],
      header: ["err.required"],
      "followUp.reminderDays": ["err.number"],
    });
  });

  it("ignores prototype keys", () => {
    expect(unflattenForm({ "__proto__.polluted": "x" })).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("document helpers", () => {
  it("numbers, signs and dates documents from the profile", () => {
    const p = profileSchema.parse(cantho());
    expect(documentNumber(p, "TB", "12")).toBe("12/TB-HĐND");
    expect(documentNumber(p, "BC")).toBe("      /BC-HĐND");
    expect(signatureLines(p.documents.TB.signer.onBehalf, p.documents.TB.signer.title)).toEqual([
      "TM. THƯỜNG TRỰC HĐND",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
    ]);
    const d = new Date("2026-02-05T03:00:00Z");
    expect(vnDateLine(p.place, d)).toBe("Cần Thơ, ngày 05 tháng 02 năm 2026");
    expect(vnDateLine(NEUTRAL_PROFILE.place, d)).toBe("Ngày 05 tháng 02 năm 2026");
  });
});

describe("the profile file", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ln-profile-"));
  it("reads a good file", () => {
    const file = path.join(dir, "good.json");
    writeFileSync(file, JSON.stringify(cantho()));
    expect(readProfileFile(file).place).toBe("Cần Thơ");
  });
  it("refuses a bad one with a line per field, in Vietnamese", () => {
    const raw = cantho();
    delete raw.council.name;
    raw.documents.TB.numberPattern = "TB";
    const file = path.join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(raw));
    expect(() => readProfileFile(file)).toThrow(/council\.name: Vui lòng nhập trường này\./);
    expect(() => readProfileFile(file)).toThrow(/documents\.TB\.numberPattern: Phải có \{number\}/);
  });
  it("refuses a file that is not JSON", () => {
    const file = path.join(dir, "broken.json");
    writeFileSync(file, "{ council: ");
    expect(() => readProfileFile(file)).toThrow(/Invalid deployment profile .*broken\.json/);
  });
});
