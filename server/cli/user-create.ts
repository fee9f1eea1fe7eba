/**
 * Creates a user, e.g. the first admin of a production installation:
 *   npm run user:create -- --username admin --name "Quản trị" --role admin [--org CODE]
 * The password comes from NEW_USER_PASSWORD, or is asked for on the terminal.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { ConflictError, organizationByCode, saveUser } from "../../app/features/directory/index.server.ts";
import { userSchema } from "../../app/features/directory/schemas.ts";
import { ConfigError, getConfig } from "../../app/platform/config.server.ts";
import { closeDb, initDb } from "../../app/platform/db.server.ts";
import { fieldErrors } from "../../app/platform/validation.ts";
import { migrate } from "../migrate.ts";

function fail(msg: string): never {
  console.error(msg);
  process.exit(1);
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) fail("Set NEW_USER_PASSWORD (no terminal to ask on)");
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let prompted = false;
  out._writeToOutput = (s: string) => {
    if (!prompted) out.output.write(s);
  };
  return new Promise((resolve) => {
    rl.question("Password (at least 10 characters): ", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    prompted = true;
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "admin" },
      org: { type: "string" },
    },
  });
  let config;
  try {
    config = getConfig();
  } catch (e) {
    fail(e instanceof ConfigError ? e.message : String(e));
  }
  if (!values.username)
    fail(
      'Usage: npm run user:create -- --username NAME --name "Display name" --role admin|standing|committee|operator|agency [--org CODE]',
    );
  await migrate(config.databaseUrl);
  await initDb(config);
  let organizationId = "";
  if (values.org) {
    const org = await organizationByCode(values.org);
    if (!org) fail(`No organization with code ${values.org}`);
    organizationId = org.id;
  }
  const password = process.env.NEW_USER_PASSWORD ?? (await askPassword());
  const parsed = userSchema.safeParse({
    username: values.username,
    displayName: values.name ?? values.username,
    role: values.role,
    organizationId,
    active: "on",
    password,
  });
  if (!parsed.success) {
    const errs = fieldErrors(parsed.error);
    fail(
      Object.entries(errs)
        .map(([k, v]) => `${k}: ${v.join(", ")}`)
        .join("; "),
    );
  }
  try {
    const u = await saveUser({ id: null, label: "cli" }, null, parsed.data);
    console.log(`Created user ${u.username} (${u.role})`);
  } catch (e) {
    if (e instanceof ConflictError) fail(`${e.field}: ${e.code}`);
    throw e;
  } finally {
    await closeDb();
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
