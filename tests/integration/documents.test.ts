/**
 * The notice and the follow-up report as a clerk checks them (Decree 30/2020, docs decree30-checklist): read
 * from the DOCX XML. A4; no page number on page 1 and a centred PAGE field from page 2; headings kept with the
 * next paragraph; the signature block one row that never splits, kept with the body; the rules drawn as
 * borders, never typed; no tracking code, raw text or personal data; coordinating agencies and each task's own
 * deadline; the actual air date; a required signer; the five class sections with their tables.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { vnDateString } from "../../app/platform/time.ts";
import { factories } from "../helpers/factories.ts";
import { get, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";
import { followUpDataset, PERSONAL } from "./fixtures/followup-dataset.ts";

const server = suiteServer({ logins: ["ban.vhxh", "thuongtruc"] });
const c = server.cookies;

async function docx(path: string, cookie?: string) {
  const res = await get(server.url, path, cookie);
  expect(res.status).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const files = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async("string");
  const xml = await read("word/document.xml");
  const headers = await Promise.all(files.filter((f) => /^word\/header\d+\.xml$/.test(f)).map(read));
  return { res, xml, text: xml.replace(/<[^>]+>/g, ""), headers, rels: await read("word/_rels/document.xml.rels") };
}

/** The paragraphs of the document, with their properties. */
const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/gs) ?? [];
const textOf = (p: string) => p.replace(/<[^>]+>/g, "");

