import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startCheckpointer } from "./sqlite-checkpoint.server.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("WAL checkpoints off the main thread", () => {
  it("turns automatic checkpoints off, copies the WAL into the database from a worker, and truncates it on stop", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ln-ckpt-"));
    dirs.push(dir);
    const file = path.join(dir, "db.sqlite");
    const conn = new Database(file);
    conn.pragma("journal_mode = WAL");
    conn.pragma("synchronous = FULL");
    conn.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    const ck = startCheckpointer(conn, file, { intervalMs: 60_000 });
    expect(conn.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    const ins = conn.prepare("INSERT INTO t (v) VALUES (?)");
    // Far past SQLite's default threshold of 1000 pages: nothing is checkpointed in the commits.
    for (let i = 0; i < 300; i++)
      conn.transaction(() => {
        for (let k = 0; k < 20; k++) ins.run("x".repeat(500));
      })();
    const walBefore = statSync(`${file}-wal`).size;
    expect(walBefore).toBeGreaterThan(1000 * 4096);
    const r = await ck.checkpointNow();
    expect(r.log).toBeGreaterThan(1000);
    expect(r.checkpointed).toBe(r.log);
    // A fresh reader of the database file alone (no WAL) sees every row.
    await ck.stop();
    expect(statSync(`${file}-wal`).size).toBe(0);
    conn.close();
    const again = new Database(file, { readonly: true });
    expect(again.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 6000 });
    again.close();
  });
});
