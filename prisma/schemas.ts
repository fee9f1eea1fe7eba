/**
 * Writes one schema file per provider from prisma/models.prisma.
 * A schema's provider cannot come from an environment variable, so each
 * provider gets its own schema file, generated client and migrations folder.
 *   node --import tsx prisma/schemas.ts          write the files
 *   node --import tsx prisma/schemas.ts --check  exit 1 when a file is stale
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const providers = {
  sqlite: "file:./unused.db",
  postgresql: "postgresql://unused@localhost/unused",
} as const;

export function schemaFor(provider: keyof typeof providers, models: string): string {
  return `// GENERATED from prisma/models.prisma by prisma/schemas.ts. Do not edit.
generator client {
  provider     = "prisma-client"
  output       = "../../app/generated/prisma-${provider}"
  engineType   = "client"
  moduleFormat = "esm"
  runtime      = "nodejs"
}

datasource db {
  provider = "${provider}"
  // Placeholder: the real connection comes from prisma.config.ts / the app's adapter.
  url      = "${providers[provider]}"
}

${models}`;
}

const models = readFileSync(join(here, "models.prisma"), "utf8");
const check = process.argv.includes("--check");
let stale = 0;
for (const provider of Object.keys(providers) as (keyof typeof providers)[]) {
  const file = join(here, provider, "schema.prisma");
  const text = schemaFor(provider, models);
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (current === text) continue;
  if (check) {
    console.error(`prisma/${provider}/schema.prisma is out of date: run npm run db:schemas`);
    stale++;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote prisma/${provider}/schema.prisma`);
  }
}
process.exit(stale ? 1 : 0);
