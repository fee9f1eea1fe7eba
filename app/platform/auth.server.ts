/**
 * Sessions, login and the permission guards. Guards throw Responses, so a
 * loader or action reads: `const user = await requirePermission(request, "episode:edit")`.
 */
import { createHash, randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { audit } from "./audit.server.ts";
import { getConfig } from "./config.server.ts";
import { db } from "./db.server.ts";
import { dummyHash, hashPassword, verifyPassword } from "./password.server.ts";
import { can, type Permission, type Role } from "./permissions.ts";
import { io } from "./realtime.server.ts";

export const SESSION_COOKIE = "ln_session";

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organizationId: string | null;
  organization: { id: string; code: string; shortName: string } | null;
  sessionId: string;
  /** When the session ends on its own (open sockets are disconnected then). */
  sessionExpiresAt: Date;
};

let cookie: ReturnType<typeof createCookie> | undefined;

function sessionCookie() {
  const config = getConfig();
  return (cookie ??= createCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
    path: "/",
    secrets: [config.sessionSecret!],
    maxAge: config.sessionMaxAgeHours * 3600,
  }));
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export async function createSession(userId: string, userAgent?: string | null): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const hours = getConfig().sessionMaxAgeHours;
  await db().session.create({
    data: {
      id: sha256(token),
      userId,
      expiresAt: new Date(Date.now() + hours * 3600_000),
      userAgent: userAgent?.slice(0, 300),
    },
  });
  return sessionCookie().serialize(token);
}

export async function destroySessionCookie(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** The signed-in user for a Cookie header, or null. Also used by the socket layer. */
export async function userFromCookieHeader(cookieHeader: string | null | undefined): Promise<SessionUser | null> {
  if (!cookieHeader) return null;
  const token = await sessionCookie().parse(cookieHeader);
  if (typeof token !== "string" || !token) return null;
  const id = sha256(token);
  const session = await db().session.findUnique({
    where: { id },
    include: { user: { include: { organization: { select: { id: true, code: true, shortName: true } } } } },
  });
  if (!session || session.expiresAt < new Date() || !session.user.active) return null;
  if (Date.now() - session.lastSeenAt.getTime() > 5 * 60_000) {
    await db()
      .session.update({ where: { id }, data: { lastSeenAt: new Date() } })
      .catch(() => {});
  }
  const u = session.user;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    organizationId: u.organizationId,
    organization: u.organization,
    sessionId: id,
    sessionExpiresAt: session.expiresAt,
  };
}

export function getUser(request: Request) {
  return userFromCookieHeader(request.headers.get("Cookie"));
}

