/**
 * One server for a test file: started on a fresh database before the file's tests, with the factories
 * connected to it, and stopped after them (its output printed first with DEBUG_SERVER=1). The returned
 * object is the TestServer once the file's first `beforeAll` has run; `cookies` holds the sessions of the
 * demo users named in `logins`.
 */
import { afterAll, beforeAll } from "vitest";
import { connectFactories } from "./factories.ts";
import { startTestServer, type TestServer } from "./server.ts";
import { login } from "./session.ts";

export function suiteServer(opts: { env?: Record<string, string>; logins?: string[] } = {}) {
  const server = { cookies: {} as Record<string, string> } as TestServer & { cookies: Record<string, string> };
  beforeAll(async () => {
    Object.assign(server, await startTestServer({ env: opts.env }));
    await connectFactories(server);
    for (const u of opts.logins ?? []) server.cookies[u] = await login(server.url, u);
  });
  afterAll(async () => {
    if (process.env.DEBUG_SERVER) console.log(server.output?.());
    await server.cleanup?.();
  });
  return server;
}
