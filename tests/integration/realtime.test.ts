import { afterAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { login, postForm } from "../helpers/session.ts";
import { connected, socketOpener } from "../helpers/sockets.ts";
import { suiteServer } from "../helpers/suite.ts";

const { open, closeAll } = socketOpener(() => server.url);
const server = suiteServer();
afterAll(() => closeAll());

describe("Socket.IO on the same port", () => {
  it("refuses an anonymous client on the staff namespace", async () => {
    const s = open("/staff");
    await expect(connected(s)).rejects.toThrow("unauthenticated");
  });

  it("refuses a forged cookie", async () => {
    const s = open("/staff", "ln_session=forged-value");
    await expect(connected(s)).rejects.toThrow("unauthenticated");
  });

  it("connects staff with a session cookie, joins an episode, and disconnects cleanly", async () => {
    const cookie = await login(server.url, "tongdai1");
    const s = open("/staff", cookie);
    const hello = new Promise<{ user: { username: string } }>((r) => s.once("hello", r));
    await connected(s);
    expect((await hello).user.username).toBe("tongdai1");
    const e = await factories.episode();
    const ack = await s.emitWithAck("episode:join", { episodeId: e.id });
    expect(ack).toEqual({
      ok: true,
      status: "planned",
      seq: 0,
      holds: [],
      presence: { episodeId: e.id, viewers: 0, staff: [expect.objectContaining({ username: "tongdai1" })] },
    });
    expect(await s.emitWithAck("episode:join", { episodeId: "missing" })).toMatchObject({
      ok: false,
      status: 404,
      error: "not-found",
    });
    expect(await s.emitWithAck("episode:join", { nope: 1 })).toMatchObject({
      ok: false,
      status: 422,
      error: "invalid",
    });
    const gone = new Promise<string>((r) => s.once("disconnect", r));
    s.disconnect();
    expect(await gone).toBe("io client disconnect");
  });

  it("refuses a viewer's invalid submission field by field, and stores nothing", async () => {
    const e = await factories.episode();
    const viewer = open("/");
    await connected(viewer);
    const bad = await viewer.emitWithAck("question:submit", {
      text: "ngắn",
      clientKey: "x",
      phone: "12",
      deviceId: "bad id!",
    });
    expect(bad).toEqual({
      ok: false,
      status: 422,
      error: "invalid",
      errors: {
        text: ["err.questionShort"],
        clientKey: ["err.clientKey"],
        phone: ["err.phone"],
        deviceId: ["err.deviceId"],
        episodeId: [expect.any(String)],
      },
    });
    const noEpisode = await viewer.emitWithAck("question:submit", {
      episodeId: "",
      text: "Xin hỏi về chính sách học nghề năm nay",
      clientKey: "valid-key-123",
    });
    expect(noEpisode).toMatchObject({ ok: false, status: 422, errors: { episodeId: [expect.any(String)] } });
    const good = await viewer.emitWithAck("question:submit", {
      episodeId: e.id,
      text: "Xin hỏi về chính sách học nghề năm nay",
      clientKey: "valid-key-123",
    });
    expect(good).toMatchObject({ ok: true, status: 201 });
    const cookie = await login(server.url, "tongdai1");
    const listed = (await (await fetch(`${server.url}/api/episodes/${e.id}/questions`, { headers: { cookie } })).json())
      .questions as unknown[];
    expect(listed).toHaveLength(1);
  });

  it("pushes an episode's status change to viewers and staff after it is committed", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH" });
    const viewer = open("/");
    await connected(viewer);
    expect(await viewer.emitWithAck("episode:watch", { episodeId: e.id })).toEqual({ ok: true, status: "planned" });
    const operatorCookie = await login(server.url, "tongdai2");
    const staff = open("/staff", operatorCookie);
    await connected(staff);
    await staff.emitWithAck("episode:join", { episodeId: e.id });

    const seenByViewer = new Promise<{ episodeId: string; status: string }>((r) => viewer.once("episode:status", r));
    const seenByStaff = new Promise<{ episodeId: string; status: string }>((r) => staff.once("episode:status", r));
    const res = await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}`,
      { intent: "status", status: "live" },
      operatorCookie,
    );
    expect(res.status).toBe(200);
    expect(await seenByViewer).toMatchObject({ episodeId: e.id, status: "live" });
    expect(await seenByStaff).toMatchObject({ episodeId: e.id, status: "live" });
    const row = await factories.db().episode.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.status).toBe("live");
  });

  it("disconnects a staff socket when its session is signed out", async () => {
    const cookie = await login(server.url, "thuongtruc");
    const s = open("/staff", cookie);
    await connected(s);
    const gone = new Promise<string>((r) => s.once("disconnect", r));
    await postForm(server.url, "/dang-xuat", {}, cookie);
    expect(await gone).toBe("io server disconnect");
  });
});

describe("presence", () => {
  it("counts viewers watching an episode and lists the staff on duty, and follows disconnects", async () => {
    const e = await factories.episode({ status: "live" });
    const cookie = await login(server.url, "tongdai1");
    const staff = open("/staff", cookie);
    await connected(staff);
    type P = { episodeId: string; viewers: number; staff: { username: string; role: string }[] };
    let last: P | null = null;
    staff.on("episode:presence", (p: P) => (last = p));
    const join = await staff.emitWithAck("episode:join", { episodeId: e.id });
    expect(join.presence).toEqual({
      episodeId: e.id,
      viewers: 0,
      staff: [{ userId: expect.any(String), username: "tongdai1", role: "operator" }],
    });
    const viewers = [open("/"), open("/"), open("/")];
    await Promise.all(viewers.map(connected));
    // Watching twice from one socket (status and board) counts once.
    await Promise.all([...viewers, viewers[0]].map((v) => v.emitWithAck("episode:watch", { episodeId: e.id })));
    let count: number | null = null;
    viewers[1].on("episode:viewers", (p: { viewers: number }) => (count = p.viewers));
    await expect.poll(() => (last as P | null)?.viewers, { timeout: 5000 }).toBe(3);
    // Viewers get the count at most every 10 s (staff every second).
    await expect.poll(() => count, { timeout: 12_000 }).toBe(3);
    viewers[0].close();
    await expect.poll(() => (last as P | null)?.viewers, { timeout: 5000 }).toBe(2);
    await expect.poll(() => count, { timeout: 12_000 }).toBe(2);
    await staff.emitWithAck("episode:leave", { episodeId: e.id });
    const again = open("/staff", cookie);
    await connected(again);
    const j2 = await again.emitWithAck("episode:join", { episodeId: e.id });
    expect(j2.presence.viewers).toBe(2);
    expect(j2.presence.staff.map((x: { username: string }) => x.username)).toEqual(["tongdai1"]);
  });
});

describe("public board", () => {
  it("sends its viewers the board itself when a change shows on it, and nothing for changes that do not", async () => {
    const e = await factories.episode({ status: "live" });
    const viewer = open("/");
    await connected(viewer);
    expect(await viewer.emitWithAck("episode:watch", { episodeId: e.id })).toMatchObject({ ok: true });
    const changes: { questions: { id: string; text: string; status: string }[] }[] = [];
    viewer.on("board:changed", (p) => changes.push(p));
    const staff = open("/staff", await login(server.url, "tongdai1"));
    await connected(staff);
    const submit = async (text: string) => {
      const res = await fetch(`${server.url}/api/episodes/${e.id}/questions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, clientKey: `board-${Math.random().toString(36).slice(2, 12)}` }),
      });
      return (await res.json()).id as string;
    };
    const a = await submit("Câu hỏi chưa được chọn: thủ tục nhận trợ cấp thất nghiệp?");
    const b = await submit("Câu hỏi sẽ được chọn: học nghề miễn phí cho người khuyết tật?");
    const act = async (input: Record<string, unknown>) =>
      expect(await staff.emitWithAck("question:action", input)).toMatchObject({ ok: true });

    // Not on the board: tagging and routing a new question.
    await act({ questionId: a, version: 1, action: "tag", topics: ["việc làm"] });
    await act({ questionId: a, version: 2, action: "route", agencyId: await factories.orgId("SCT") });
    // On it: an approval; the event carries the board.
    await act({ questionId: b, version: 1, action: "approve" });
    await expect.poll(() => changes.length).toBe(1);
    expect(changes[0].questions.map((q) => [q.id, q.status])).toEqual([[b, "approved"]]);
    // Tagging it shows nothing new; editing its wording does.
    await act({ questionId: b, version: 2, action: "tag", topics: ["học nghề"] });
    await act({
      questionId: b,
      version: 3,
      action: "edit",
      summary: "Người khuyết tật có được học nghề miễn phí không?",
    });
    await expect.poll(() => changes.length).toBe(2);
    expect(changes[1].questions.map((q) => q.text)).toEqual(["Người khuyết tật có được học nghề miễn phí không?"]);
    // The API serves the same board.
    expect((await (await fetch(`${server.url}/api/episodes/${e.id}/board`)).json()).questions).toEqual(
      changes[1].questions,
    );
    // Routing it takes it off the board.
    await act({ questionId: b, version: 4, action: "route", agencyId: await factories.orgId("SCT") });
    await expect.poll(() => changes.length).toBe(3);
    expect(changes[2].questions).toEqual([]);
  });
});
