/**
 * Personal data (Decree 13/2023/NĐ-CP): the asker's consent is stored; an
 * agency sees the caller only for its own item with consent, the phone
 * masked, and every reveal is audited; exports carry personal data only
 * when asked for by someone entitled to it, audited; the retention job
 * erases the personal data of items finished longer ago than the period.
 */
import { randomUUID } from "node:crypto";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { get, postForm, postJson } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

// The test runs the retention job itself, with its own "now": the server's schedule stays off.
const server = suiteServer({
  env: { REMINDER_INTERVAL_MINUTES: "0", PERSONAL_DATA_ERASE_INTERVAL_HOURS: "0", RATE_LIMIT_SCALE: "1000" },
  logins: ["tongdai1", "ban.vhxh", "ban.ktns", "thuongtruc", "so.ldtbxh", "bql.kcn", "admin"],
});
const c = server.cookies;

const api = (path: string, body: unknown, cookie?: string) => postJson(server.url, path, body, cookie);

type Asked = { id: string; trackingCode: string; version: number };
async function ask(episodeId: string, fields: Record<string, unknown>, cookie?: string): Promise<Asked> {
  const r = await api(
    `/api/episodes/${episodeId}/questions`,
    { clientKey: randomUUID().replace(/-/g, ""), ...fields },
    cookie,
  );
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id, trackingCode: r.body.trackingCode, version: 1 };
}
async function act(q: { id: string }, body: Record<string, unknown>) {
  const { version } = await factories.db().question.findUniqueOrThrow({ where: { id: q.id } });
  const r = await api(`/api/questions/${q.id}/actions`, { ...body, version }, c.tongdai1);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}
const route = async (q: { id: string }, agency = "SLDTBXH") =>
  act(q, { action: "route", agencyId: await factories.orgId(agency) });
const text = async (path: string, cookie?: string) => {
  const res = await get(server.url, path, cookie);
  expect(res.status, path).toBe(200);
  return res.text();
};
const audits = (where: { action: string; entityId?: string; actorLabel?: string }) =>
  factories.db().auditEvent.findMany({ where, orderBy: { createdAt: "asc" } });

