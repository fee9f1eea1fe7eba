import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrateSqlite } from "../../../server/migrate.ts";
import type { BatchOutcome, Submission } from "./intake-batch.server.ts";
import { EXIT_AFTER_COMMIT } from "./intake-writer-thread.exit-fixture.server.ts";
import { startIntakeWriter, type IntakeWriter } from "./intake-writer.server.ts";
import { submitQuestionSchema } from "./schemas.ts";

let dir = "";
let writer: IntakeWriter | null = null;
afterEach(async () => {
  await writer?.stop();
  writer = null;
  rmSync(dir, { recursive: true, force: true });
});

function database() {
  dir = mkdtempSync(path.join(os.tmpdir(), "ln-writer-"));
  const file = path.join(dir, "w.db");
  migrateSqlite(file);
  const db = new Database(file);
  const now = Date.now();
  db.exec(
    `INSERT INTO Organization (id, code, name, shortName, kind, updatedAt) VALUES ('o1', 'BVHXH', 'Ban Văn hóa - Xã hội', 'Ban VH-XH', 'council', ${now})`,
  );
  db.exec(
    `INSERT INTO Series (id, planNumber, title, issuedAt, updatedAt) VALUES ('s1', '02/KH-TT', 'Kế hoạch', ${now}, ${now})`,
  );
  for (const e of ["e1", "e2"])
    db.exec(
      `INSERT INTO Episode (id, seriesId, topic, leadCommitteeId, startsAt, updatedAt) VALUES ('${e}', 's1', 'Chủ đề', 'o1', ${now}, ${now})`,
    );
  return { file, db };
}

