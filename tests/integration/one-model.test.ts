/**
 * One model of what is followed, shown the same everywhere: with an item in every class, the dashboard, the
 * public /minh-bach page, the report DOCX, the XLSX and CSV exports and the reminders all give the numbers of
 * summarize(followUpItems()). Questions a task covers are not counted again; on-air answers are counted apart.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { airedAt, followUpItems, summarize } from "../../app/features/followup/items.server.ts";
import { publicResults } from "../../app/features/followup/public.server.ts";
import { planReminders } from "../../app/features/followup/reminders.server.ts";
import { dashboard } from "../../app/features/followup/stats.server.ts";
import { FOLLOW_UP_STATUSES, followUpLabel } from "../../app/features/followup/status.ts";
import { get } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";
import { DATASET_CLASSES, followUpDataset } from "./fixtures/followup-dataset.ts";

const server = suiteServer({ env: { REMINDER_INTERVAL_MINUTES: "0" }, logins: ["thuongtruc"] });
const c = server.cookies;

const byClass = (labels: string[]) =>
  Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, labels.filter((l) => l === followUpLabel(s)).length]));

describe("one model of what is followed", () => {
  it("gives the same numbers in every place", async () => {
    const ds = await followUpDataset();
    const ep = ds.episode.id;
    const items = await followUpItems({ episodeId: ep });
    const s = summarize(items);
    expect(s).toMatchObject({ total: 8, ...DATASET_CLASSES });
    // The covered questions are the task's progress, not items; the on-air answer is not an item.
    const ids = items.map((i) => i.id);
    for (const q of [ds.questions.covered, ds.questions.pending, ds.questions.onAir]) expect(ids).not.toContain(q.id);
    expect(ids).toContain(ds.questions.uncovered.id);
    expect(items.find((i) => i.id === ds.tasks.inProgress.id)?.linked).toMatchObject({ total: 2, answered: 1 });

    // The episode's public results: each task in the class of its item (a task started by a linked answer
    // alone is in progress there too), and the same summary of the notice's tasks and uncovered questions.
    const pub = await publicResults(ep);
    expect(pub.summary).toEqual(s);
    expect(pub.answeredOnAir).toBe(1);
    // The episode's public page shows the same counts.
    const epPage = await (await get(server.url, `/chuong-trinh/${ep}`)).text();
    for (const st of ["total", ...FOLLOW_UP_STATUSES] as const) {
      const m = new RegExp(`data-class="${st}"[^>]*><dd[^>]*>(\\d+)</dd>`).exec(epPage);
      expect(m?.[1], `episode page ${st}`).toBe(String(s[st]));
    }
    for (const t of pub.tasks) expect(t.status, t.content).toBe(items.find((i) => i.id === t.id)?.status);

    // The period selects episodes by the day they actually went on air (status history), not their schedule.
    const DAY = 86400_000;
    expect((await airedAt(ep)).get(ep)).toEqual(ds.aired);
    expect((await airedAt([{ id: ep }])).get(ep)).toEqual(ds.aired);
    const around = { from: new Date(ds.aired.getTime() - DAY), to: new Date(ds.aired.getTime() + DAY) };
    expect(summarize(await followUpItems({ ...around, episodeIds: [ep] }))).toEqual(s);
    const scheduled = new Date(ds.episode.startsAt.getTime());
    const onSchedule = { from: new Date(scheduled.getTime() - DAY / 2), to: new Date(scheduled.getTime() + DAY / 2) };
    expect(await followUpItems({ ...onSchedule, episodeIds: [ep] })).toHaveLength(0);

    // The dashboard.
    const d = await dashboard({ episodeId: ep });
    expect(d.summary).toEqual(s);
    expect(d.onAir).toBe(1);
    const assigned = d.agencies.reduce((n, a) => n + a.assigned, 0);
    expect(assigned).toBe(s.total);

    // The report DOCX.
    const rep = await get(server.url, `/quan-tri/bao-cao/bao-cao-theo-doi.docx?ep=${ep}`, c.thuongtruc);
    const zip = await JSZip.loadAsync(Buffer.from(await rep.arrayBuffer()));
    const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "\n");
    expect(text).toContain(`Tổng số nội dung theo dõi: ${s.total}`);
    for (const [i, st] of FOLLOW_UP_STATUSES.entries())
      expect(text).toContain(`${i + 1}. ${followUpLabel(st)} (${s[st]} nội dung)`);

    // The XLSX and CSV exports.
    const x = await get(server.url, `/quan-tri/bao-cao/nhiem-vu.xlsx?ep=${ep}`, c.thuongtruc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await x.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    const head = (ws.getRow(5).values as unknown[]).slice(1) as string[];
    const col = head.indexOf("Phân loại") + 1;
    const labels: string[] = [];
    for (let r = 6; r <= ws.rowCount; r++) labels.push(String(ws.getRow(r).getCell(col).value));
    expect(byClass(labels)).toEqual(DATASET_CLASSES);
    const csv = await (await get(server.url, `/quan-tri/bao-cao/nhiem-vu.csv?ep=${ep}`, c.thuongtruc)).text();
    const rows = csv.trim().split("\r\n").slice(1);
    expect(rows).toHaveLength(s.total);
    expect(byClass(rows.map((r) => r.split(",").pop()!))).toEqual(DATASET_CLASSES);

    // The reminders: every open item past its deadline, and only those, is reminded as overdue.
    const now = new Date();
    const overdue = planReminders(items, now, 3)
      .filter((p) => p.kind === "overdue")
      .map((p) => p.item.id)
      .sort();
    expect(overdue).toEqual(
      items
        .filter((i) => i.overdue)
        .map((i) => i.id)
        .sort(),
    );
    expect(overdue).toHaveLength(s.overdue);

    // The public page (all episodes): the same summary, in numbers only.
    const all = summarize(await followUpItems());
    const page = await (await get(server.url, "/minh-bach")).text();
    for (const st of ["total", ...FOLLOW_UP_STATUSES] as const) {
      const m = new RegExp(`data-class="${st}"[^>]*><dd[^>]*>(\\d+)</dd>`).exec(page);
      expect(m?.[1], st).toBe(String(all[st]));
    }
    expect(page).not.toContain(ds.questions.uncovered.trackingCode);
    // …and one episode's: its issued notice's tasks and the routed questions no task covers.
    const one = await (await get(server.url, `/minh-bach?ep=${ep}`)).text();
    expect(one).toContain('data-testid="transparency-episode"');
    for (const st of ["total", ...FOLLOW_UP_STATUSES] as const) {
      const m = new RegExp(`data-class="${st}"[^>]*><dd[^>]*>(\\d+)</dd>`).exec(one);
      expect(m?.[1], st).toBe(String(s[st]));
    }
  });
});
