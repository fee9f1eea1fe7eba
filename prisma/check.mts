/**
 * Schema checks, run by `npm run db:check` (part of `npm test`):
 *  1. prisma/{sqlite,postgresql}/schema.prisma are generated from models.prisma;
 *  2. drift: the checked-in migrations of each provider produce the same
 *     database as the schema itself (applied to two empty databases and
 *     compared table by table, column by column, index by index).
 * PostgreSQL is checked on PG_TEST_URL's server (default 127.0.0.1:5432);
 * in CI (CI=true) an unreachable PostgreSQL is a failure, elsewhere a warning.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { migratePostgres, migrateSqlite } from "../server/migrate.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let failed = false;
const fail = (m: string) => {
  console.error(`db:check: ${m}`);
  failed = true;
};

try {
  execFileSync(process.execPath, ["--import", "tsx", path.join(root, "prisma/schemas.ts"), "--check"], {
    stdio: "inherit",
  });
} catch {
  fail("provider schemas are stale");
}

function fromEmptyScript(provider: "sqlite" | "postgresql", databaseUrl: string): string {
  return execFileSync(
    path.join(root, "node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", `prisma/${provider}/schema.prisma`, "--script"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

function compare(provider: string, a: unknown, b: unknown) {
  const x = JSON.stringify(a, null, 1);
  const y = JSON.stringify(b, null, 1);
  if (x === y) return console.log(`db:check: ${provider} migrations match the schema`);
  const xl = x.split("\n");
  const yl = y.split("\n");
  const i = xl.findIndex((l, k) => l !== yl[k]);
  fail(
    `${provider} migrations drift from the schema near: ${xl.slice(Math.max(0, i - 3), i + 3).join(" ")} ≠ ${yl.slice(Math.max(0, i - 3), i + 3).join(" ")}`,
  );
}

// ---- SQLite
function sqliteShape(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  const shape = tables.map((t) => ({
    t,
    columns: (
      db.pragma(`table_info("${t}")`) as {
        name: string;
        type: string;
        notnull: number;
        dflt_value: unknown;
        pk: number;
      }[]
    )
      .map((c) => [c.name, c.type, c.notnull, c.dflt_value, c.pk])
      .sort(),
    indexes: (db.pragma(`index_list("${t}")`) as { name: string; unique: number; origin: string }[])
      .map((i) => [
        i.name,
        i.unique,
        (db.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name).join(","),
      ])
      .sort(),
    fks: (
      db.pragma(`foreign_key_list("${t}")`) as {
        table: string;
        from: string;
        to: string;
        on_update: string;
        on_delete: string;
      }[]
    )
      .map((f) => [f.table, f.from, f.to, f.on_update, f.on_delete])
      .sort(),
  }));
  db.close();
  return shape;
}
{
  const dir = mkdtempSync(path.join(os.tmpdir(), "ln-check-"));
  try {
    const migrated = path.join(dir, "migrated.db");
    const reference = path.join(dir, "reference.db");
    migrateSqlite(migrated);
    const ref = new Database(reference);
    ref.exec(fromEmptyScript("sqlite", `file:${reference}`));
    ref.close();
    compare("sqlite", sqliteShape(migrated), sqliteShape(reference));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- PostgreSQL
async function pgShape(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const cols = await c.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema='public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
  );
  const idx = await c.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname='public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  );
  const cons = await c.query(
    `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY 1, 2`,
  );
  await c.end();
  return { columns: cols.rows, indexes: idx.rows, constraints: cons.rows };
}
const adminUrl = process.env.PG_TEST_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
async function checkPostgres() {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    const msg = `PostgreSQL not reachable at ${adminUrl} (${(e as Error).message})`;
    if (process.env.CI) fail(msg);
    else console.warn(`db:check: skipped the PostgreSQL drift check: ${msg}`);
    return;
  }
  const names = [`ln_check_${randomBytes(4).toString("hex")}`, `ln_check_${randomBytes(4).toString("hex")}`];
  const urlOf = (n: string) => {
    const u = new URL(adminUrl);
    u.pathname = `/${n}`;
    return u.toString();
  };
  try {
    for (const n of names) await admin.query(`CREATE DATABASE ${n}`);
    await migratePostgres(urlOf(names[0]));
    const ref = new pg.Client({ connectionString: urlOf(names[1]) });
    await ref.connect();
    await ref.query(fromEmptyScript("postgresql", urlOf(names[1])));
    await ref.end();
    compare("postgresql", await pgShape(urlOf(names[0])), await pgShape(urlOf(names[1])));
  } finally {
    for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}
await checkPostgres();
process.exit(failed ? 1 : 0);
