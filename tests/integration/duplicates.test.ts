/**
 * Duplicates by meaning (issue 21), through the real server: the suggestions' reasons, "not a
 * duplicate" over the socket and HTTP, a merge that changes the next suggestion, the queue's badges,
 * and the thesaurus page whose edits the ranking uses at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duplicateFlags } from "../../app/features/questions/duplicates/service.server.ts";
import { factories } from "../helpers/factories.ts";
import { askVia } from "../helpers/questions.ts";
import { get, login, postForm, postJson } from "../helpers/session.ts";
import { connected, socketOpener } from "../helpers/sockets.ts";
import { suiteServer } from "../helpers/suite.ts";

type Dup = {
  id: string;
  score: number;
  why: { thesaurus: { here: string }[]; places: string[]; learned: string | null };
};

const server = suiteServer({ env: { RATE_LIMIT_SCALE: "100" } });
const { open, closeAll } = socketOpener(() => server.url);
afterAll(() => closeAll());

let admin: string;
let operator: string;
let episodeId: string;
beforeAll(async () => {
  admin = await login(server.url, "admin");
  operator = await login(server.url, "tongdai1");
  episodeId = (await factories.episode({ status: "live" })).id;
});

const ask = (text: string) => askVia(server.url, episodeId, text);
async function duplicatesOf(id: string): Promise<Dup[]> {
  const r = await get(server.url, `/api/questions/${id}/suggestions`, operator);
  expect(r.status).toBe(200);
  return ((await r.json()) as { duplicates: Dup[] }).duplicates;
}
async function merge(id: string, targetId: string) {
  const q = await factories.db().question.findUniqueOrThrow({ where: { id } });
  const r = await postJson(
    server.url,
    `/api/questions/${id}/actions`,
    { action: "merge", version: q.version, targetId },
    operator,
  );
  expect(r.status).toBe(200);
}

describe("duplicate suggestions", () => {
  it("finds the same matter in other words and says why", async () => {
    const a = await ask("Tôi bị mất thẻ bảo hiểm y tế thì làm thủ tục cấp lại ở đâu ở Vị Thanh?");
    await ask("Đường tỉnh 931 xuống cấp nghiêm trọng");
    const b = await ask("Thẻ BHYT bị mất, muốn xin cấp lại thẻ ở thành phố Vị Thanh thì đến cơ quan nào?");
    const [first] = await duplicatesOf(b);
    expect(first.id).toBe(a);
    expect(first.why.thesaurus.map((m) => m.here)).toContain("thẻ bhyt");
    expect(first.why.places).toEqual(["thành phố vị thanh"]); // the same place as "Vị Thanh"
  });

  it("takes 'not a duplicate' over the socket: the pair is not suggested again, and it is audited", async () => {
    const a = await ask("Xin hỗ trợ bao cát sau lũ cho bà con ấp Hòa Lợi");
    const b = await ask("Xin hỗ trợ tấm bạt sau lũ cho bà con ấp Hòa Lợi");
    expect((await duplicatesOf(b)).map((d) => d.id)).toContain(a);
    const s = open("/staff", operator);
    await connected(s);
    const ack = await s.emitWithAck("question:dismiss-duplicate", { questionId: b, otherId: a });
    expect(ack).toEqual({ ok: true, questionId: b, otherId: a });
    expect((await duplicatesOf(b)).map((d) => d.id)).not.toContain(a);
    expect((await duplicatesOf(a)).map((d) => d.id)).not.toContain(b);
    const audit = await factories.db().auditEvent.findFirst({ where: { action: "duplicate-dismiss", entityId: b } });
    expect(audit).not.toBeNull();
  });

  it("refuses a bad dismissal with a field message, and an agency user", async () => {
    const a = await ask("Cầu Cái Tắc kẹt xe mỗi sáng");
    const self = await postJson(server.url, `/api/questions/${a}/duplicates/dismiss`, { otherId: a }, operator);
    expect(self.status).toBe(422);
    expect(self.body.errors).toEqual({ otherId: ["err.duplicateSelf"] });
    const missing = await postJson(server.url, `/api/questions/${a}/duplicates/dismiss`, {}, operator);
    expect(missing.status).toBe(422);
    const agency = await login(server.url, "so.ldtbxh");
    const refused = await postJson(server.url, `/api/questions/${a}/duplicates/dismiss`, { otherId: a }, agency);
    expect(refused.status).toBe(403);
  });

  it("learns from a merge: the next pair that differs the same way ranks higher", async () => {
    const a = await ask("Máy cày của hợp tác xã ấp Một hư, không ai sửa");
    const b = await ask("Máy xới của hợp tác xã ấp Một hư, không ai sửa");
    const x = await ask("Máy cày ở ấp Hai để ngoài mưa");
    const y = await ask("Máy xới ở ấp Hai để ngoài mưa");
    const before = (await duplicatesOf(y)).find((d) => d.id === x);
    await merge(b, a);
    const verdict = await factories.db().duplicateVerdict.findFirst({ where: { questionId: b, otherId: a } });
    expect(verdict?.verdict).toBe("merged");
    const after = (await duplicatesOf(y)).find((d) => d.id === x)!;
    expect(after.why.learned).toBe("promoted");
    expect(after.score).toBeGreaterThan(before?.score ?? 0);
    // The words are proposed to the admin, who accepts them.
    const page = await (await get(server.url, "/quan-tri/tu-dien", admin)).text();
    expect(page).toContain("cày = xới");
    const r = await postForm(server.url, "/quan-tri/tu-dien", { intent: "accept", a: "cày", b: "xới" }, admin);
    expect(r.status).toBe(200);
    const entry = await factories.db().thesaurusEntry.findFirst({ where: { terms: "cày\nxới" } });
    expect(entry).toMatchObject({ status: "active", source: "learned" });
  });

  it("flags likely duplicates for the queue", async () => {
    const a = await ask("Kênh xáng Xà No bị bồi lắng, ghe không đi được");
    const b = await ask("kenh Xa No boi lang, ghe khong chay duoc");
    const r = await get(server.url, `/api/episodes/${episodeId}/duplicates`, operator);
    expect(r.status).toBe(200);
    const { flags } = (await r.json()) as { flags: { questionId: string; otherId: string; trackingCode: string }[] };
    const flag = flags.find((f) => f.questionId === b);
    expect(flag?.otherId).toBe(a);
    const code = (await factories.db().question.findUniqueOrThrow({ where: { id: a } })).trackingCode;
    expect(flag?.trackingCode).toBe(code);
    expect(flags.some((f) => f.questionId === a)).toBe(false);
  });

  it("computes the badges once for every console while nothing changed, and again when a question comes or goes", async () => {
    const a = await ask("Cầu treo ấp Mỹ Hòa gãy lan can, học sinh qua lại nguy hiểm");
    // The ranking of this process, on the server's database: what every console's request calls.
    const first = await duplicateFlags(episodeId);
    expect(await duplicateFlags(episodeId)).toBe(first);
    const b = await ask("cau treo ap My Hoa gay lan can, hoc sinh di qua nguy hiem");
    const second = await duplicateFlags(episodeId);
    expect(second).not.toBe(first);
    expect(second.find((f) => f.questionId === b)?.otherId).toBe(a);
    await merge(b, a);
    const third = await duplicateFlags(episodeId);
    expect(third.some((f) => f.questionId === b)).toBe(false);
    expect(await duplicateFlags(episodeId)).toBe(third);
  });
});

describe("the thesaurus page", () => {
  it("adds a group the ranking uses at once, and refuses a group of one word on its field", async () => {
    const a = await ask("Trạm y tế phường 4 thiếu xe cứu thương");
    const b = await ask("Trạm y tế phường 4 không có ô tô chở bệnh nhân cấp cứu");
    const before = (await duplicatesOf(b)).find((d) => d.id === a);
    const bad = await postForm(
      server.url,
      "/quan-tri/tu-dien",
      { intent: "create", kind: "synonym", terms: "xe cứu thương" },
      admin,
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Nhập ít nhất hai từ");
    const ok = await postForm(
      server.url,
      "/quan-tri/tu-dien",
      { intent: "create", kind: "synonym", terms: "xe cứu thương\nô tô chở bệnh nhân", facet: "" },
      admin,
    );
    expect(ok.status).toBe(200);
    const after = (await duplicatesOf(b)).find((d) => d.id === a)!;
    expect(after.score).toBeGreaterThan(before?.score ?? 0);
    expect(after.why.thesaurus.map((m) => m.here)).toContain("ô tô chở bệnh nhân");
    expect((await get(server.url, "/quan-tri/tu-dien", operator)).status).toBe(403);
  });
});
