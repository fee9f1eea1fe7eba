/**
 * Sessions, login and the permission guards. Guards throw Responses, so a
 * loader or action reads: `const user = await requirePermission(request, "episode:edit")`.
 */
import { createHash, randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { audit } from "./audit.server.ts";
import { getConfig } from "./config.server.ts";
import type { Context } from "./context.server.ts";
import { db } from "./db.server.ts";
import { attemptFailed, attemptSucceeded, beginAttempt } from "./login-throttle.server.ts";
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

export type LoginResult =
  | { ok: true; user: { id: string; username: string }; cookie: string }
  | { ok: false; reason: "invalid" | "locked"; retryAfterSeconds?: number };

/**
 * Signs in, for the sign-in page and `POST /api/session` alike, throttled per
 * (account, address) and per address (login-throttle.server.ts). A missing or
 * inactive account is answered as a wrong password, after the same work: the
 * same queries, a password hash checked, a failure counted and audited.
 */
export async function login(
  ctx: Pick<Context, "ip">,
  input: { username: string; password: string; userAgent?: string | null },
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const dummy = await dummyHash(); // made before the first attempt tells anything
  const attempt = await beginAttempt(ctx.ip, username);
  if ("wait" in attempt) return { ok: false, reason: "locked", retryAfterSeconds: attempt.wait };

  const user = await db().user.findUnique({ where: { username } });
  const verified = await verifyPassword(user?.passwordHash ?? dummy, input.password);
  if (!user || !user.active || !verified) {
    const wait = await db().$transaction(async (tx) => {
      const wait = await attemptFailed(tx, attempt);
      await audit(tx, {
        actor: { id: null, label: username },
        action: wait ? "login-locked" : "login-failed",
        entity: "User",
        entityId: user?.id ?? "", // none: no such account
        after: { address: ctx.ip },
      });
      return wait;
    });
    return wait ? { ok: false, reason: "locked", retryAfterSeconds: wait } : { ok: false, reason: "invalid" };
  }
  await attemptSucceeded(attempt);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
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
