// Runs the integration suite again on PostgreSQL and Redis, the scale-out configuration (a fresh
// database per test file, a Redis prefix per server: tests/helpers/server.ts).
// Without a reachable PostgreSQL: skipped with a note, except in CI, where it fails.
import { spawnSync } from "node:child_process";
import pg from "pg";

const url = process.env.PG_TEST_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
try {
  await client.connect();
  await client.end();
} catch (e) {
  const msg = `PostgreSQL integration run skipped: ${url} not reachable (${e.message})`;
  if (process.env.CI) {
    console.error(msg);
    process.exit(1);
  }
  console.warn(msg);
  process.exit(0);
}
console.log("== PostgreSQL integration run");
// Files named after `--` run alone: `npm run test:pg -- tests/integration/x.test.ts`.
const files = process.argv.slice(2);
const args = ["vitest", "run", "--config", "tests/vitest.config.ts", "--project", "integration", ...files];
const r = spawnSync("npx", args, {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE: "postgresql" },
});
process.exit(r.status ?? 1);
