/**
 * One door: who is asking, from where, with which rights, resolved the same
 * way for the JSON API, Remix loaders and actions, and Socket.IO events.
 *
 * - The user comes from the session cookie (re-read for every staff socket
 *   event, so a session that ended no longer acts).
 * - The client address is the socket's peer, or the X-Forwarded-For entry
 *   chosen by TRUST_PROXY (the same rule Express applies to `req.ip`).
 */
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import { userFromCookieHeader, type SessionUser } from "./auth.server.ts";
import { getConfig } from "./config.server.ts";
import { forbidden, unauthenticated } from "./errors.ts";
import { can, type Permission } from "./permissions.ts";

export type Context = {
  user: SessionUser | null;
  /** The client's address (proxy-aware). */
  ip: string;
  /** The Cookie header, to re-check the session later (sockets). */
  cookie?: string;
};

type Trust = (addr: string, i: number) => boolean;
let trust: { value: string; fn: Trust } | undefined;

/** TRUST_PROXY compiled as Express compiles "trust proxy": false, true, a hop count, or addresses/subnets. */
export function trustProxy(value: string = getConfig().trustProxy): Trust {
  if (trust?.value === value) return trust.fn;
  let fn: Trust;
  if (value === "false" || value === "") fn = () => false;
  else if (value === "true") fn = () => true;
  else if (/^\d+$/.test(value)) {
    const hops = Number(value);
    fn = (_a, i) => i < hops;
  } else fn = proxyaddr.compile(value.split(",").map((v) => v.trim()));
  trust = { value, fn };
  return fn;
}

/** The client address of an HTTP request or a socket's handshake request. */
export function clientAddress(req: IncomingMessage): string {
  return proxyaddr(req as Parameters<typeof proxyaddr>[0], trustProxy()) || "?";
}

/**
 * Does a request come from the app's own pages? Browsers send Origin with
 * every WebSocket handshake and every cross-origin or state-changing request;
 * it must be PUBLIC_URL's origin, or (unset) the request's own host, as the
 * trusted proxy forwarded it. No Origin at all is not a browser's cross-site
 * request (scripts, integrations); "null" (sandboxed frames, opaque origins) is refused.
 */
export function isOwnOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const publicUrl = getConfig().publicUrl;
  if (publicUrl) return origin === new URL(publicUrl).origin;
  const forwarded = trustProxy()(req.socket?.remoteAddress ?? "", 0)
    ? (req.headers["x-forwarded-host"] as string | undefined)?.split(",")[0]?.trim()
    : undefined;
  return host === (forwarded || req.headers.host);
}

/** The context of an incoming HTTP request or socket handshake. */
export async function contextOf(req: IncomingMessage): Promise<Context> {
  const cookie = req.headers.cookie;
  return { user: await userFromCookieHeader(cookie), ip: clientAddress(req), cookie };
}

/**
 * A Remix loader's or action's context. The server sets `x-ln-client-ip` on
 * every request from `clientAddress` (a client's own header is overwritten).
 */
export async function contextOfRequest(request: Request): Promise<Context> {
  const cookie = request.headers.get("Cookie") ?? undefined;
  return { user: await userFromCookieHeader(cookie), ip: request.headers.get("x-ln-client-ip") || "?", cookie };
}

/** The signed-in user, or 401. */
export function requireUser(ctx: Context): SessionUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/**
 * A signed-in user holding `permission` (within the organizations in `scope`, unless the grant covers all), or 401/403.
 */
export function requirePermission(
  ctx: Context,
  permission: Permission,
  scope?: (string | null | undefined)[],
): SessionUser {
  const user = requireUser(ctx);
  if (!can(user, permission, scope)) throw forbidden();
  return user;
}
