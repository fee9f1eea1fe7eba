/**
 * The profile on the public face and in every output: the admin edits it through the page's plain form,
 * and the pages (titles, header, footer, colours, languages), the iCal feed, the documents and the exports
 * follow, dates included: a zone other than Vietnam's moves the day and the hour everywhere.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { profileFormValues, profileSchema } from "../../app/features/profile/schemas.ts";
import { factories } from "../helpers/factories.ts";
import { ROOT } from "../helpers/server.ts";
import { get, login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const example = path.join(ROOT, "docs/profile.cantho.example.json");
const cantho = () => profileSchema.parse(JSON.parse(readFileSync(example, "utf8")));

let admin: string;
const server = suiteServer();
beforeAll(async () => {
  admin = await login(server.url, "admin");
});

const text = async (url: string, cookie?: string) => {
  const res = await get(server.url, url, cookie);
  expect(res.status, url).toBe(200);
  return res.text();
};
/** The language cookie as the app writes it (a signed-less Remix cookie: base64 JSON). */
const english = `ln_lang=${encodeURIComponent(Buffer.from(JSON.stringify("en")).toString("base64"))}`;
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";

async function saveProfile(change: Record<string, string>) {
  const form = { intent: "save", ...profileFormValues(cantho()), ...change };
  const res = await postForm(server.url, "/quan-tri/ho-so", form, admin);
  expect(res.status).toBe(200);
  return res;
}

