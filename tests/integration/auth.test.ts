import { describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { DEMO_PASSWORD } from "../helpers/server.ts";
import { get, login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer();

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

/**
 * Sign-in throttling (issue 16, items 8 and 9): failures count per (account,
 * address) and per address, never per account alone, so nobody can lock an
 * owner out from elsewhere; a missing account is answered exactly as a real
 * one. Clients are told apart by X-Forwarded-For, from the trusted loopback proxy.
 */
describe("sign-in throttling", () => {
  const page = (address: string, fields: Record<string, string>) =>
    fetch(`${server.url}/dang-nhap`, {
      method: "POST",
      headers: { "x-forwarded-for": address },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
  const api = (address: string, body: Record<string, string>) =>
    fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify(body),
    });
  /** The page's message key (`login.invalid`, `login.locked|15`) from its action data. */
  const pageMessage = async (res: Response) => /login\.(?:invalid|locked\|\d+)/.exec(await res.text())?.[0];

  it("never locks the owner out from another address, whatever failed elsewhere", async () => {
    const { username, password } = await factories.user("operator");
    const attacker = "198.51.100.10";
    const statuses: number[] = [];
    // Both sign-in paths count against the same (account, address).
    for (let i = 0; i < 3; i++) statuses.push((await page(attacker, { username, password: `wrong-${i}` })).status);
    for (let i = 0; i < 9; i++) statuses.push((await api(attacker, { username, password: `guess-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429, 429]);
    // The attacker's address stays locked out of this account, even with the right password.
    expect((await api(attacker, { username, password })).status).toBe(429);

    // The owner, elsewhere: a typo is a plain 401, then both paths sign in.
    const owner = "203.0.113.20";
    expect((await page(owner, { username, password: "typo" })).status).toBe(401);
    const viaPage = await page(owner, { username, password });
    expect(viaPage.status).toBe(302);
    expect(viaPage.headers.get("set-cookie")).toMatch(/^ln_session=/);
    const viaApi = await api(owner, { username, password });
    expect(viaApi.status).toBe(201);
    expect((await viaApi.json()).user.username).toBe(username);
  });

  it("shows a locked name on the users page; a new password set by an administrator lifts its locks", async () => {
    const { username } = await factories.user("operator");
    const address = "198.51.100.20";
    for (let i = 0; i < 5; i++) await api(address, { username, password: `wrong-${i}` });
    const admin = await login(server.url, "admin");
    const lockedText = "Đang tạm khóa đăng nhập từ một số địa chỉ";
    const row = (html: string) => {
      const at = html.indexOf(`>${username}</a>`);
      expect(at).toBeGreaterThan(-1);
      return html.slice(at, at + 200);
    };
    expect(row(await (await get(server.url, "/quan-tri/nguoi-dung", admin)).text())).toContain(lockedText);

    const { id } = await factories.db().user.findUniqueOrThrow({ where: { username } });
    const saved = await postForm(
      server.url,
      `/quan-tri/nguoi-dung/${id}`,
      { username, displayName: username, role: "operator", password: "a-new-password-1", active: "on" },
      admin,
    );
    expect(saved.status).toBe(200);
    expect(row(await (await get(server.url, "/quan-tri/nguoi-dung", admin)).text())).not.toContain(lockedText);
    expect((await api(address, { username, password: "a-new-password-1" })).status).toBe(201);
  });

  it("answers a missing account exactly as a real one, on both paths", async () => {
    const { username } = await factories.user("agency", "BHXH");
    const missing = `missing-${username}`;
    const apiRun = async (address: string, name: string) => {
      const seen: [number, string, string | null][] = [];
      for (let i = 0; i < 8; i++) {
        const res = await api(address, { username: name, password: `wrong-${i}` });
        seen.push([res.status, await res.text(), res.headers.get("retry-after")]);
      }
      return seen;
    };
    const real = await apiRun("198.51.100.30", username);
    expect(await apiRun("198.51.100.31", missing)).toEqual(real);
    expect(real.map(([status]) => status)).toEqual([401, 401, 401, 401, 429, 429, 429, 429]);
    expect(real[7]).toEqual([429, JSON.stringify({ error: "rate_limited", retryAfter: 900 }), "900"]);

    const pageRun = async (address: string, name: string) => {
      const seen: [number, string | undefined, string | null][] = [];
      for (let i = 0; i < 8; i++) {
        const res = await page(address, { username: name, password: `wrong-${i}` });
        seen.push([res.status, await pageMessage(res), res.headers.get("retry-after")]);
      }
      return seen;
    };
    const realPage = await pageRun("198.51.100.32", username);
    expect(await pageRun("198.51.100.33", missing)).toEqual(realPage);
    expect(realPage[0]).toEqual([401, "login.invalid", null]);
    expect(realPage[7]).toEqual([429, "login.locked|15", "900"]);
  });

  it("still slows a burst from one address down, across accounts and in parallel", async () => {
    const { username, password } = await factories.user("operator");
    const burst = "198.51.100.40";
    // Password spraying: one guess each at 40 names (real or not), all at once.
    const names = Array.from({ length: 40 }, (_, i) => (i === 0 ? username : `spray-${i}-${username}`));
    const statuses = await Promise.all(
      names.map(async (name) => (await api(burst, { username: name, password: "Summer2026!" })).status),
    );
    expect(statuses.filter((s) => s === 401).length).toBe(29);
    expect(statuses.filter((s) => s === 429).length).toBe(11);
    // The address is locked for every account; the owner elsewhere is not.
    const locked = await api(burst, { username, password });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await page("203.0.113.41", { username, password })).status).toBe(302);
  });
});
