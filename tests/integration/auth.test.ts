import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectFactories, factories } from "../helpers/factories.ts";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../helpers/server.ts";
import { get, login, postForm } from "../helpers/session.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await connectFactories(server);
});
afterAll(async () => {
  await server?.cleanup();
});

describe("sessions", () => {
  it("signs in with a hardened cookie and signs out for real", async () => {
    const res = await postForm(server.url, "/dang-nhap", {
      username: "tongdai1",
      password: DEMO_PASSWORD,
      redirectTo: "/quan-tri/chuong-trinh",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/quan-tri/chuong-trinh");
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0];
    expect((await get(server.url, "/quan-tri", cookie)).status).toBe(200);

    const out = await postForm(server.url, "/dang-xuat", {}, cookie);
    expect(out.status).toBe(302);
    // The old cookie no longer opens a session: the server forgot it.
    const after = await get(server.url, "/quan-tri", cookie);
    expect(after.status).toBe(302);
    expect(after.headers.get("location")).toBe("/dang-nhap?redirectTo=%2Fquan-tri");
  });

  it("accepts a same-site form post without JavaScript and refuses a cross-site one", async () => {
    const home = await fetch(server.url);
    expect(home.headers.get("referrer-policy")).toBe("same-origin");
    const body = new URLSearchParams({ username: "ban.ktns", password: DEMO_PASSWORD });
    const same = await fetch(`${server.url}/dang-nhap`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { origin: server.url },
    });
    expect(same.status).toBe(302);
    const cross = await fetch(`${server.url}/dang-nhap`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { origin: "https://evil.example" },
    });
    expect(cross.status).toBeGreaterThanOrEqual(400);
    expect(cross.headers.get("set-cookie")).toBeNull();
  });

  it("never redirects off-site after login", async () => {
    const res = await postForm(server.url, "/dang-nhap", {
      username: "tongdai2",
      password: DEMO_PASSWORD,
      redirectTo: "//evil.example/",
    });
    expect(res.headers.get("location")).toBe("/quan-tri");
  });

  it("stores passwords as argon2id hashes", async () => {
    const u = await factories.db().user.findUniqueOrThrow({ where: { username: "admin" } });
    expect(u.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("answers a wrong password with a clear message and locks after repeated failures", async () => {
    const { username, password } = await factories.user("operator");
    const bad = await postForm(server.url, "/dang-nhap", { username, password: "wrong" });
    expect(bad.status).toBe(401);
    expect(await bad.text()).toContain("login.invalid");
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) last = await postForm(server.url, "/dang-nhap", { username, password: "wrong" });
    expect(last!.status).toBe(429);
    // Even the right password is refused while locked.
    const right = await postForm(server.url, "/dang-nhap", { username, password });
    expect(right.status).toBe(429);
    expect(await right.text()).toContain("login.locked");
    const events = await factories.db().auditEvent.findMany({ where: { actorLabel: username } });
    expect(events.map((e) => e.action)).toContain("login-locked");
  });

  it("shows field-level errors for an empty form", async () => {
    const res = await postForm(server.url, "/dang-nhap", { username: "", password: "" });
    expect(res.status).toBe(422);
    const body = await res.text();
    expect(body).toContain("err.required");
  });

  it("changes the password, ending the user's other sessions", async () => {
    const { username, password } = await factories.user("committee", "BVHXH");
    const a = await login(server.url, username, password);
    const b = await login(server.url, username, password);
    const wrong = await postForm(
      server.url,
      "/tai-khoan",
      { current: "nope", next: "new-password-123", confirm: "new-password-123" },
      a,
    );
    expect(wrong.status).toBe(422);
    const ok = await postForm(
      server.url,
      "/tai-khoan",
      { current: password, next: "new-password-123", confirm: "new-password-123" },
      a,
    );
    expect(ok.status).toBe(200);
    expect((await get(server.url, "/quan-tri", a)).status).toBe(200);
    expect((await get(server.url, "/quan-tri", b)).status).toBe(302);
    await login(server.url, username, "new-password-123");
  });

  it("keeps anonymous visitors out of the staff area", async () => {
    const res = await get(server.url, "/quan-tri/nguoi-dung");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^\/dang-nhap\?redirectTo=/);
  });
});