describe("consent and notice", () => {
  it("stores the asker's consent to be contacted, through the API (web and hotline); absent means no", async () => {
    const e = await factories.episode({ status: "live" });
    const yes = await ask(e.id, {
      text: "Xin hỏi về thủ tục cấp đổi thẻ bảo hiểm y tế cho hộ cận nghèo",
      phone: "0912 000 222",
      contactConsent: true,
    });
    const form = await ask(e.id, {
      text: "Xin hỏi về thủ tục cấp đổi thẻ bảo hiểm y tế cho người cao tuổi",
      phone: "0912000223",
      contactConsent: "on",
    });
    const no = await ask(e.id, { text: "Xin hỏi về chế độ trợ cấp cho người khuyết tật nặng", phone: "0912000224" });
    const hotline = await ask(
      e.id,
      {
        text: "Người gọi hỏi về hỗ trợ học nghề cho lao động nông thôn",
        phone: "0912000225",
        channel: "hotline",
        contactConsent: true,
      },
      c.tongdai1,
    );
    const consent = async (q: Asked) =>
      (await factories.db().question.findUniqueOrThrow({ where: { id: q.id } })).contactConsent;
    expect([await consent(yes), await consent(form), await consent(no), await consent(hotline)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it("publishes the policy, with the retention period, as a page that needs no script", async () => {
    const html = await text("/chinh-sach-du-lieu");
    expect(html).toContain("Nghị định số 13/2023/NĐ-CP");
    expect(html).toContain("12 tháng");
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
  });
});

describe("least exposure", () => {
  let e: { id: string };
  let without: Asked;
  let consented: Asked;
  const TEXT_A = "Đường liên ấp Tân Phú bị sạt lở, đề nghị sửa chữa trước mùa mưa";
  const TEXT_B = "Đề nghị hỗ trợ học nghề cho thanh niên nông thôn sau khi xuất ngũ";
  beforeAll(async () => {
    e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    without = await ask(e.id, { text: TEXT_A, name: "Nguyễn Văn Khởi", phone: "0912345670", area: "Vị Thủy" });
    consented = await ask(e.id, {
      text: TEXT_B,
      name: "Lê Thị Đồng",
      phone: "0987654321",
      area: "Long Mỹ",
      contactConsent: true,
    });
    await route(without);
    await route(consented);
  });

  it("shows the agency no caller without consent, and a masked phone with consent; each reveal is audited", async () => {
    const agency = c["so.ldtbxh"];
    const a = await text(`/quan-tri/hop-thu/${without.id}`, agency);
    expect(a).toContain(TEXT_A);
    for (const s of ["Nguyễn Văn Khởi", "0912345670", "Vị Thủy", "09•• ••• 670", "Xem số điện thoại"])
      expect(a, s).not.toContain(s);

    const b = await text(`/quan-tri/hop-thu/${consented.id}`, agency);
    expect(b).toContain("Lê Thị Đồng");
    expect(b).toContain("Long Mỹ");
    expect(b).toContain("09•• ••• 321");
    expect(b).toContain("Xem số điện thoại");
    expect(b).not.toContain("0987654321");

    const list = await text("/quan-tri/hop-thu", agency);
    for (const s of ["Nguyễn Văn Khởi", "0912345670", "Lê Thị Đồng", "0987654321"]) expect(list, s).not.toContain(s);

    // The reveal: a plain form post (no script needed) that shows the number and writes the audit record.
    const reveal = { intent: "reveal-phone", questionId: consented.id };
    const res = await postForm(server.url, `/quan-tri/hop-thu/${consented.id}`, reveal, agency);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("0987654321");
    const recorded = await audits({ action: "personal-view", entityId: consented.id });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ actorLabel: "so.ldtbxh", entity: "Question" });
    expect(recorded[0].after).toContain(consented.trackingCode);
    expect(recorded[0].after).not.toContain("0987654321"); // the log says who saw what, not the number

    // No consent, or not its item: refused, and nothing is recorded.
    const refused = await postForm(
      server.url,
      `/quan-tri/hop-thu/${without.id}`,
      { intent: "reveal-phone", questionId: without.id },
      agency,
    );
    expect(refused.status).toBe(403);
    expect((await postForm(server.url, `/quan-tri/hop-thu/${consented.id}`, reveal, c["bql.kcn"])).status).toBe(403);
    expect(await audits({ action: "personal-view", entityId: without.id })).toHaveLength(0);
    expect(await audits({ action: "personal-view", entityId: consented.id })).toHaveLength(1);

    // The audit log shows it, in Vietnamese, to those who read the log.
    const log = await text("/quan-tri/nhat-ky", c.thuongtruc);
    expect(log).toContain("Xem số điện thoại");
    expect(log).toContain(consented.trackingCode);
  });

  it("shows the lead Ban the caller with a masked phone on the follow-up page; the Standing Committee sees none", async () => {
    const page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    const ban = await text(page, c["ban.vhxh"]);
    expect(ban).toContain("Nguyễn Văn Khởi");
    expect(ban).toContain("09•• ••• 670");
    expect(ban).not.toContain("0912345670");
    const res = await postForm(server.url, page, { intent: "reveal-phone", questionId: without.id }, c["ban.vhxh"]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("0912345670");
    const recorded = await audits({ action: "personal-view", entityId: without.id });
    expect(recorded).toHaveLength(1);
    expect(recorded[0].actorLabel).toBe("ban.vhxh");

    const standing = await text(page, c.thuongtruc);
    expect(standing).toContain(TEXT_A);
    for (const s of ["Nguyễn Văn Khởi", "09•• ••• 670", "0912345670"]) expect(standing, s).not.toContain(s);
    expect(
      (await postForm(server.url, page, { intent: "reveal-phone", questionId: without.id }, c.thuongtruc)).status,
    ).toBe(403);
    expect(await audits({ action: "personal-view", entityId: without.id })).toHaveLength(1);
  });

  it("exports without personal data unless an entitled user asks for it; such an export is audited", async () => {
    const csv = (query: string, cookie: string) =>
      get(server.url, `/quan-tri/bao-cao/cau-hoi.csv?ep=${e.id}${query}`, cookie);
    const ban = c["ban.vhxh"];
    const plain = await (await csv("", ban)).text();
    expect(plain).toContain(TEXT_A);
    for (const s of ["Điện thoại", "Họ tên", "0912345670", "0987654321", "Nguyễn Văn Khởi", "Long Mỹ"])
      expect(plain, s).not.toContain(s);
    expect(await audits({ action: "personal-export" })).toHaveLength(0);

    const personal = await (await csv("&personal=1", ban)).text();
    const head = personal.replace(/^\uFEFF/, "").split("\r\n")[0];
    expect(head).toContain("Họ tên");
    expect(head).toContain("Điện thoại");
    expect(personal).toContain("0912345670");
    expect(personal).toContain("0987654321");
    const exported = await audits({ action: "personal-export" });
    expect(exported).toHaveLength(1);
    expect(exported[0].actorLabel).toBe("ban.vhxh");
    for (const q of [without, consented]) {
      expect(exported[0].after).toContain(q.trackingCode);
      expect(exported[0].after).toContain(q.id);
    }

    // The Standing Committee reads reports, not callers' data; another Ban not for this episode; agencies no exports.
    for (const who of ["thuongtruc", "ban.ktns"]) {
      const r = await csv("&personal=1", c[who]);
      expect(r.status).toBe(200);
      const body = await r.text();
      expect(body, who).toContain(TEXT_A);
      for (const s of ["0912345670", "0987654321", "Nguyễn Văn Khởi"]) expect(body, `${who} ${s}`).not.toContain(s);
    }
    expect((await csv("&personal=1", c["so.ldtbxh"])).status).toBe(403);
    expect(await audits({ action: "personal-export" })).toHaveLength(1);

    // XLSX as well (the admin holds every permission).
    const xlsx = await get(server.url, `/quan-tri/bao-cao/cau-hoi.xlsx?ep=${e.id}&personal=1`, c.admin);
    const zip = await JSZip.loadAsync(Buffer.from(await xlsx.arrayBuffer()));
    const cells =
      (await zip.file("xl/worksheets/sheet1.xml")!.async("string")) +
      ((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "");
    expect(cells).toContain("0987654321");
    expect(await audits({ action: "personal-export", actorLabel: "admin" })).toHaveLength(1);

    // The reports page offers the choice only to those who may use it.
    expect(await text("/quan-tri/bao-cao", ban)).toContain("Kèm dữ liệu cá nhân");
    expect(await text("/quan-tri/bao-cao", c.thuongtruc)).not.toContain("Kèm dữ liệu cá nhân");
    const log = await text("/quan-tri/nhat-ky", c.thuongtruc);
    expect(log).toContain("Xuất dữ liệu cá nhân");
  });
});

describe("retention", () => {
  it("erases the personal data of items finished longer ago than the period, keeps the rest, and audits the run", async () => {
    const { erasePersonalData } = await import("../../app/features/privacy/retention.server.ts");
    const now = new Date();
    const monthsAgo = (n: number) => {
      const d = new Date(now);
      d.setUTCMonth(d.getUTCMonth() - n);
      return d;
    };
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const caller = (n: number) => ({
      name: `Người hỏi số ${n}`,
      phone: `091111111${n}`,
      area: `Xã Hỏa Lựu ${n}`,
      deviceId: `device-retention-${n}`,
    });
    const old = await ask(e.id, { text: "Đề nghị nạo vét kênh thủy lợi ấp 3 trước vụ Đông Xuân", ...caller(1) });
    const recent = await ask(e.id, { text: "Đề nghị lắp đèn chiếu sáng tuyến đường ấp 5 xã Hỏa Lựu", ...caller(2) });
    const child = await ask(e.id, { text: "Kênh thủy lợi ấp 3 bị bồi lắng, xin được nạo vét sớm", ...caller(3) });
    const open = await ask(e.id, { text: "Đề nghị hỗ trợ kinh phí sửa chữa trường mẫu giáo ấp 7", ...caller(4) });
    await route(old);
    await route(recent);
    await route(open);
    await act(child, { action: "merge", targetId: old.id });
    const sld = await factories.orgId("SLDTBXH");
    await factories.db().answer.create({
      data: { questionId: old.id, agencyId: sld, body: "Sở đã bố trí kinh phí nạo vét.", status: "approved" },
    });
    await factories.db().question.update({
      where: { id: old.id },
      data: { status: "answered", completedAt: monthsAgo(13) },
    });
    await factories.db().question.update({
      where: { id: recent.id },
      data: { status: "closed", closedAt: monthsAgo(11), closedReason: "Không thuộc thẩm quyền" },
    });
    // A rejected question of an episode concluded long ago: finished when its broadcast ended.
    const past = await factories.episode({ leadCommittee: "BVHXH", status: "live", startsAt: monthsAgo(14) });
    const rejected = await ask(past.id, { text: "Quảng cáo bán hàng không liên quan chương trình", ...caller(5) });
    await act(rejected, { action: "reject", reason: "out_of_scope" });
    await factories.db().episode.update({ where: { id: past.id }, data: { status: "concluded" } });

    const run = await erasePersonalData({ now });
    const row = (q: Asked) => factories.db().question.findUniqueOrThrow({ where: { id: q.id } });
    for (const q of [old, child, rejected]) {
      expect(run.ids).toContain(q.id);
      expect(await row(q)).toMatchObject({ name: "", phone: "", area: "", deviceId: null });
    }
    for (const q of [recent, open]) {
      expect(run.ids).not.toContain(q.id);
      expect((await row(q)).phone).not.toBe("");
    }
    expect(run.count).toBe(run.ids.length);
    // The question and its answer stay, without personal data; so does the published history.
    const kept = await row(old);
    expect(kept.text).toBe("Đề nghị nạo vét kênh thủy lợi ấp 3 trước vụ Đông Xuân");
    expect(kept.summary).toBe(kept.text);
    expect((await factories.db().answer.findUniqueOrThrow({ where: { questionId: old.id } })).body).toBe(
      "Sở đã bố trí kinh phí nạo vét.",
    );
    // The episode's event log (what consoles catch up from) no longer carries it either.
    const events = await factories.db().episodeEvent.findMany({ where: { questionId: { in: [old.id, child.id] } } });
    expect(events.length).toBeGreaterThan(0);
    for (const ev of events) {
      expect(ev.payload).not.toMatch(/09111111\d\d/);
      expect(ev.payload).not.toContain("Người hỏi số");
    }

    const recorded = await audits({ action: "personal-erase" });
    expect(recorded).toHaveLength(1);
    expect(recorded[0].actorLabel).toBe("system");
    const after = JSON.parse(recorded[0].after!) as { count: number; ids: string[]; months: number };
    expect(after.count).toBe(run.count);
    expect(after.months).toBe(12);
    expect(after.ids).toEqual(expect.arrayContaining([old.id, child.id, rejected.id]));

    // Run again: nothing left to erase, nothing recorded twice. Two months later, the closed item's turn.
    expect((await erasePersonalData({ now })).count).toBe(0);
    expect(await audits({ action: "personal-erase" })).toHaveLength(1);
    const later = new Date(now);
    later.setUTCMonth(later.getUTCMonth() + 2);
    const next = await erasePersonalData({ now: later });
    expect(next.ids).toContain(recent.id);
    expect(next.ids).not.toContain(open.id);
    expect((await row(recent)).phone).toBe("");
    expect(await text("/quan-tri/nhat-ky", c.thuongtruc)).toContain("Xóa dữ liệu cá nhân theo thời hạn");
  });

  it("erases each item once when two runs (two nodes) overlap, each run listing only what it erased", async () => {
    const { erasePersonalData } = await import("../../app/features/privacy/retention.server.ts");
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const asked: Asked[] = [];
    for (let i = 0; i < 6; i++) {
      const q = await ask(e.id, {
        text: `Ý kiến số ${i} về nước sạch nông thôn ở ấp Phú Lợi`,
        name: `Cử tri ${i}`,
        phone: `09222222${10 + i}`,
      });
      await act(q, { action: "reject", reason: "out_of_scope" });
      asked.push(q);
    }
    await factories.db().episode.update({ where: { id: e.id }, data: { status: "ended" } });
    // Two years on: every one of them is due.
    const now = new Date(Date.now() + 2 * 366 * 86400_000);
    const before = (await audits({ action: "personal-erase" })).length;
    const [a, b] = await Promise.all([erasePersonalData({ now }), erasePersonalData({ now })]);
    const ids = [...a.ids, ...b.ids];
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of asked) expect(ids).toContain(q.id);
    const records = (await audits({ action: "personal-erase" })).slice(before);
    expect(records.length).toBe([a, b].filter((r) => r.count > 0).length);
    const listed = records.flatMap((r) => (JSON.parse(r.after!) as { ids: string[] }).ids);
    expect(listed.sort()).toEqual([...ids].sort());
  });
});
