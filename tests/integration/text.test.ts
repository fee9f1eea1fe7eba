/**
 * Odd characters in what people send: NUL, lone surrogates, bidi controls
 * and zero-width characters are not stored (Vietnamese is stored as typed,
 * in NFC), and zero-width characters or spacing do not hide profanity or
 * links from the operators' flags. Through the real HTTP API and the
 * agencies' form, read back as staff.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

let operator: string;
let agency: string;

const server = suiteServer({ env: { RATE_LIMIT_SCALE: "1000" } });
beforeAll(async () => {
  operator = await login(server.url, "tongdai1");
  agency = await login(server.url, "so.ldtbxh");
});

/** Posts a JSON body given as raw text, so that escapes such as a lone "\ud800" reach the server as written. */
async function postRaw(path: string, json: string, cookie?: string) {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: json,
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

type StaffQuestion = { id: string; text: string; summary: string; name: string; area: string; flags: string[] };
async function staffQuestions(episodeId: string): Promise<StaffQuestion[]> {
  const res = await fetch(`${server.url}/api/episodes/${episodeId}/questions`, { headers: { cookie: operator } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { questions: StaffQuestion[] }).questions;
}

const key = () => randomUUID().replace(/-/g, "");

describe("stored text", () => {
  it("stores a viewer's question clean and flags the profanity hidden by zero-width spaces", async () => {
    const e = await factories.episode({ status: "live" });
    // Written out by hand: JSON.stringify would not keep the lone surrogate's escape as sent by a client that does.
    const json =
      `{"clientKey":"${key()}",` +
      `"text":"\\u0000Đường\\u202E hư\\ud800 quá, đ\\u200bị\\u200bt m\\u200bẹ, bao giờ sửa?",` +
      `"name":"Nguyễn\\u202e Văn\\u0000 An","area":"Vị\\u200b Thanh\\ufeff"}`;
    const r = await postRaw(`/api/episodes/${e.id}/questions`, json);
    expect(r.status).toBe(201);

    const q = (await staffQuestions(e.id)).find((x) => x.id === r.body.id)!;
    expect(q.text).toBe("Đường hư\ufffd quá, địt mẹ, bao giờ sửa?");
    expect(q.summary).toBe(q.text);
    expect(q.name).toBe("Nguyễn Văn An");
    expect(q.area).toBe("Vị Thanh");
    expect(q.flags).toContain("profanity");
    const row = await factories.db().question.findUniqueOrThrow({ where: { id: r.body.id } });
    expect([row.text, row.name, row.area]).toEqual([q.text, q.name, q.area]);
  });

  it("flags links spelled out letter by letter, and stores Vietnamese in NFC", async () => {
    const e = await factories.episode({ status: "live" });
    const text = "Mua đất nền giá rẻ, xem tại w w w . e x a m p l e . c o m nhé".normalize("NFD");
    const r = await postRaw(`/api/episodes/${e.id}/questions`, JSON.stringify({ clientKey: key(), text }));
    expect(r.status).toBe(201);
    const q = (await staffQuestions(e.id)).find((x) => x.id === r.body.id)!;
    expect(q.text).toBe(text.normalize("NFC"));
    expect(q.flags).toContain("link");
    expect(q.flags).not.toContain("profanity");
  });

  it("cleans an operator's edit, and an agency's progress report and answer (the follow-up forms)", async () => {
    const e = await factories.episode({ status: "live" });
    const r = await postRaw(
      `/api/episodes/${e.id}/questions`,
      JSON.stringify({ clientKey: key(), text: "Xin hỏi về hỗ trợ học nghề cho lao động nông thôn" }),
    );
    expect(r.status).toBe(201);
    const edit = await postRaw(
      `/api/questions/${r.body.id}/actions`,
      '{"action":"edit","version":1,"summary":"Hỗ trợ\\u202e học nghề\\u0000 cho\\u2066 lao động\\ud800 nông thôn"}',
      operator,
    );
    expect(edit.status).toBe(200);
    expect((await staffQuestions(e.id)).find((x) => x.id === r.body.id)!.summary).toBe(
      "Hỗ trợ học nghề cho lao động\ufffd nông thôn",
    );

    const sld = await factories.orgId("SLDTBXH");
    const route = await postRaw(
      `/api/questions/${r.body.id}/actions`,
      JSON.stringify({ action: "route", version: 2, agencyId: sld }),
      operator,
    );
    expect(route.status).toBe(200);
    const page = `/quan-tri/hop-thu/${r.body.id}`;
    const progress = await postForm(
      server.url,
      page,
      { intent: "progress", percent: "50", text: "Đang\u202E xử lý\u0000, đã\u200B liên hệ ".normalize("NFD") },
      agency,
    );
    expect(progress.status).toBe(200);
    const answer = await postForm(
      server.url,
      page,
      { intent: "answer-save", body: "**Trả lời**\u2067:\u0000 hỗ trợ\u200B 30.000 đồng/ngày" },
      agency,
    );
    expect(answer.status).toBe(200);
    const row = await factories.db().question.findUniqueOrThrow({
      where: { id: r.body.id },
      include: { answer: true, reports: true },
    });
    expect(row.reports.map((p) => p.text)).toEqual(["Đang xử lý, đã liên hệ"]);
    expect(row.answer?.body).toBe("**Trả lời**: hỗ trợ 30.000 đồng/ngày");
  });
});
