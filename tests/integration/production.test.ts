import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, startTestServer, type TestServer } from "../helpers/server.ts";
import { login } from "../helpers/session.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: "production", DEMO_DATA: "1", SECURE_COOKIES: "0" } });
});
afterAll(async () => {
  await server?.cleanup();
});

describe("production mode", () => {
  it("creates no demo account, and user:create makes the first admin", async () => {
    expect(server.output()).not.toContain("Demo data created");
    await expect(login(server.url, "admin")).rejects.toThrow(/401/);
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "server/cli/user-create.ts",
        "--username",
        "chanh.vp",
        "--name",
        "Chánh Văn phòng",
        "--role",
        "admin",
      ],
      {
        cwd: ROOT,
        env: { ...server.env, NEW_USER_PASSWORD: "a-long-admin-password" },
        encoding: "utf8",
        timeout: 30_000,
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const cookie = await login(server.url, "chanh.vp", "a-long-admin-password");
    const res = await fetch(`${server.url}/quan-tri/nguoi-dung`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("chanh.vp");
  });
});
