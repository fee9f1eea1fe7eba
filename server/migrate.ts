/**
 * Applies the checked-in migrations at start (`prisma migrate deploy`
 * semantics) without the Prisma CLI, which is a dev dependency. It keeps
 * Prisma's own bookkeeping table, so `prisma migrate status` agrees.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export type Migration = { name: string; sql: string; checksum: string };

export function listMigrations(provider: "sqlite" | "postgresql"): Migration[] {
  const dir = path.join(root, "prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationError extends Error {}

function check(applied: Map<string, string>, migrations: Migration[]) {
  for (const [name, checksum] of applied) {
    const m = migrations.find((x) => x.name === name);
    if (!m) throw new MigrationError(`Migration ${name} is applied in the database but missing from prisma/migrations`);
    if (m.checksum !== checksum) throw new MigrationError(`Migration ${name} was modified after it was applied`);
  }
}

/**
 * Each migration runs in one transaction with foreign keys off (set before
 * BEGIN, where SQLite honours it): Prisma redefines a table by copy, drop and
 * rename, and a DROP with foreign keys on would cascade into child rows.
 * Before COMMIT, `foreign_key_check` must come back empty.
 */
export function migrateSqlite(file: string, migrations: Migration[] = listMigrations("sqlite")): string[] {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const conn = new Database(file);
  try {
    conn.pragma("journal_mode = WAL");
    conn.pragma("synchronous = FULL");
    conn.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const rows = conn
      .prepare(
        `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
      .all() as { migration_name: string; checksum: string }[];
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    check(applied, migrations);
    const done: string[] = [];
    conn.pragma("foreign_keys = OFF");
    try {
      for (const m of migrations) {
        if (applied.has(m.name)) continue;
        const run = conn.transaction(() => {
          conn.exec(m.sql);
          const broken = conn.pragma("foreign_key_check") as unknown[];
          if (broken.length)
            throw new MigrationError(
              `Migration ${m.name} breaks ${broken.length} foreign key(s): ${JSON.stringify(broken.slice(0, 3))}`,
            );
          conn
            .prepare(
              `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
            )
            .run(randomUUID(), m.checksum, Date.now(), m.name, Date.now());
        });
        run.immediate();
        done.push(m.name);
      }
    } finally {
      conn.pragma("foreign_keys = ON");
    }
    return done;
  } finally {
    conn.close();
  }
}

export async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time across nodes.
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query(
      `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map<string, string>(rows.map((r) => [r.migration_name, r.checksum]));
    const migrations = listMigrations("postgresql");
    check(applied, migrations);
    const done: string[] = [];
    for (const m of migrations) {
      if (applied.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${m.name} failed: ${(e as Error).message}`);
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => {});
    await client.end();
  }
}

export async function migrate(databaseUrl: string): Promise<string[]> {
  return databaseUrl.startsWith("file:")
    ? migrateSqlite(databaseUrl.replace(/^file:/, ""))
    : migratePostgres(databaseUrl);
}
