import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { listMigrations, migrateSqlite } from "./migrate.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("migrateSqlite", () => {
  it("applies each migration once, in order, keeping child rows of redefined tables", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "ln-mig-"));
    const file = path.join(dir, "m.db");
    const all = listMigrations("sqlite");
    expect(all.length).toBeGreaterThan(1);
    expect(migrateSqlite(file, all.slice(0, 1))).toEqual([all[0].name]);

    const db = new Database(file);
    const now = Date.now();
    db.exec(
      `INSERT INTO Organization (id, code, name, shortName, kind, updatedAt) VALUES ('o1', 'BVHXH', 'Ban', 'Ban', 'council', ${now})`,
    );
    db.exec(
      `INSERT INTO Series (id, planNumber, title, issuedAt, updatedAt) VALUES ('s1', '02/KH-TT', 'KH', ${now}, ${now})`,
    );
    db.exec(
      `INSERT INTO Episode (id, seriesId, topic, leadCommitteeId, startsAt, updatedAt) VALUES ('e1', 's1', 'T', 'o1', ${now}, ${now})`,
    );
    db.exec(`INSERT INTO ChecklistItem (id, episodeId, title, updatedAt) VALUES ('c1', 'e1', 'Khảo sát', ${now})`);
    db.exec(`INSERT INTO EpisodePlatform (id, episodeId, kind, label) VALUES ('p1', 'e1', 'tv', 'Truyền hình')`);
    db.close();

    expect(migrateSqlite(file, all)).toEqual(all.slice(1).map((m) => m.name));
    expect(migrateSqlite(file, all)).toEqual([]);
    const after = new Database(file);
    expect(after.prepare("SELECT count(*) AS n FROM ChecklistItem").get()).toEqual({ n: 1 });
    expect(after.prepare("SELECT count(*) AS n FROM EpisodePlatform").get()).toEqual({ n: 1 });
    expect(after.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(after.pragma("journal_mode", { simple: true })).toBe("wal");
    after.close();
  });

  it("refuses a database whose applied migration was edited", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "ln-mig-"));
    const file = path.join(dir, "m.db");
    const all = listMigrations("sqlite");
    migrateSqlite(file, all);
    const edited = all.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    expect(() => migrateSqlite(file, edited)).toThrow(/was modified after it was applied/);
  });
});
