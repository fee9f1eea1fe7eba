// Prisma CLI configuration: JavaScript schema engine with a driver adapter,
// so generate/migrate run from npm packages alone (no native engine download).
// The provider follows DATABASE_URL: `file:` → SQLite, `postgres(ql)://` → PostgreSQL.
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/langnghe.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    if (provider === "postgresql") {
      // The CLI reads catalog columns of type `name` (oid 19); return them as text.
      pg.types.setTypeParser(19 as Parameters<typeof pg.types.setTypeParser>[0], (v: string) => v);
      const u = new URL(url);
      return new PrismaPg({
        host: u.hostname,
        port: Number(u.port || 5432),
        user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password),
        database: u.pathname.slice(1),
      });
    }
    return new PrismaBetterSQLite3({ url });
  },
});