function isApi(request: Request) {
  return new URL(request.url).pathname.startsWith("/api/");
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  if (isApi(request)) {
    throw Response.json({ error: "unauthenticated" }, { status: 401 });
  }
  const url = new URL(request.url);
  throw redirect(`/dang-nhap?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

export function forbidden(request?: Request): Response {
  if (request && isApi(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  return new Response("Không có quyền truy cập / Forbidden", { status: 403, statusText: "Forbidden" });
}

/**
 * Requires a signed-in user holding `permission`; with `scopeOrgIds`, the
 * user's organization must own the record unless the grant covers all.
 */
export async function requirePermission(
  request: Request,
  permission: Permission,
  scopeOrgIds?: (string | null | undefined)[],
): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!can(user, permission, scopeOrgIds)) throw forbidden(request);
  return user;
}

/** Checks a permission for an already loaded user (e.g. after loading the record). */
export function assertCan(
  user: SessionUser,
  permission: Permission,
  scopeOrgIds?: (string | null | undefined)[],
  request?: Request,
) {
  if (!can(user, permission, scopeOrgIds)) throw forbidden(request);
}

export const actorOf = (u: Pick<SessionUser, "id" | "username">) => ({ id: u.id, label: u.username });

// ---------------------------------------------------------------- login

const USER_LOCK_AFTER = 5;
const USER_LOCK_MINUTES = 15;
const IP_WINDOW_MINUTES = 15;
const IP_MAX_FAILURES = 30;

export type LoginResult =
  | { ok: true; user: { id: string; username: string }; cookie: string }
  | { ok: false; reason: "invalid" | "locked"; retryAfterSeconds?: number };

async function ipLocked(key: string): Promise<number> {
  const row = await db().loginThrottle.findUnique({ where: { key } });
  if (row?.lockedUntil && row.lockedUntil > new Date())
    return Math.ceil((row.lockedUntil.getTime() - Date.now()) / 1000);
  return 0;
}

async function recordIpFailure(key: string) {
  const now = new Date();
  const row = await db().loginThrottle.findUnique({ where: { key } });
  const fresh = !row || now.getTime() - row.windowStart.getTime() > IP_WINDOW_MINUTES * 60_000;
  const failures = fresh ? 1 : row!.failures + 1;
  const lockedUntil = failures >= IP_MAX_FAILURES ? new Date(now.getTime() + IP_WINDOW_MINUTES * 60_000) : null;
  await db().loginThrottle.upsert({
    where: { key },
    create: { key, failures, windowStart: now, lockedUntil },
    update: { failures, windowStart: fresh ? now : undefined, lockedUntil },
  });
}

export async function login(input: {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string | null;
}): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const ipKey = `ip:${input.ip ?? "unknown"}`;
  const ipWait = await ipLocked(ipKey);
  if (ipWait) return { ok: false, reason: "locked", retryAfterSeconds: ipWait };

  const user = await db().user.findUnique({ where: { username } });
  if (!user || !user.active) {
    await verifyPassword(await dummyHash(), input.password);
    await recordIpFailure(ipKey);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    return {
      ok: false,
      reason: "locked",
      retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000),
    };
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    const failed = user.failedLogins + 1;
    const lock =
      failed >= USER_LOCK_AFTER
        ? new Date(Date.now() + Math.min(USER_LOCK_MINUTES * 2 ** (failed - USER_LOCK_AFTER), 24 * 60) * 60_000)
        : null;
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedLogins: failed, lockedUntil: lock } });
      await audit(tx, {
        actor: { id: null, label: username },
        action: lock ? "login-locked" : "login-failed",
        entity: "User",
        entityId: user.id,
      });
    });
    await recordIpFailure(ipKey);
    return lock
      ? { ok: false, reason: "locked", retryAfterSeconds: Math.ceil((lock.getTime() - Date.now()) / 1000) }
      : { ok: false, reason: "invalid" };
  }
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() },
    });
    await audit(tx, {
      actor: { id: user.id, label: user.username },
      action: "login",
      entity: "User",
      entityId: user.id,
    });
  });
  const cookie = await createSession(user.id, input.userAgent);
  return { ok: true, user: { id: user.id, username: user.username }, cookie };
}

/**
 * Ends a session, whatever signed it out (the page, the API): the session
 * row goes, and its open staff sockets are disconnected on every node.
 * Returns the cookie that clears the browser's.
 */
export async function endSession(user: SessionUser | null): Promise<string> {
  if (user) {
    await db().$transaction(async (tx) => {
      await tx.session.deleteMany({ where: { id: user.sessionId } });
      await audit(tx, { actor: actorOf(user), action: "logout", entity: "User", entityId: user.id });
    });
    io()?.of("/staff").in(`session:${user.sessionId}`).disconnectSockets(true);
  }
  return destroySessionCookie();
}

export async function logout(request: Request): Promise<string> {
  return endSession(await getUser(request));
}

export async function changePassword(
  user: SessionUser,
  current: string,
  next: string,
): Promise<"ok" | "wrong-current"> {
  const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
  if (!(await verifyPassword(row.passwordHash, current))) return "wrong-current";
  const passwordHash = await hashPassword(next);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    // Other sessions of this user end; this one stays.
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: user.sessionId } } });
    await audit(tx, { actor: actorOf(user), action: "password", entity: "User", entityId: user.id });
  });
  await dropEndedSockets(user.id);
  return "ok";
}

/**
 * A user's sessions may have ended (new password, deactivated, new role):
 * their open staff sockets are disconnected at once, on every node. (A
 * socket whose session is gone is refused at its next event anyway.)
 */
export async function dropEndedSockets(userId: string): Promise<void> {
  const staff = io()?.of("/staff");
  if (!staff) return;
  const live = new Set((await db().session.findMany({ where: { userId }, select: { id: true } })).map((s) => s.id));
  for (const s of await staff.in(`user:${userId}`).fetchSockets()) {
    if (!live.has((s.data as { user?: SessionUser }).user?.sessionId ?? "")) s.disconnect(true);
  }
}

export function clientIp(request: Request): string | undefined {
  return request.headers.get("x-ln-client-ip") ?? undefined;
}