function checkLayout(d: Awaited<ReturnType<typeof docx>>) {
  // A4 portrait, the decree's margins.
  expect(d.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(d.xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  // Page numbers: a distinct first page (no number), a PAGE field centred in the other pages' header.
  expect(d.xml).toContain("<w:titlePg/>");
  expect(d.xml).toMatch(/<w:headerReference w:type="first"/);
  expect(d.xml).toMatch(/<w:headerReference w:type="default"/);
  const numbered = d.headers.filter((h) => /PAGE/.test(h));
  expect(numbered).toHaveLength(1);
  expect(numbered[0]).toContain('<w:jc w:val="center"/>');
  // The rules are paragraph borders, never typed characters or underlines.
  expect(d.text).not.toMatch(/[⎯_―—]{3,}/);
  expect(d.xml).not.toContain("<w:u ");
  expect((d.xml.match(/<w:pBdr><w:bottom w:val="single"/g) ?? []).length).toBeGreaterThanOrEqual(3);
  // The signature block: one row that never splits, every paragraph before the name kept with the next.
  const sig = d.xml.slice(d.xml.lastIndexOf("<w:tbl>"));
  expect(sig).toContain("Nơi nhận:");
  expect(sig).toContain("<w:cantSplit/>");
  expect(sig).toContain("<w:keepNext/>");
  // The body's last paragraph is kept with the signature block.
  const before = paragraphs(d.xml.slice(0, d.xml.lastIndexOf("<w:tbl>"))).filter((p) => textOf(p).trim());
  expect(before[before.length - 1]).toContain("<w:keepNext/>");
}

describe("the conclusion notice", () => {
  it("is a Decree-30 document with the tasks as the committee set them and nothing personal", async () => {
    const ds = await followUpDataset();
    // A question no one has summarised yet (its summary is still the asker's own words) is not printed.
    await factories.db().question.create({
      data: {
        episodeId: ds.episode.id,
        trackingCode: "UNSUMMARISED1",
        channel: "web",
        text: "Xin hỏi nhà tôi ở ấp 3 bị sạt lở thì ai giải quyết",
        summary: "Xin hỏi nhà tôi ở ấp 3 bị sạt lở thì ai giải quyết",
        status: "routed",
        agencyId: await factories.orgId("SLDTBXH"),
        taskId: ds.tasks.notStarted.id,
      },
    });
    const d = await docx(`/chuong-trinh/${ds.episode.id}/thong-bao.docx`);
    checkLayout(d);
    expect(d.text).not.toContain("bị sạt lở");
    // The file keeps its Vietnamese letters (RFC 6266/5987).
    const disposition = d.res.headers.get("content-disposition") ?? "";
    expect(disposition).toContain("filename*=UTF-8''");
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe("Thông báo kết luận số 77-TB-HĐND.docx");
    // Headings (each task) are kept with the paragraph after them.
    const heading = paragraphs(d.xml).find((p) => textOf(p).startsWith("1. Rà soát danh sách hộ nghèo"))!;
    expect(heading).toContain("<w:keepNext/>");
    // Each task: its lead and coordinating agencies, its own deadline.
    expect(d.text).toContain("Cơ quan chủ trì: Sở Lao động");
    expect(d.text).toContain("Cơ quan phối hợp: Sở Xây dựng");
    expect(d.text).toContain(`Thời hạn hoàn thành: trước ngày ${vnDateString(ds.tasks.overdue.dueAt!)}.`);
    // The staff's summaries, never a tracking code, the asker's own text, name or phone.
    expect(d.text).toContain("Mức hỗ trợ tiền ăn khi học nghề");
    for (const q of Object.values(ds.questions)) expect(d.text).not.toContain(q.trackingCode);
    expect(d.text).not.toMatch(/\b[A-Z0-9]{4}-[A-Z0-9]{4}\b/);
    expect(d.text).not.toContain(PERSONAL.raw);
    expect(d.text).not.toContain(PERSONAL.name);
    expect(d.text).not.toMatch(/0\d{9}/);
    // Signed as issued: authority and title in upper case, the name.
    expect(d.text).toContain("TM. THƯỜNG TRỰC HĐND");
    expect(d.text).toContain("PHÓ CHỦ TỊCH");
    expect(d.text).toContain("Trần Văn Bảy");
  });

  it("opens its tasks with the committee's own sentence, and dates the broadcast by its status history", async () => {
    const e = await factories.episode({
      status: "ended",
      leadCommittee: "BVHXH",
      startsAt: new Date("2026-03-10T12:00:00Z"),
    });
    await factories.db().auditEvent.create({
      data: {
        actorLabel: "test",
        action: "status",
        entity: "Episode",
        entityId: e.id,
        after: JSON.stringify({ status: "live" }),
        createdAt: new Date("2026-03-12T13:00:00Z"),
      },
    });
    const page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    expect((await postForm(server.url, page, { intent: "draft" }, c["ban.vhxh"])).status).toBe(200);
    const n = await factories.db().notice.findUniqueOrThrow({ where: { episodeId: e.id } });
    // Aired on 12 March (its history), scheduled for 10 March.
    expect(n.grounds).toContain("phát sóng trực tiếp ngày 12/03/2026");
    expect(n.tasksIntro).toContain("đề nghị các cơ quan, đơn vị liên quan");
    const saved = await postForm(
      server.url,
      page,
      {
        intent: "save",
        noticeId: n.id,
        title: n.title,
        grounds: n.grounds,
        tasksIntro: "Thường trực yêu cầu các sở, ngành khẩn trương thực hiện:",
        conclusions: "Kết luận.",
        recipients: "Lưu: VT",
      },
      c["ban.vhxh"],
    );
    expect(saved.status).toBe(200);
    await factories.db().task.create({
      data: { noticeId: n.id, content: "Một nhiệm vụ", leadAgencyId: await factories.orgId("SXD") },
    });
    const d = await docx(`/chuong-trinh/${e.id}/thong-bao.docx`, c["ban.vhxh"]);
    expect(d.text).toContain("Thường trực yêu cầu các sở, ngành khẩn trương thực hiện:");
    expect(d.text).not.toContain("đề nghị UBND tỉnh chỉ đạo");
    expect(d.text).toContain("(DỰ THẢO)");
  });

  it("is never issued without its signer, title and authority", async () => {
    const e = await factories.episode({ status: "ended", leadCommittee: "BVHXH" });
    const n = await factories.db().notice.create({
      data: { episodeId: e.id, status: "submitted", title: "Kết luận" },
    });
    const page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    const issue = (over: Record<string, string>) =>
      postForm(
        server.url,
        page,
        {
          intent: "issue",
          noticeId: n.id,
          number: "88/TB-HĐND",
          issuedAt: "2026-03-20",
          place: "",
          signerName: "Trần Văn Bảy",
          signerTitle: "Phó Chủ tịch",
          signerOnBehalf: "TM. Thường trực HĐND, KT. Chủ tịch",
          ...over,
        },
        c.thuongtruc,
      );
    for (const [field, value, code] of [
      ["signerName", "", "err.required"],
      ["signerTitle", " ", "err.required"],
      ["signerOnBehalf", "Thường trực HĐND", "err.authority"],
    ]) {
      const r = await issue({ [field]: value });
      expect(r.status, field).toBe(422);
      expect(await r.text()).toContain(code);
    }
    expect((await factories.db().notice.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("submitted");
    expect((await issue({})).status).toBe(200);
    expect((await factories.db().notice.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("issued");
  });
});

describe("the follow-up report", () => {
  it("is a Decree-30 report: the five classes (and closed), each with its table, the overdue with days late", async () => {
    const ds = await followUpDataset();
    const d = await docx(`/quan-tri/bao-cao/bao-cao-theo-doi.docx?ep=${ds.episode.id}`, c["ban.vhxh"]);
    checkLayout(d);
    for (const h of [
      "1. Chưa thực hiện (3 nội dung)",
      "2. Đang thực hiện trong hạn (1 nội dung)",
      "3. Đang thực hiện quá hạn (1 nội dung)",
      "4. Hoàn thành đúng hạn (1 nội dung)",
      "5. Hoàn thành quá hạn (1 nội dung)",
      "6. Đã đóng: không thể giải quyết (1 nội dung)",
    ]) {
      const p = paragraphs(d.xml).find((x) => textOf(x) === h);
      expect(p, h).toBeDefined();
      expect(p).toContain("<w:keepNext/>");
    }
    // The tables: their header row repeats on each page, no row splits.
    for (const col of [
      "STT",
      "Nội dung",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời hạn",
      "Kết quả thực hiện",
      "Phân loại",
    ])
      expect(d.text).toContain(col);
    expect(d.xml).toContain("<w:tblHeader/>");
    expect(d.text).toContain("Đã trả lời 1/2 ý kiến.");
    expect(d.text).toContain("Đã rà soát 40 hồ sơ.");
    expect(d.text).toMatch(/Giải quyết chế độ cho người lao động \(hạn \d\d\/\d\d\/\d{4}, quá hạn 10 ngày\)/);
    expect(d.text).toContain("Tổng số nội dung theo dõi: 8");
    expect(d.text).toContain("ngoài ra có 1 ý kiến đã được trả lời trực tiếp trên sóng");
    expect(d.text).toContain("0/1 ý kiến đánh giá hài lòng");
    expect(d.text).toContain("BAN VĂN HÓA - XÃ HỘI");
    expect(d.text).toContain("Nơi nhận:");
    expect(d.text).not.toContain(PERSONAL.name);
    const disposition = d.res.headers.get("content-disposition") ?? "";
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe("Báo cáo kết quả theo dõi.docx");
  });

  it("covers the episodes aired in a period, by their status history", async () => {
    const ds = await followUpDataset();
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const aired = await docx(
      `/quan-tri/bao-cao/bao-cao-theo-doi.docx?from=${day(new Date(ds.aired.getTime() - 86400_000))}&to=${day(new Date(ds.aired.getTime() + 86400_000))}`,
      c["ban.vhxh"],
    );
    expect(aired.text).toContain("Giải quyết chế độ cho người lao động");
    const before = await docx(`/quan-tri/bao-cao/bao-cao-theo-doi.docx?from=2001-01-01&to=2001-12-31`, c["ban.vhxh"]);
    expect(before.text).toContain("Tổng số nội dung theo dõi: 0");
    expect(before.text).toContain("từ ngày 01/01/2001 đến ngày 31/12/2001");
  });
});
