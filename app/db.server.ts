/**
 * The one Prisma client of the process, shared by the Remix app and the
 * socket layer (kept on globalThis, since the server and the Remix bundle
 * each load this module). The provider follows DATABASE_URL.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/prisma-sqlite/client.ts";
import { PrismaClient as PgClient } from "./generated/prisma-postgresql/client.ts";
import type { Config } from "./config.server.ts";

/** Both generated clients have the same models; the SQLite one names the type. */
export type Db = InstanceType<typeof SqliteClient>;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

type Holder = { __langNgheDb?: { db: Db; provider: Config["provider"] } };
const holder = globalThis as Holder;

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

export async function initDb(config: Pick<Config, "databaseUrl" | "provider">): Promise<Db> {
  if (holder.__langNgheDb) return holder.__langNgheDb.db;
  let db: Db;
  if (config.provider === "sqlite") {
    const adapter = new PrismaBetterSQLite3({ url: config.databaseUrl, timeout: 10_000 });
    db = new SqliteClient({ adapter });
    // Durability: an acknowledged write survives power loss (WAL is set by the migrator).
    await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  } else {
    const adapter = new PrismaPg({ connectionString: config.databaseUrl });
    db = new PgClient({ adapter }) as unknown as Db;
    await db.$connect();
  }
  holder.__langNgheDb = { db, provider: config.provider };
  return db;
}

/** The shared client; the server initialises it before handling any request. */
export function db(): Db {
  const h = holder.__langNgheDb;
  if (!h) throw new Error("Database not initialised: call initDb() at boot");
  return h.db;
}

export async function closeDb(): Promise<void> {
  const h = holder.__langNgheDb;
  holder.__langNgheDb = undefined;
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
