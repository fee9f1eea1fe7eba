import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createToken, revokeToken } from "../../app/features/questions/channels.server.ts";
import { SYSTEM_ACTOR } from "../../app/platform/audit.server.ts";
import { factories } from "../helpers/factories.ts";
import { login } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer();

const key = () => randomUUID().replace(/-/g, "");
async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json().catch(() => null) };
}

describe("other channels and limits", () => {
  it("takes questions from an integration token's channel, deduplicated on the source's id", async () => {
    const e = await factories.episode({ status: "live" });
    const { token } = await createToken(SYSTEM_ACTOR, { name: "Fanpage Đài PT-TH", channel: "fanpage" });
    const auth = { authorization: `Bearer ${token}` };
    const first = await post(
      `/api/episodes/${e.id}/questions`,
      { text: "Bình luận trên fanpage hỏi về học nghề", clientKey: key(), externalId: "fb-comment-1" },
      auth,
    );
    expect(first.status).toBe(201);
    const again = await post(
      `/api/episodes/${e.id}/questions`,
      { text: "Bình luận trên fanpage hỏi về học nghề", clientKey: key(), externalId: "fb-comment-1" },
      auth,
    );
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const row = await factories.db().question.findUniqueOrThrow({ where: { id: first.body.id } });
    expect(row.channel).toBe("fanpage");
    expect(
      (
        await post(
          `/api/episodes/${e.id}/questions`,
          { text: "Thiếu mã nguồn của bình luận này", clientKey: key() },
          auth,
        )
      ).body,
    ).toEqual({ errors: { externalId: ["err.required"] } });
    const { row: t2, token: tok2 } = await createToken(SYSTEM_ACTOR, { name: "YouTube", channel: "youtube" });
    await revokeToken(SYSTEM_ACTOR, t2.id);
    expect(
      (
        await post(
          `/api/episodes/${e.id}/questions`,
          { text: "Token đã bị thu hồi không gửi được", clientKey: key(), externalId: "yt-1" },
          { authorization: `Bearer ${tok2}` },
        )
      ).status,
    ).toBe(401);
  });

  it("logs hotline calls for operators only", async () => {
    const e = await factories.episode({ status: "live" });
    const body = {
      text: "Người gọi hỏi về trợ cấp thất nghiệp",
      name: "Chú Bảy",
      phone: "0939 123 456",
      area: "Vị Thủy",
      clientKey: key(),
      channel: "hotline",
    };
    expect((await post(`/api/episodes/${e.id}/questions`, body)).status).toBe(401);
    const agency = await login(server.url, "so.ldtbxh");
    expect(
      (await post(`/api/episodes/${e.id}/questions`, { ...body, clientKey: key() }, { cookie: agency })).status,
    ).toBe(403);
    const op = await login(server.url, "tongdai1");
    const ok = await post(`/api/episodes/${e.id}/questions`, { ...body, clientKey: key() }, { cookie: op });
    expect(ok.status).toBe(201);
    const row = await factories.db().question.findUniqueOrThrow({ where: { id: ok.body.id } });
    expect(row).toMatchObject({ channel: "hotline", phone: "0939123456", name: "Chú Bảy" });
  });

  it("limits submissions per device with 429 and Retry-After", async () => {
    const e = await factories.episode({ status: "live" });
    const statuses: number[] = [];
    let retry: string | null = null;
    for (let i = 0; i < 8; i++) {
      const r = await post(`/api/episodes/${e.id}/questions`, {
        text: `Câu hỏi thứ ${i} từ cùng một máy`,
        clientKey: key(),
        deviceId: "device-flood-1",
      });
      statuses.push(r.status);
      if (r.status === 429) retry = r.headers.get("retry-after");
    }
    expect(statuses.slice(0, 6).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(6)).toEqual([429, 429]);
    expect(Number(retry)).toBeGreaterThan(0);
  });

  it("opens and closes sessions for scripts", async () => {
    const bad = await post("/api/session", { username: "admin", password: "nope" });
    expect(bad.status).toBe(401);
    const incomplete = await post("/api/session", { username: "  " });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors).toEqual({ username: ["err.required"], password: ["err.required"] });
    const ok = await post("/api/session", { username: "admin", password: "test-password-123" });
    expect(ok.status).toBe(201);
    const cookie = ok.headers.get("set-cookie")!.split(";")[0];
    const e = await factories.episode({ status: "live" });
    const list = await fetch(`${server.url}/api/episodes/${e.id}/questions`, { headers: { cookie } });
    expect(list.status).toBe(200);
    const del = await fetch(`${server.url}/api/session`, { method: "DELETE", headers: { cookie } });
    expect(del.status).toBe(204);
    expect((await fetch(`${server.url}/api/episodes/${e.id}/questions`, { headers: { cookie } })).status).toBe(401);
  });

  it("serves the schedule as JSON", async () => {
    const list = await (await fetch(`${server.url}/api/episodes`)).json();
    expect(list.episodes.length).toBeGreaterThanOrEqual(5);
    const one = await (await fetch(`${server.url}/api/episodes/${list.episodes[0].id}`)).json();
    expect(one.episode).toMatchObject({ id: list.episodes[0].id, acceptingQuestions: expect.any(Boolean) });
    expect((await fetch(`${server.url}/api/episodes/nope`)).status).toBe(404);
  });
});
