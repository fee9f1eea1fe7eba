/**
 * After the broadcast, the whole path: a question routed during the show is
 * in the notice draft, the notice is issued, the agency answers, the
 * committee approves, the tracking page shows the answer, and the item is
 * "hoàn thành đúng hạn". Reminders are sent once; agencies stay in their lane.
 */
import { randomUUID } from "node:crypto";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runReminders } from "../../app/features/followup/reminders.server.ts";
import { factories } from "../helpers/factories.ts";
import { issueForm } from "../helpers/notice.ts";
import { get, login, postForm, postJson } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

// The test runs the reminder job itself: the server's own schedule (first run 5 s after start) would race it.
const server = suiteServer({
  env: { REMINDER_INTERVAL_MINUTES: "0" },
  logins: ["tongdai1", "ban.vhxh", "thuongtruc", "so.ldtbxh", "bql.kcn"],
});
const c = server.cookies;

const api = (path: string, body: unknown, cookie?: string) => postJson(server.url, path, body, cookie);

describe("after the broadcast", () => {
  it("routes, concludes, answers, approves, publishes: done on time", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const q = await api(`/api/episodes/${e.id}/questions`, {
      text: "Lao động nông thôn học nghề có được hỗ trợ tiền ăn không?",
      clientKey: randomUUID().replace(/-/g, ""),
      name: "Trần Văn Bình",
      phone: "0912000111",
    });
    const sld = await factories.orgId("SLDTBXH");
    expect(
      (await api(`/api/questions/${q.body.id}/actions`, { action: "route", version: 1, agencyId: sld }, c.tongdai1))
        .status,
    ).toBe(200);
    expect(
      (await postForm(server.url, `/quan-tri/chuong-trinh/${e.id}`, { intent: "status", status: "ended" }, c.tongdai1))
        .status,
    ).toBe(200);

    const page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    expect((await postForm(server.url, page, { intent: "draft" }, c["ban.vhxh"])).status).toBe(200);
    const notice = await factories
      .db()
      .notice.findUniqueOrThrow({ where: { episodeId: e.id }, include: { tasks: { include: { questions: true } } } });
    expect(notice.status).toBe("draft");
    expect(notice.tasks).toHaveLength(1);
    expect(notice.tasks[0].leadAgencyId).toBe(sld);
    expect(notice.tasks[0].questions.map((x) => x.id)).toEqual([q.body.id]);
    expect(notice.grounds).toContain("Căn cứ Kế hoạch số 02/KH-TT");

    // The committee drafts; only the Standing Committee issues.
    expect(
      (
        await postForm(
          server.url,
          page,
          {
            intent: "save",
            noticeId: notice.id,
            title: notice.title,
            grounds: notice.grounds,
            conclusions: "Các Sở, ngành tập trung giải quyết kiến nghị của cử tri.",
            recipients: "UBND tỉnh\nSở Lao động - Thương binh và Xã hội\nLưu: VT",
          },
          c["ban.vhxh"],
        )
      ).status,
    ).toBe(200);
    expect((await postForm(server.url, page, { intent: "submit", noticeId: notice.id }, c["ban.vhxh"])).status).toBe(
      200,
    );
    const issue = issueForm(notice.id, "35/TB-HĐND");
    expect((await postForm(server.url, page, issue, c["ban.vhxh"])).status).toBe(403);
    expect((await postForm(server.url, page, issue, c.thuongtruc)).status).toBe(200);
    expect((await factories.db().episode.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("concluded");
    const routed = await factories.db().question.findUniqueOrThrow({ where: { id: q.body.id } });
    expect(routed.dueAt).not.toBeNull();

    // An issued notice is not edited in place; an amendment is recorded.
    expect(
      (
        await postForm(
          server.url,
          page,
          { intent: "save", noticeId: notice.id, title: "x", grounds: "x", conclusions: "x", recipients: "x" },
          c["ban.vhxh"],
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await postForm(
          server.url,
          page,
          { intent: "amend", noticeId: notice.id, conclusions: "Kết luận đã điều chỉnh.", reason: "" },
          c.thuongtruc,
        )
      ).status,
    ).toBe(422);
    expect(
      (
        await postForm(
          server.url,
          page,
          {
            intent: "amend",
            noticeId: notice.id,
            conclusions: "Kết luận đã điều chỉnh.",
            reason: "Bổ sung theo ý kiến Thường trực",
          },
          c.thuongtruc,
        )
      ).status,
    ).toBe(200);
    expect(await factories.db().noticeAmendment.count({ where: { noticeId: notice.id } })).toBe(1);

    // The agency sees it in its inbox; another agency cannot read or act on it.
    expect(await (await get(server.url, "/quan-tri/hop-thu", c["so.ldtbxh"])).text()).toContain(
      "Lao động nông thôn học nghề",
    );
    expect((await get(server.url, `/quan-tri/hop-thu/${q.body.id}`, c["bql.kcn"])).status).toBe(403);
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/hop-thu/${q.body.id}`,
          { intent: "answer-submit", body: "Không phải việc của tôi" },
          c["bql.kcn"],
        )
      ).status,
    ).toBe(403);

    const answer =
      "Theo Nghị quyết của HĐND tỉnh, lao động nông thôn học nghề ngắn hạn được hỗ trợ tiền ăn 30.000 đồng/ngày.\n\n<script>alert(1)</script>Liên hệ Phòng Giáo dục nghề nghiệp.";
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/hop-thu/${q.body.id}`,
          { intent: "answer-submit", body: answer },
          c["so.ldtbxh"],
        )
      ).status,
    ).toBe(200);
    const stored = await factories.db().answer.findUniqueOrThrow({ where: { questionId: q.body.id } });
    expect(stored.status).toBe("submitted");
    expect(stored.body).not.toContain("<script");
    // The agency cannot confirm its own item.
    expect(
      (await postForm(server.url, page, { intent: "approve", questionId: q.body.id, note: "" }, c["so.ldtbxh"])).status,
    ).toBe(403);

    expect(
      (await postForm(server.url, page, { intent: "approve", questionId: q.body.id, note: "Đồng ý" }, c["ban.vhxh"]))
        .status,
    ).toBe(200);
    const pub = await (await fetch(`${server.url}/api/questions/${q.body.trackingCode}`)).json();
    expect(pub.status).toBe("answered");
    expect(pub.answer.html).toContain("30.000 đồng/ngày");
    expect(JSON.stringify(pub)).not.toContain("Trần Văn Bình");
    const tracking = await (await get(server.url, `/theo-doi/${q.body.trackingCode}`)).text();
    expect(tracking).toContain("30.000 đồng/ngày");
    const episodePage = await (await get(server.url, `/chuong-trinh/${e.id}`)).text();
    expect(episodePage).toContain("Thông báo kết luận số 35/TB-HĐND");
    expect(episodePage).toContain("30.000 đồng/ngày");

    // The approved answer is progress on the task that covers the question (one item, not two); the committee's
    // confirmation completes the task, on time by the Vietnam day of its deadline.
    let reviewPage = await (await get(server.url, page, c["ban.vhxh"])).text();
    expect(reviewPage).toContain("Đang thực hiện trong hạn");
    expect(reviewPage).not.toContain("Hoàn thành đúng hạn");
    expect(
      (await postForm(server.url, page, { intent: "complete", itemId: notice.tasks[0].id }, c["ban.vhxh"])).status,
    ).toBe(200);
    reviewPage = await (await get(server.url, page, c["ban.vhxh"])).text();
    expect(reviewPage).toContain("Hoàn thành đúng hạn");

    // The asker rates (with the secret from the submit answer); "not satisfied" is visible to the committee and it
    // can reopen.
    expect(
      (
        await postForm(server.url, `/theo-doi/${q.body.trackingCode}`, {
          satisfied: "no",
          comment: "Chưa rõ thủ tục",
          secret: q.body.askerSecret,
        })
      ).status,
    ).toBe(200);
    const withRating = await (await get(server.url, page, c["ban.vhxh"])).text();
    expect(withRating).toContain("1 ý kiến chưa hài lòng");
    // The task lists its question with a form to reopen it.
    expect(withRating).toContain(`name="itemId" value="${q.body.id}"`);
    expect(
      (
        await postForm(
          server.url,
          page,
          { intent: "reopen", kind: "question", itemId: q.body.id, reason: "Cử tri chưa hài lòng" },
          c["ban.vhxh"],
        )
      ).status,
    ).toBe(200);
    expect((await factories.db().question.findUniqueOrThrow({ where: { id: q.body.id } })).status).toBe("routed");
    // Its task, confirmed done before, is in progress again until the committee confirms it anew.
    expect((await factories.db().task.findUniqueOrThrow({ where: { id: notice.tasks[0].id } })).completedAt).toBeNull();
  });

  it("exports the issued notice as a DOCX laid out per Decree 30", async () => {
    const n = await factories.db().notice.findFirstOrThrow({ where: { number: "35/TB-HĐND" } });
    const res = await get(server.url, `/chuong-trinh/${n.episodeId}/thong-bao.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    for (const s of [
      "HỘI ĐỒNG NHÂN DÂN",
      "TỈNH HẬU GIANG",
      "Số: 35/TB-HĐND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "THÔNG BÁO",
      "Nơi nhận:",
      "Lưu: VT",
      "TM. THƯỜNG TRỰC HĐND",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Mã Thị Tươi",
      "Kết luận đã điều chỉnh.",
      "Sở Lao động - Thương binh và Xã hội",
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).toMatch(/Hậu Giang, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(xml).toContain('w:w="11906"'); // A4 width
    expect(xml).toContain('w:h="16838"'); // A4 height
    expect(xml).toMatch(/w:left="1701"/); // 30 mm
    expect(xml).toMatch(/w:right="850"/); // 15 mm
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles + xml).toContain("Times New Roman");
    // Drafts are not public.
    const draftEp = await factories.episode({ status: "ended" });
    expect((await get(server.url, `/chuong-trinh/${draftEp.id}/thong-bao.docx`)).status).toBe(404);
  });

  it("reports: dashboard figures, CSV/XLSX exports with filters, the follow-up report, the public results page", async () => {
    const n = await factories.db().notice.findFirstOrThrow({ where: { number: "35/TB-HĐND" } });
    const dash = await (await get(server.url, `/quan-tri/bao-cao?ep=${n.episodeId}`, c["ban.vhxh"])).text();
    expect(dash).toContain("Sở LĐ-TB&amp;XH");
    const csv = await get(server.url, `/quan-tri/bao-cao/cau-hoi.csv?ep=${n.episodeId}`, c.thuongtruc);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8 Vietnamese
    const text = bytes.subarray(3).toString("utf8");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toContain("Mã theo dõi");
    expect(lines).toHaveLength(2);
    // The Standing Committee reads the figures, not the askers (docs/PRIVACY.md): no personal columns.
    expect(lines[1]).toContain("Lao động nông thôn học nghề");
    expect(text).not.toContain("Trần Văn Bình");
    expect(text).not.toContain("0912000111");
    const xlsx = await get(server.url, `/quan-tri/bao-cao/nhiem-vu.xlsx?ep=${n.episodeId}`, c.thuongtruc);
    const zip = await JSZip.loadAsync(Buffer.from(await xlsx.arrayBuffer()));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const shared = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    expect(sheet + shared).toContain("Sở LĐ-TB&amp;XH");
    const report = await get(server.url, `/quan-tri/bao-cao/bao-cao-theo-doi.docx?ep=${n.episodeId}`, c["ban.vhxh"]);
    const rz = await JSZip.loadAsync(Buffer.from(await report.arrayBuffer()));
    const rtext = (await rz.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(rtext).toContain("BÁO CÁO");
    expect(rtext).toContain("Thông báo kết luận số 35/TB-HĐND");
    expect(rtext).toContain("BAN VĂN HÓA - XÃ HỘI");
    expect((await get(server.url, "/quan-tri/bao-cao/cau-hoi.csv", c["so.ldtbxh"])).status).toBe(403);
    const pub = await (await get(server.url, "/minh-bach")).text();
    expect(pub).toContain("Sở LĐ-TB&amp;XH");
    expect(pub).not.toContain("Trần Văn Bình");
  });

  it("keeps the agency's list and bold from the textarea to the public pages: Markdown stored as typed, one renderer", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const q = await api(`/api/episodes/${e.id}/questions`, {
      text: "Hỏi thủ tục nhận hỗ trợ học nghề cho lao động nông thôn",
      clientKey: randomUUID().replace(/-/g, ""),
    });
    await api(
      `/api/questions/${q.body.id}/actions`,
      { action: "route", version: 1, agencyId: await factories.orgId("SLDTBXH") },
      c.tongdai1,
    );
    // As typed in a browser's textarea (CRLF), a list straight under a line, no empty line between.
    const typed =
      "Sở trả lời như sau:\n- Hồ sơ gồm **đơn đề nghị** và bản sao căn cước\n- Nộp tại [Trung tâm Dịch vụ việc làm](https://vieclam.haugiang.gov.vn/ho-so)\n\nTrân trọng.";
    const inbox = `/quan-tri/hop-thu/${q.body.id}`;
    expect(
      (await postForm(server.url, inbox, { intent: "answer-save", body: typed.replace(/\n/g, "\r\n") }, c["so.ldtbxh"]))
        .status,
    ).toBe(200);
    expect((await factories.db().answer.findUniqueOrThrow({ where: { questionId: q.body.id } })).body).toBe(typed);
    // Editing again shows what was typed, markers included.
    const editing = await (await get(server.url, inbox, c["so.ldtbxh"])).text();
    expect(editing).toContain(
      "- Hồ sơ gồm **đơn đề nghị** và bản sao căn cước\n- Nộp tại [Trung tâm Dịch vụ việc làm](https://vieclam.haugiang.gov.vn/ho-so)",
    );
    expect((await postForm(server.url, inbox, { intent: "answer-submit", body: typed }, c["so.ldtbxh"])).status).toBe(
      200,
    );

    const list =
      '<p>Sở trả lời như sau:</p><ul><li>Hồ sơ gồm <strong>đơn đề nghị</strong> và bản sao căn cước</li><li>Nộp tại <a href="https://vieclam.haugiang.gov.vn/ho-so" rel="noopener noreferrer">Trung tâm Dịch vụ việc làm</a></li></ul><p>Trân trọng.</p>';
    const page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    expect(await (await get(server.url, page, c["ban.vhxh"])).text()).toContain(list); // the Ban reviews the rendering
    expect(
      (await postForm(server.url, page, { intent: "approve", questionId: q.body.id, note: "" }, c["ban.vhxh"])).status,
    ).toBe(200);

    const pub = await (await fetch(`${server.url}/api/questions/${q.body.trackingCode}`)).json();
    expect(pub.answer.html).toBe(list);
    expect(await (await get(server.url, `/theo-doi/${q.body.trackingCode}`)).text()).toContain(list);
    expect(await (await get(server.url, `/chuong-trinh/${e.id}`)).text()).toContain(list);
  });

  it("sends each scheduled reminder once, even when the job runs twice at the same time", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const q = await api(`/api/episodes/${e.id}/questions`, {
      text: "Đường vào trường học lầy lội, đề nghị sửa chữa sớm",
      clientKey: randomUUID().replace(/-/g, ""),
    });
    await api(
      `/api/questions/${q.body.id}/actions`,
      { action: "route", version: 1, agencyId: await factories.orgId("SGTVT") },
      c.tongdai1,
    );
    const due = new Date(Date.now() - 10 * 86400_000);
    await factories.db().question.update({ where: { id: q.body.id }, data: { dueAt: due, originalDueAt: due } });
    const [a, b] = await Promise.all([runReminders(), runReminders()]);
    const mine = await factories.db().reminder.findMany({ where: { questionId: q.body.id } });
    expect(mine).toHaveLength(1);
    expect(mine[0].kind).toBe("overdue");
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(await runReminders()).toBe(0);
    const inbox = await factories.db().inboxMessage.findMany({ where: { reminderId: mine[0].id } });
    expect(inbox).toHaveLength(1);
    // A manual "đôn đốc" with a message always goes out.
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/chuong-trinh/${e.id}/ket-luan`,
          {
            intent: "remind",
            kind: "question",
            itemId: q.body.id,
            message: "Đề nghị Sở GTVT khẩn trương trả lời cử tri.",
          },
          c["ban.vhxh"],
        )
      ).status,
    ).toBe(200);
    expect(await (await get(server.url, "/quan-tri/hop-thu", c.thuongtruc)).status).toBe(403);
    const sgtvt = await login(server.url, "admin");
    expect((await get(server.url, "/quan-tri/hop-thu", sgtvt)).status).toBe(200);
    expect(await factories.db().reminder.count({ where: { questionId: q.body.id, kind: "manual" } })).toBe(1);
  });

  it("takes attachments with answers (type from content, nothing written when one is refused), public once published", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const q = await api(`/api/episodes/${e.id}/questions`, {
      text: "Hỏi danh sách cơ sở giáo dục nghề nghiệp được hỗ trợ",
      clientKey: randomUUID().replace(/-/g, ""),
    });
    await api(
      `/api/questions/${q.body.id}/actions`,
      { action: "route", version: 1, agencyId: await factories.orgId("SLDTBXH") },
      c.tongdai1,
    );
    const send = (files: [string, Buffer][]) => {
      const form = new FormData();
      form.set("intent", "answer-submit");
      form.set("body", "Danh sách kèm theo.");
      for (const [name, bytes] of files) form.append("files", new File([new Uint8Array(bytes)], name));
      return fetch(`${server.url}/quan-tri/hop-thu/${q.body.id}`, {
        method: "POST",
        body: form,
        headers: { cookie: c["so.ldtbxh"] },
      });
    };
    const pdf = Buffer.from("%PDF-1.7\n%danh sach\n%%EOF\n");
    const refused = await send([
      ["danh-sach.pdf", pdf],
      ["virus.pdf", Buffer.from("MZ not a pdf")],
    ]);
    expect(refused.status).toBe(422);
    expect(await factories.db().answer.count({ where: { questionId: q.body.id } })).toBe(0);
    expect(await factories.db().attachment.count()).toBe(0);
    expect((await send([["danh-sach.pdf", pdf]])).status).toBe(200);
    const att = await factories.db().attachment.findFirstOrThrow({ where: { fileName: "danh-sach.pdf" } });
    expect((await get(server.url, `/tep/${att.id}`)).status).toBe(404); // not public before approval
    expect((await get(server.url, `/tep/${att.id}`, c["bql.kcn"])).status).toBe(404); // nor to another agency
    expect((await get(server.url, `/tep/${att.id}`, c["ban.vhxh"])).status).toBe(200);
    await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}/ket-luan`,
      { intent: "approve", questionId: q.body.id, note: "" },
      c["ban.vhxh"],
    );
    const dl = await get(server.url, `/tep/${att.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await dl.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it("publishes a short written summary of an answer given on air", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const q = await api(`/api/episodes/${e.id}/questions`, {
      text: "Hỏi về mức hỗ trợ học nghề cho người khuyết tật",
      clientKey: randomUUID().replace(/-/g, ""),
    });
    for (const [i, body] of [
      { action: "approve" },
      { action: "on_air" },
      { action: "answered_on_air", speaker: "Giám đốc Sở LĐ-TB&XH" },
    ].entries()) {
      expect((await api(`/api/questions/${q.body.id}/actions`, { ...body, version: i + 1 }, c.tongdai1)).status).toBe(
        200,
      );
    }
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/chuong-trinh/${e.id}/ket-luan`,
          {
            intent: "air-summary",
            questionId: q.body.id,
            airSummary: "Người khuyết tật được hỗ trợ học phí tối đa 6 triệu đồng/khóa.",
          },
          c["ban.vhxh"],
        )
      ).status,
    ).toBe(200);
    const page = await (await get(server.url, `/chuong-trinh/${e.id}`)).text();
    expect(page).toContain("tối đa 6 triệu đồng/khóa");
  });

  it("lets an agency return a question that is not its competence, counted against it, back to the operators", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await api(`/api/episodes/${e.id}/questions`, {
      text: "Hỏi về giá thuê đất trong khu công nghiệp",
      clientKey: randomUUID().replace(/-/g, ""),
    });
    await api(
      `/api/questions/${q.body.id}/actions`,
      { action: "route", version: 1, agencyId: await factories.orgId("SLDTBXH") },
      c.tongdai1,
    );
    expect(
      (await postForm(server.url, `/quan-tri/hop-thu/${q.body.id}`, { intent: "return", reason: "" }, c["so.ldtbxh"]))
        .status,
    ).toBe(422);
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/hop-thu/${q.body.id}`,
          { intent: "return", reason: "Thuộc thẩm quyền Ban Quản lý các KCN" },
          c["so.ldtbxh"],
        )
      ).status,
    ).toBe(302);
    const row = await factories.db().question.findUniqueOrThrow({ where: { id: q.body.id } });
    expect(row).toMatchObject({ status: "new", agencyId: null });
    const ev = await factories
      .db()
      .questionEvent.findFirstOrThrow({ where: { questionId: q.body.id, type: "return" } });
    expect(JSON.parse(ev.data)).toMatchObject({ agencyCode: "SLDTBXH" });
  });
});
