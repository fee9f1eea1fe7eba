/**
 * A council other than the default runs the app by configuration and import alone: the Cần Thơ 2026 demo
 * profile (DEMO_PROFILE=cantho-2026) names its council on every page, has its committees, dates and signs
 * its documents as its profile says, and routes questions that name its wards by their former names.
 */
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { get, login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

let admin: string;
const server = suiteServer({ env: { DEMO_PROFILE: "cantho-2026" } });
beforeAll(async () => {
  admin = await login(server.url, "admin");
});

const html = async (path: string, cookie?: string) => {
  const res = await get(server.url, path, cookie);
  expect(res.status, path).toBe(200);
  return res.text();
};
const titleOf = (page: string) => /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";

describe("the Cần Thơ 2026 demo profile", () => {
  it("names its council on every page, public and staff, and never the default demo's province", async () => {
    const live = await factories.db().episode.findFirstOrThrow({ where: { status: "live" } });
    const pages: [string, string?][] = [
      ["/"],
      ["/lich"],
      [`/chuong-trinh/${live.id}`],
      ["/minh-bach"],
      ["/chinh-sach-du-lieu"],
      ["/dang-nhap"],
      ["/quan-tri", admin],
      ["/quan-tri/don-vi", admin],
      ["/quan-tri/dia-ban", admin],
      [`/quan-tri/chuong-trinh/${live.id}/tiep-nhan`, admin],
    ];
    for (const [path, cookie] of pages) {
      const page = await html(path, cookie);
      expect(page, path).toContain("HĐND thành phố Cần Thơ");
      expect(titleOf(page), path).not.toBe("");
      expect(page, path).not.toMatch(/Hậu Giang|HĐND tỉnh/);
    }
  });

  it("has the city's committees, departments and wards, imported from its directory files", async () => {
    const orgs = await html("/quan-tri/don-vi", admin);
    for (const s of ["Ban Đô thị", "Sở Nông nghiệp và Môi trường", "UBND-P-NINHKIEU"]) expect(orgs).toContain(s);
    const places = await html("/quan-tri/dia-ban", admin);
    expect(places).toContain("phường Ninh Kiều");
    expect(places).toContain("phường Xuân Khánh");
    const imported = await factories.db().auditEvent.count({ where: { entity: "Directory", action: "import" } });
    expect(imported).toBe(1);
  });

  it("dates its notice in its own place and has it signed as its plan and profile say", async () => {
    const ep = await factories.db().episode.findFirstOrThrow({
      where: { status: "concluded", series: { planNumber: { not: "DEMO" } } },
      include: { leadCommittee: true },
    });
    const ban = await factories.db().user.findFirstOrThrow({ where: { organizationId: ep.leadCommitteeId } });
    const cookie = await login(server.url, ban.username);
    const res = await postForm(server.url, `/quan-tri/chuong-trinh/${ep.id}/ket-luan`, { intent: "draft" }, cookie);
    expect(res.status).toBeLessThan(400);
    const docx = await get(server.url, `/chuong-trinh/${ep.id}/thong-bao.docx`, cookie);
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
    const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    for (const s of ["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "Nguyễn Văn A", "TM. THƯỜNG TRỰC HĐND", "PHÓ CHỦ TỊCH"])
      expect(text, s).toContain(s);
    expect(text).toMatch(/Cần Thơ, ngày/);
    expect(text).not.toContain("Hậu Giang");
  });

  it("suggests the new ward's UBND for a question naming a former ward, typed without diacritics", async () => {
    const q = await factories.db().question.findFirstOrThrow({ where: { text: { contains: "phuong Hung Loi cu" } } });
    const operator = await login(server.url, "tongdai1");
    const res = await get(server.url, `/api/questions/${q.id}/suggestions`, operator);
    expect(res.status).toBe(200);
    const { routing } = (await res.json()) as {
      routing: { code: string; reasons: { kind: string; term: string }[] }[];
    };
    expect(routing[0].code).toBe("UBND-P-TANAN");
    expect(routing[0].reasons).toContainEqual(expect.objectContaining({ kind: "former", term: "phường Hưng Lợi" }));
    expect(routing[0].reasons.map((r) => r.kind)).toContain("local");
  });
});
