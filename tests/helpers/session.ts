/** Login fixture for HTTP tests: signs in through the real login form. */
import { DEMO_PASSWORD } from "./server.ts";

export async function login(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/dang-nhap`, {
    method: "POST",
    body: new URLSearchParams({ username, password }),
    redirect: "manual",
  });
  const setCookie = res.headers.get("set-cookie");
  if (res.status !== 302 || !setCookie) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  return setCookie.split(";")[0];
}

export function get(baseUrl: string, path: string, cookie?: string) {
  return fetch(baseUrl + path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
}

export function postForm(baseUrl: string, path: string, fields: Record<string, string>, cookie?: string) {
  return fetch(baseUrl + path, {
    method: "POST",
    headers: cookie ? { cookie } : {},
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
}

/** A JSON POST to the API, as a client sends it; the answer's status and JSON body (null when none). */
export async function postJson(baseUrl: string, path: string, body: unknown, cookie?: string) {
  const res = await fetch(baseUrl + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}
