/**
 * The exports as a clerk opens them: XLSX read back with exceljs, CSV as Excel reads it. Dates are date cells
 * holding the Vietnam day of the stored deadline (local midnight is the previous day in UTC), times are Vietnam
 * times; every status, class and channel is a Vietnamese label; phones are text; the page is A4 landscape with
 * title rows, a frozen header, an autofilter and print titles; personal data only for those allowed.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { get } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";
import { followUpDataset, PERSONAL } from "./fixtures/followup-dataset.ts";

const server = suiteServer({ logins: ["ban.vhxh", "thuongtruc"] });
const c = server.cookies;

async function xlsx(path: string, cookie: string) {
  const res = await get(server.url, path, cookie);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const head = (ws.getRow(5).values as unknown[]).slice(1) as string[];
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let i = 6; i <= ws.rowCount; i++)
    rows.push(Object.fromEntries(head.map((h, j) => [h, ws.getRow(i).getCell(j + 1)])));
  const all: string[] = [];
  ws.eachRow((r) => r.eachCell((cell) => all.push(String(cell.value))));
  return { res, ws, head, rows, all: all.join("\n") };
}

const RAW_CODES =
  /\b(not_started|in_progress|in_progress_overdue|done_on_time|done_late|closed_unresolvable|routed|answered_on_air|hotline|submitted|approved)\b/;

describe("the exports", () => {
  it("write the follow-up items with real dates on their Vietnam day, Vietnamese labels, ready to print", async () => {
    const ds = await followUpDataset();
    // Due at midnight starting 1 July in Vietnam: 17:00 on 30 June in UTC.
    const due = new Date("2024-06-30T17:00:00Z");
    await factories.db().task.update({ where: { id: ds.tasks.closed.id }, data: { dueAt: due, originalDueAt: due } });
    const x = await xlsx(`/quan-tri/bao-cao/nhiem-vu.xlsx?ep=${ds.episode.id}`, c.thuongtruc);
    const closed = x.rows.find((r) => r["Nội dung"].value === "Di dời trạm biến áp")!;
    expect(closed["Thời hạn"].value).toEqual(new Date(Date.UTC(2024, 6, 1)));
    expect(closed["Thời hạn"].numFmt).toBe("dd/mm/yyyy");
    expect(closed["Phân loại"].value).toBe("Đã đóng: không thể giải quyết");
    const late = x.rows.find((r) => r["Nội dung"].value === "Giải quyết chế độ cho người lao động")!;
    expect(late["Số ngày quá hạn"].value).toBe(10);
    expect(late["Phân loại"].value).toBe("Đang thực hiện quá hạn");
    const covered = x.rows.find((r) => r["Nội dung"].value === "Rà soát danh sách hộ nghèo")!;
    expect(covered["Cơ quan phối hợp"].value).toBe("Sở Xây dựng");
    expect(x.rows).toHaveLength(8);
    // One row an item, the follow-up columns; the kind and the completion day in Vietnamese and Vietnam time.
    expect(x.head).toEqual([
      "STT",
      "Nội dung",
      "Loại",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời hạn",
      "Hạn ban đầu",
      "Ngày hoàn thành",
      "Số ngày quá hạn",
      "Kết quả thực hiện",
      "Phân loại",
    ]);
    expect(new Set(x.rows.map((r) => r["Loại"].value))).toEqual(new Set(["Nhiệm vụ", "Câu hỏi"]));
    const onTime = x.rows.find((r) => r["Nội dung"].value === "Trả lời về bảo hiểm thất nghiệp")!;
    const done = new Date(ds.tasks.onTime.completedAt!.getTime() + 7 * 3600_000);
    expect(onTime["Ngày hoàn thành"].value).toEqual(
      new Date(Date.UTC(done.getUTCFullYear(), done.getUTCMonth(), done.getUTCDate())),
    );
    expect(onTime["Ngày hoàn thành"].numFmt).toBe("dd/mm/yyyy");
    expect(onTime["Phân loại"].value).toBe("Hoàn thành đúng hạn");
    expect(x.all).not.toMatch(RAW_CODES);
    // Printing: A4 landscape fitted to the width, title rows, frozen header, autofilter, repeated header.
    expect(x.ws.pageSetup.paperSize).toBe(9);
    expect(x.ws.pageSetup.orientation).toBe("landscape");
    expect(x.ws.pageSetup.fitToWidth).toBe(1);
    expect(x.ws.pageSetup.printTitlesRow).toBe("5:5");
    expect(String(x.ws.getRow(1).getCell(1).value)).toBe("HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG");
    expect(String(x.ws.getRow(2).getCell(1).value)).toBe("KẾT QUẢ THEO DÕI VIỆC THỰC HIỆN KẾT LUẬN");
    expect(String(x.ws.getRow(3).getCell(1).value)).toContain("Chương trình: ");
    expect(String(x.ws.getRow(4).getCell(1).value)).toMatch(/^Lập lúc \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    expect(x.ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(x.ws.autoFilter).toBeTruthy();
    expect(x.ws.getColumn(2).width).toBeGreaterThanOrEqual(30);
    expect(x.ws.getRow(6).getCell(2).alignment?.wrapText).toBe(true);
    // The download keeps its Vietnamese name.
    const name = decodeURIComponent((x.res.headers.get("content-disposition") ?? "").split("filename*=UTF-8''")[1]);
    expect(name).toBe("Kết quả theo dõi thực hiện kết luận.xlsx");
  });

  it("write the questions with Vietnam times and labels, phones as text for those allowed, none for others", async () => {
    const ds = await followUpDataset();
    const x = await xlsx(`/quan-tri/bao-cao/cau-hoi.xlsx?ep=${ds.episode.id}&personal=1`, c["ban.vhxh"]);
    const row = x.rows.find((r) => r["Mã theo dõi"].value === ds.questions.uncovered.trackingCode)!;
    expect(row["Điện thoại"].value).toBe(PERSONAL.phone);
    expect(row["Điện thoại"].numFmt).toBe("@");
    expect(row["Kênh"].value).toBe("Đường dây nóng");
    expect(row["Trạng thái"].value).toBe("Đã chuyển cơ quan có thẩm quyền");
    // Created at: the Vietnam wall clock, minutes kept.
    const created = ds.questions.uncovered.createdAt;
    const vn = new Date(created.getTime() + 7 * 3600_000);
    const cell = row["Thời gian"].value as Date;
    expect(cell.getUTCDate()).toBe(vn.getUTCDate());
    expect(cell.getUTCHours()).toBe(vn.getUTCHours());
    expect(cell.getUTCMinutes()).toBe(vn.getUTCMinutes());
    expect(row["Thời gian"].numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(x.all).not.toMatch(RAW_CODES);
    // The Standing Committee reads the figures, not the askers.
    const s = await xlsx(`/quan-tri/bao-cao/cau-hoi.xlsx?ep=${ds.episode.id}&personal=1`, c.thuongtruc);
    expect(s.head).not.toContain("Điện thoại");
    expect(s.all).not.toContain(PERSONAL.phone);
  });

  it("write the questions of a period of broadcasts, the period in words in the title rows", async () => {
    const ds = await followUpDataset();
    // Another episode, on air today: outside the period.
    const other = await factories.episode({ status: "ended", leadCommittee: "BVHXH", startsAt: new Date() });
    const q = await factories.db().question.create({
      data: { episodeId: other.id, trackingCode: "NGOAI-KY-1", channel: "web", text: "x", summary: "Ngoài kỳ" },
    });
    const vn = new Date(ds.aired.getTime() + 7 * 3600_000);
    const two = (n: number) => String(n).padStart(2, "0");
    const iso = `${vn.getUTCFullYear()}-${two(vn.getUTCMonth() + 1)}-${two(vn.getUTCDate())}`;
    const day = `${two(vn.getUTCDate())}/${two(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()}`;
    const x = await xlsx(`/quan-tri/bao-cao/cau-hoi.xlsx?from=${iso}&to=${iso}`, c.thuongtruc);
    expect(String(x.ws.getRow(3).getCell(1).value)).toBe(`Phát sóng từ ngày ${day} đến ngày ${day}`);
    const codes = x.rows.map((r) => r["Mã theo dõi"].value);
    expect(codes).toContain(ds.questions.uncovered.trackingCode);
    expect(codes).not.toContain(q.trackingCode);
  });

  it("write CSV in UTF-8 with a BOM, phones kept as text for Excel, formulas neutralised", async () => {
    const ds = await followUpDataset();
    await factories.db().question.update({
      where: { id: ds.questions.uncovered.id },
      data: { summary: '=HYPERLINK("http://x")' },
    });
    const res = await get(server.url, `/quan-tri/bao-cao/cau-hoi.csv?ep=${ds.episode.id}&personal=1`, c["ban.vhxh"]);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text).toContain(`"=""${PERSONAL.phone}"""`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("Đường dây nóng");
    expect(text).not.toMatch(RAW_CODES);
    expect(text.split("\r\n")[0]).toContain("Thời hạn");
    // Times as Vietnamese offices write them, in Vietnam time: dd/mm/yyyy HH:mm, never ISO.
    const vn = new Date(ds.questions.uncovered.createdAt.getTime() + 7 * 3600_000);
    const two = (n: number) => String(n).padStart(2, "0");
    expect(text).toContain(
      `${two(vn.getUTCDate())}/${two(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()} ${two(vn.getUTCHours())}:${two(vn.getUTCMinutes())}`,
    );
    expect(text).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it("keep the phone's leading 0 when LibreOffice Calc opens the CSV", async () => {
    const ds = await followUpDataset();
    const res = await get(server.url, `/quan-tri/bao-cao/cau-hoi.csv?ep=${ds.episode.id}&personal=1`, c["ban.vhxh"]);
    const dir = mkdtempSync(path.join(os.tmpdir(), "ln-csv-"));
    writeFileSync(path.join(dir, "q.csv"), Buffer.from(await res.arrayBuffer()));
    // Comma-separated, double quotes, UTF-8 (76), from line 1: what Calc's import dialog proposes.
    execFileSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--infilter=CSV:44,34,76,1",
        "q.csv",
      ],
      { cwd: dir, stdio: "ignore", timeout: 120_000 },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "q.xlsx"));
    const ws = wb.worksheets[0];
    const head = (ws.getRow(1).values as unknown[]).map(String);
    const col = head.indexOf("Điện thoại");
    const phones: unknown[] = [];
    ws.eachRow((r, i) => {
      if (i > 1) {
        const v = r.getCell(col).value as { result?: unknown } | string;
        phones.push(typeof v === "object" && v ? v.result : v);
      }
    });
    expect(phones).toContain(PERSONAL.phone);
  }, 180_000);
});
