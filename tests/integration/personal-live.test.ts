/**
 * Callers' personal data in the live hour (Decree 13/2023): each staff event
 * and view is shaped per recipient, the episode's event log keeps none of it,
 * and the full phone number is read through one audited use case.
 */
import { afterAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { login } from "../helpers/session.ts";
import { connected, socketOpener } from "../helpers/sockets.ts";
import { suiteServer } from "../helpers/suite.ts";

const { open, closeAll } = socketOpener(() => server.url);
const server = suiteServer();
afterAll(() => closeAll());

type Q = { id: string; name: string; phone: string; area: string; hasPhone: boolean };
const CALLER = { name: "Trần Thị Bình", phone: "0912345678", area: "Phường Vị Tân" };
let n = 0;

async function consoleOf(username: string, episodeId: string) {
  const cookie = await login(server.url, username);
  const s = open("/staff", { cookie });
  await connected(s);
  const heard: Q[] = [];
  s.on("question:created", (m: { question: Q }) => heard.push(m.question));
  expect(await s.emitWithAck("episode:join", { episodeId })).toMatchObject({ ok: true });
  return { s, cookie, heard };
}

async function ask(episodeId: string) {
  const res = await fetch(`${server.url}/api/episodes/${episodeId}/questions`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `192.0.2.${++n}` },
    body: JSON.stringify({
      text: "Chế độ hỗ trợ người cao tuổi được chi trả khi nào?",
      ...CALLER,
      clientKey: `pd-${n}-0000000`,
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const until = async (f: () => boolean) => {
  for (let i = 0; i < 100 && !f(); i++) await new Promise((r) => setTimeout(r, 50));
};

describe("the live queue, shaped per recipient", () => {
  it("the lead Ban and operators hear the caller's name and area with a masked phone; others hear none of it", async () => {
    const e = await factories.episode({ status: "live", leadCommittee: "BVHXH" });
    const operator = await consoleOf("tongdai1", e.id);
    const lead = await consoleOf("ban.vhxh", e.id);
    const otherBan = await consoleOf("ban.ktns", e.id);
    const standing = await consoleOf("thuongtruc", e.id);
    const id = await ask(e.id);
    await until(() => [operator, lead, otherBan, standing].every((c) => c.heard.length > 0));

    for (const c of [operator, lead]) {
      expect(c.heard[0]).toMatchObject({
        id,
        name: CALLER.name,
        area: CALLER.area,
        phone: "09•• ••• 678",
        hasPhone: true,
      });
    }
    for (const c of [otherBan, standing]) {
      expect(c.heard[0]).toMatchObject({ id, name: "", phone: "", area: "", hasPhone: false });
      expect(JSON.stringify(c.heard[0])).not.toContain("0912345678");
    }

    // The same shaping for the list a console loads, and for the catch-up by seq.
    for (const [c, personal] of [
      [operator, true],
      [standing, false],
    ] as const) {
      const list = (await (
        await fetch(`${server.url}/api/episodes/${e.id}/questions`, { headers: { cookie: c.cookie } })
      ).json()) as { questions: Q[] };
      const sync = (await c.s.emitWithAck("episode:sync", { episodeId: e.id, afterSeq: 0 })) as {
        events: { question: Q }[];
      };
      for (const q of [
        list.questions.find((x) => x.id === id)!,
        sync.events.find((x) => x.question.id === id)!.question,
      ])
        expect(q).toMatchObject(personal ? { name: CALLER.name, phone: "09•• ••• 678" } : { name: "", phone: "" });
    }
  });

  it("the episode's event log keeps no personal data", async () => {
    const e = await factories.episode({ status: "live" });
    const id = await ask(e.id);
    const rows = await factories.db().episodeEvent.findMany({ where: { questionId: id } });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.payload).not.toContain(CALLER.phone);
      expect(r.payload).not.toContain(CALLER.name);
    }
  });

  it("the full number is read on demand by those who may, on both transports, and every reading is audited", async () => {
    const e = await factories.episode({ status: "live", leadCommittee: "BVHXH" });
    const id = await ask(e.id);
    const operator = await consoleOf("tongdai2", e.id);
    const http = await fetch(`${server.url}/api/questions/${id}/phone`, {
      method: "POST",
      headers: { cookie: operator.cookie },
    });
    expect(http.status).toBe(200);
    expect(await http.json()).toEqual({ questionId: id, phone: CALLER.phone });
    expect(await operator.s.emitWithAck("question:phone", { questionId: id })).toMatchObject({
      ok: true,
      phone: CALLER.phone,
    });
    const audits = await factories.db().auditEvent.findMany({ where: { action: "personal-view", entityId: id } });
    expect(audits.map((a) => a.actorLabel)).toEqual(["tongdai2", "tongdai2"]);

    for (const username of ["thuongtruc", "ban.ktns", "so.ldtbxh"]) {
      const cookie = await login(server.url, username);
      const res = await fetch(`${server.url}/api/questions/${id}/phone`, { method: "POST", headers: { cookie } });
      expect(res.status, username).toBe(403);
    }
    expect(await factories.db().auditEvent.count({ where: { action: "personal-view", entityId: id } })).toBe(2);
  });
});

describe("the same scope on every transport", () => {
  it("a Ban can neither claim nor act on a question of an episode it does not lead", async () => {
    const e = await factories.episode({ status: "live", leadCommittee: "BVHXH" });
    const id = await ask(e.id);
    const other = await consoleOf("ban.ktns", e.id);
    expect(await other.s.emitWithAck("question:claim", { questionId: id })).toMatchObject({ ok: false, status: 403 });
    expect(
      await other.s.emitWithAck("question:action", { questionId: id, version: 1, action: "approve" }),
    ).toMatchObject({ ok: false, status: 403 });
    const http = await fetch(`${server.url}/api/questions/${id}/actions`, {
      method: "POST",
      headers: { cookie: other.cookie, "content-type": "application/json" },
      body: JSON.stringify({ version: 1, action: "approve" }),
    });
    expect(http.status).toBe(403);
    // The lead Ban may.
    const lead = await consoleOf("ban.vhxh", e.id);
    expect(await lead.s.emitWithAck("question:claim", { questionId: id })).toMatchObject({ ok: true });
  });
});