const sub = (clientKey: string, text = `Xin hỏi về hỗ trợ học nghề, câu ${clientKey}`): Submission => ({
  input: submitQuestionSchema.parse({ clientKey: clientKey.padEnd(16, "0"), text }),
  ctx: { channel: "web", actorLabel: "Khán giả" },
});
const ids = (o: BatchOutcome) => o.answers.map((a) => a?.question.id);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("SQLite intake writer thread", () => {
  it("waits for another connection's write lock, then writes the batches posted meanwhile one by one, in the order posted", async () => {
    const { file, db } = database();
    writer = await startIntakeWriter(file);
    // The app's own connection holds the write lock: the thread's first batch waits for it (busy timeout), the others
    // queue behind.
    db.exec("BEGIN IMMEDIATE");
    const a = writer.write("e1", [sub("a1"), sub("a2")]);
    await sleep(200);
    const b = writer.write("e1", [sub("a2"), sub("b1")]); // a2 again: the question batch a made
    const c = writer.write("e2", [sub("c1")]);
    const d = writer.write("e1", [sub("d1"), sub("d1")]);
    db.exec("COMMIT");
    const [ra, rb, rc, rd] = await Promise.all([a, b, c, d]);

    // Each batch gets its own events, numbered per episode in the order posted, and its own answers.
    expect(ra.events.map((x) => x.seq)).toEqual([1, 2]);
    expect(rb.events.map((x) => x.seq)).toEqual([3]);
    expect(rc.events.map((x) => x.seq)).toEqual([1]);
    expect(rd.events.map((x) => x.seq)).toEqual([4]);
    expect(ra.answers.map((x) => x?.created)).toEqual([true, true]);
    expect(rb.answers.map((x) => x?.created)).toEqual([false, true]);
    expect(ids(rb)[0]).toBe(ids(ra)[1]);
    expect(ids(rb)[1]).toBe(rb.events[0].question.id);
    expect(ids(rc)).toEqual([rc.events[0].question.id]);
    expect(rd.answers.map((x) => x?.created)).toEqual([true, false]);
    expect(ids(rd)[1]).toBe(ids(rd)[0]);

    // What is stored: one question per key, the episode's log without gaps, in the order posted.
    const log = db
      .prepare(
        `SELECT ev."seq", q."clientKey" FROM "EpisodeEvent" ev JOIN "Question" q ON q."id" = ev."questionId" WHERE ev."episodeId" = 'e1' ORDER BY ev."seq"`,
      )
      .all() as { seq: number; clientKey: string }[];
    expect(log.map((r) => `${r.seq}:${r.clientKey.slice(0, 2)}`)).toEqual(["1:a1", "2:a2", "3:b1", "4:d1"]);
    expect(db.prepare(`SELECT "lastSeq" FROM "Episode" WHERE "id" = 'e1'`).get()).toEqual({ lastSeq: 4 });
    db.close();
  });

  it("refuses questions for an episode that does not take them, and still answers a key stored before", async () => {
    const { file, db } = database();
    writer = await startIntakeWriter(file);
    const before = await writer.write("e2", [sub("f1")]);
    db.exec(`UPDATE "Episode" SET "status" = 'closed' WHERE "id" = 'e2'`);
    const o = await writer.write("e2", [sub("f1"), sub("f2")]);
    expect(o.refused?.code).toBe("not-accepting");
    expect(o.refused?.status).toBe(409);
    expect(o.events).toEqual([]);
    expect(o.answers[0]).toEqual({ created: false, question: before.answers[0]?.question });
    expect(o.answers[1]).toBeNull();
    expect(db.prepare(`SELECT count(*) AS n FROM "Question"`).get()).toEqual({ n: 1 });
    db.close();
  });

  it("starts another thread when it dies, and a retry of a batch it committed but never answered returns the stored questions", async () => {
    const { file, db } = database();
    const logged: string[] = [];
    writer = await startIntakeWriter(file, {
      thread: new URL("./intake-writer-thread.exit-fixture.server.ts", import.meta.url),
      log: (m) => logged.push(m),
    });
    const first = await writer.write("e1", [sub("k1")]);
    expect(first.events.map((e) => e.seq)).toEqual([1]);
    const fatal = sub("k2", `Câu hỏi về học nghề ${EXIT_AFTER_COMMIT}`);
    // The thread commits k2 and k3, then dies before answering: their submitters are told it failed.
    await expect(writer.write("e1", [fatal, sub("k3")])).rejects.toThrow(/intake writer stopped/);
    expect(db.prepare(`SELECT count(*) AS n FROM "Question"`).get()).toEqual({ n: 3 });
    expect(logged).toEqual(["SQLite intake writer exited (code 1); the next batch starts another"]);

    // The next batch starts a new thread. The retries (same client keys) get the questions stored
    // before, not new ones; a new key is written after them in the episode's log.
    const retry = await writer.write("e1", [
      { ...fatal, input: { ...fatal.input, text: "Câu hỏi về học nghề, gửi lại" } },
      sub("k3"),
      sub("k4"),
    ]);
    expect(retry.answers.map((a) => a?.created)).toEqual([false, false, true]);
    expect(retry.answers[0]?.question.text).toContain(EXIT_AFTER_COMMIT);
    expect(retry.events.map((e) => e.seq)).toEqual([4]);
    expect(ids(retry)[2]).toBe(retry.events[0].question.id);
    const keys = db
      .prepare(
        `SELECT q."clientKey" FROM "EpisodeEvent" ev JOIN "Question" q ON q."id" = ev."questionId" WHERE ev."episodeId" = 'e1' ORDER BY ev."seq"`,
      )
      .all() as { clientKey: string }[];
    expect(keys.map((k) => k.clientKey.slice(0, 2))).toEqual(["k1", "k2", "k3", "k4"]);
    db.close();
  });

  it("is stopped after the batches already posted are written", async () => {
    const { file, db } = database();
    writer = await startIntakeWriter(file);
    const posted = writer.write("e1", [sub("s1")]);
    const stopped = writer.stop();
    await expect(writer.write("e1", [sub("s2")])).rejects.toThrow(/stopped/);
    expect((await posted).answers[0]?.created).toBe(true);
    await stopped;
    writer = null;
    expect(db.prepare(`SELECT count(*) AS n FROM "Question"`).get()).toEqual({ n: 1 });
    db.close();
  });
});