describe("the profile on the public pages", () => {
  it("names the council and the program, in the page titles, header and footer, with its colours", async () => {
    await saveProfile({
      "program.name": "Cần Thơ lắng nghe",
      "program.siteName": "Cổng Lắng nghe Cần Thơ",
      "program.watch": "Kênh THTPCT | https://thtpct.example/truc-tiep\nYouTube",
      "site.colors.primary": "#7a1f1f",
      "site.colors.accent": "#ff9900",
      "site.languages": "vi,en",
      "site.logo": "/logo-cantho.png",
    });
    const home = await text("/");
    expect(titleOf(home)).toBe("Cần Thơ lắng nghe · HĐND thành phố Cần Thơ");
    expect(home).toContain('content="Cổng Lắng nghe Cần Thơ"');
    expect(home).toContain("Hội đồng nhân dân thành phố Cần Thơ");
    expect(home).toContain('href="https://thtpct.example/truc-tiep"');
    expect(home).toMatch(/href="\/brand\.css\?v=7a1f1fff9900"/);
    expect(home).toContain('src="/logo-cantho.png"');
    for (const [url, title] of [
      ["/lich", "Lịch phát sóng · Cần Thơ lắng nghe"],
      ["/minh-bach", "Minh bạch kết quả trả lời · Cần Thơ lắng nghe"],
      ["/chinh-sach-du-lieu", "Chính sách xử lý dữ liệu cá nhân · Cần Thơ lắng nghe"],
    ]) {
      const html = await text(url);
      expect(titleOf(html), url).toBe(title);
      expect(html, url).toContain("Hội đồng nhân dân thành phố Cần Thơ");
    }
    const privacy = await text("/chinh-sach-du-lieu");
    expect(privacy).toContain("Chương trình “Cần Thơ lắng nghe” do Thường trực Hội đồng nhân dân thành phố tổ chức.");
    expect(privacy).not.toContain("tỉnh");
    expect(privacy).not.toContain("Hậu Giang");
    // The admin's page shows what was saved, and the audit log has the change.
    const form = await text("/quan-tri/ho-so", admin);
    expect(form).toContain('value="#7a1f1f"');
    expect(form).toContain("Kênh THTPCT | https://thtpct.example/truc-tiep");
    const audit = await factories.db().auditEvent.findFirstOrThrow({
      where: { entity: "DeploymentProfile", action: "update" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(audit.after!).site.colors.primary).toBe("#7a1f1f");
    const css = await text("/brand.css");
    expect(css).toContain("--brand-700: #7a1f1f;");
    expect(css).toContain("--accent: #ff9900;");
    // The English switch is there while the site offers English, and English is served.
    expect(home).toContain('action="/ngon-ngu"');
    expect(await text("/lich", english)).toContain('<html lang="en"');
  });

  it("a Vietnamese-only site has no language switch and stays in Vietnamese", async () => {
    await saveProfile({ "site.languages": "vi" });
    const res = await get(server.url, "/lich", english);
    const html = await res.text();
    expect(html).not.toContain('action="/ngon-ngu"');
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain("Lịch phát sóng");
  });

  it("answers a wrong colour, logo or language with the field's Vietnamese error, and keeps the profile", async () => {
    const res = await postForm(
      server.url,
      "/quan-tri/ho-so",
      {
        intent: "save",
        ...profileFormValues(cantho()),
        "site.colors.primary": "đỏ",
        "site.logo": "https://elsewhere.example/x.png",
      },
      admin,
    );
    const html = await res.text();
    expect(html).toContain("Màu phải có dạng #rrggbb");
    expect(html).toContain("Biểu trưng phải là đường dẫn tệp ảnh trong ứng dụng");
    expect(await text("/brand.css")).not.toContain("đỏ");
  });
});

/** The tasks' export of one episode as rows of { column: value }. */
async function taskExport(episodeId: string) {
  const res = await get(server.url, `/quan-tri/bao-cao/nhiem-vu.xlsx?ep=${episodeId}`, admin);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  // Four title rows (council, report, filter, generated at), then the header.
  const head = (ws.getRow(5).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let i = 6; i <= ws.rowCount; i++)
    rows.push(Object.fromEntries(head.map((h, j) => [h, ws.getRow(i).getCell(j + 1).value])));
  return { wb, rows };
}

/** An ended episode with an issued notice and one task due at `due`. */
async function episodeWithTask(due: Date, issuedAt = new Date()) {
  const ended = await factories.episode({ status: "ended" });
  await factories.db().notice.create({
    data: {
      episodeId: ended.id,
      status: "issued",
      number: "7/TB-HĐND",
      issuedAt,
      title: "Kết luận",
      tasks: {
        create: [{ content: "Sửa cầu", leadAgencyId: await factories.orgId("SGTVT"), dueAt: due, originalDueAt: due }],
      },
    },
  });
  return ended;
}

describe("the profile's time zone", () => {
  it("exports a deadline as its local day (the export wrote the UTC day before)", async () => {
    await saveProfile({});
    // Midnight starting 1 July in Vietnam, 17:00 on 30 June in UTC.
    const ep = await episodeWithTask(new Date("2024-06-30T17:00:00Z"));
    const { rows } = await taskExport(ep.id);
    // A real date cell holding the Vietnam day (Excel dates have no zone).
    expect(rows[0]["Thời hạn"]).toEqual(new Date(Date.UTC(2024, 6, 1)));
  });

  it("moves the day and the hour on pages, in the iCal feed, the documents and the exports", async () => {
    await saveProfile({
      timeZone: "Asia/Tokyo",
      "documents.BC.signer.onBehalf": "TM. Ban Văn hóa - Xã hội",
      "documents.BC.signer.title": "Trưởng ban",
      "documents.BC.signer.name": "Nguyễn Văn An",
    });
    // 20:00 in Vietnam is 22:00 in Tokyo.
    const ep = await factories.episode({ startsAt: new Date("2030-06-20T13:00:00Z") });
    const page = await text(`/chuong-trinh/${ep.id}`);
    expect(page).toContain("22:00, Thứ Năm, 20/6/2030");
    // Without platforms of its own, the episode shows where the program is watched (the profile's).
    expect(page).toContain("Báo và Phát thanh, Truyền hình Cần Thơ");
    const ics = await text("/lich.ics");
    expect(ics).toContain("X-WR-TIMEZONE:Asia/Tokyo");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo");
    expect(ics).toContain("DTSTART;TZID=Asia/Tokyo:20300620T220000");

    // Issued at 23:30 on 23 May in Vietnam: already 24 May in Tokyo. The task is due on 30 June at
    // 22:30 in Vietnam: 1 July in Tokyo.
    const ended = await episodeWithTask(new Date("2024-06-30T15:30:00Z"), new Date("2024-05-23T16:30:00Z"));
    const notice = await docxText(`/chuong-trinh/${ended.id}/thong-bao.docx`);
    expect(notice).toContain("ngày 24 tháng 5 năm 2024");
    expect(notice).toContain("Thời hạn hoàn thành: trước ngày 01/07/2024.");

    const { wb, rows } = await taskExport(ended.id);
    expect(wb.title).toBe("Lắng nghe và Trao đổi · HĐND thành phố Cần Thơ: Theo dõi");
    expect(rows[0]["Thời hạn"]).toEqual(new Date(Date.UTC(2024, 6, 1)));

    // The follow-up report: signed as the profile's report signer says.
    const report = await docxText(`/quan-tri/bao-cao/bao-cao-theo-doi.docx?ep=${ended.id}`, admin);
    for (const s of ["TM. BAN VĂN HÓA - XÃ HỘI", "TRƯỞNG BAN", "Nguyễn Văn An", "Nơi nhận:"])
      expect(report, s).toContain(s);
  });
});

async function docxText(url: string, cookie?: string) {
  const res = await get(server.url, url, cookie);
  expect(res.status, url).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}
