/**
 * The one Prisma client of the process, shared by the Remix app and the
 * socket layer. The provider follows DATABASE_URL.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as PgClient } from "../generated/prisma-postgresql/client.ts";
import { PrismaClient as SqliteClient } from "../generated/prisma-sqlite/client.ts";
import type { Config } from "./config.server.ts";

/** The better-sqlite3 connection that Prisma's adapter opened (SQLite only). */
export type BetterSqlite = import("better-sqlite3").Database;

/** Both generated clients have the same models; the SQLite one names the type. */
export type Db = InstanceType<typeof SqliteClient>;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

type Held = { db: Db; provider: Config["provider"]; sqlite: BetterSqlite | null; pool: pg.Pool | null };
let held: Held | undefined;

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

export async function initDb(config: Pick<Config, "databaseUrl" | "provider">): Promise<Db> {
  if (held) return held.db;
  let db: Db;
  const entry: { sqlite: BetterSqlite | null; pool: pg.Pool | null } = { sqlite: null, pool: null };
  if (config.provider === "sqlite") {
    const factory = new PrismaBetterSQLite3({ url: config.databaseUrl, timeout: 10_000 });
    // Keep a handle on the adapter's own connection (prepared statements of
    // hot paths run there), and make its transactions take the write lock
    // when they begin: the intake writer thread writes on a second
    // connection, and a deferred transaction that read before the other
    // connection's commit could not write after it (SQLITE_BUSY_SNAPSHOT,
    // which no busy timeout waits out). The adapter begins with
    // prepare("BEGIN").
    const adapter = {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => {
        const a = await factory.connect();
        const client = (a as unknown as { client: BetterSqlite }).client;
        const prepare = client.prepare.bind(client);
        client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
        entry.sqlite = client;
        return a;
      },
      connectToShadowDb: () => factory.connectToShadowDb(),
    } as typeof factory;
    db = new SqliteClient({ adapter });
    // Durability: an acknowledged write survives power loss (WAL is set by the migrator).
    await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  } else {
    // One pool, shared by Prisma and the intake path's plain queries; Prisma ends it on disconnect.
    entry.pool = new pg.Pool({ connectionString: config.databaseUrl });
    const adapter = new PrismaPg(entry.pool, { disposeExternalPool: true });
    db = new PgClient({ adapter }) as unknown as Db;
    await db.$connect();
  }
  held = Object.assign(entry, { db, provider: config.provider });
  return db;
}

/** The shared client; the server initialises it before handling any request. */
export function db(): Db {
  const h = held;
  if (!h) throw new Error("Database not initialised: call initDb() at boot");
  return h.db;
}

/** The PostgreSQL pool Prisma uses, or null on SQLite. */
export function pgPool(): pg.Pool | null {
  return held?.pool ?? null;
}

/** Prisma's own better-sqlite3 connection, or null on PostgreSQL. */
export function sqliteHandle(): BetterSqlite | null {
  return held?.sqlite ?? null;
}

export async function closeDb(): Promise<void> {
  const h = held;
  held = undefined;
  if (h) await h.db.$disconnect();
}

export async function pingDb(): Promise<boolean> {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
