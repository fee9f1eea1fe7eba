/** Organizations (the directory) and users. */
import type { z } from "zod/v4";
import { audit, type AuditActor } from "../../platform/audit.server.ts";
import { dropEndedSockets } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { FieldConflict } from "../../platform/errors.ts";
import { forgetFailures } from "../../platform/login-throttle.server.ts";
import { hashPassword } from "../../platform/password.server.ts";
import { roleNeedsOrganization, type Role } from "../../platform/permissions.ts";
import { invalidateRouter } from "../questions/index.server.ts";
import type { organizationSchema, userSchema } from "./schemas.ts";

/** A duplicate code or username, a parent cycle: refused on its field. */
export { FieldConflict as ConflictError };

export function listOrganizations(opts: { activeOnly?: boolean } = {}) {
  return db().organization.findMany({
    where: opts.activeOnly ? { active: true } : undefined,
    orderBy: [{ kind: "asc" }, { code: "asc" }],
  });
}

export function getOrganization(id: string) {
  return db().organization.findUnique({ where: { id }, include: { parent: true } });
}

type OrgInput = z.output<typeof organizationSchema>;

function orgData(input: OrgInput) {
  return {
    code: input.code,
    name: input.name,
    shortName: input.shortName,
    kind: input.kind,
    parentId: input.parentId,
    email: input.email || null,
    phone: input.phone || null,
    keywords: input.keywords.join("\n"),
    active: input.active,
  };
}

export async function saveOrganization(actor: AuditActor, id: string | null, input: OrgInput) {
  const dup = await db().organization.findFirst({ where: { code: input.code, NOT: id ? { id } : undefined } });
  if (dup) throw new FieldConflict("code", "err.duplicate");
  if (id && input.parentId) {
    // No cycles: walk up from the new parent.
    let cur: string | null = input.parentId;
    for (let i = 0; cur && i < 50; i++) {
      if (cur === id) throw new FieldConflict("parentId", "err.cycle");
      cur = (await db().organization.findUnique({ where: { id: cur }, select: { parentId: true } }))?.parentId ?? null;
    }
  }
  const saved = await db().$transaction(async (tx) => {
    if (id) {
      const before = await tx.organization.findUniqueOrThrow({ where: { id } });
      const after = await tx.organization.update({ where: { id }, data: orgData(input) });
      await audit(tx, { actor, action: "update", entity: "Organization", entityId: id, before, after });
      return after;
    }
    const created = await tx.organization.create({ data: orgData(input) });
    await audit(tx, { actor, action: "create", entity: "Organization", entityId: created.id, after: created });
    return created;
  });
  invalidateRouter(); // its keywords, names and places count for the next suggestion on this node
  return saved;
}

export function listUsers() {
  return db().user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    include: { organization: { select: { id: true, code: true, shortName: true } } },
  });
}

export function getUserById(id: string) {
  return db().user.findUnique({ where: { id } });
}

type UserInput = z.output<typeof userSchema>;

export async function saveUser(actor: AuditActor, id: string | null, input: UserInput) {
  if (roleNeedsOrganization(input.role as Role) && !input.organizationId)
    throw new FieldConflict("organizationId", "err.orgRequired");
  if (!id && !input.password) throw new FieldConflict("password", "err.required");
  const dup = await db().user.findFirst({ where: { username: input.username, NOT: id ? { id } : undefined } });
  if (dup) throw new FieldConflict("username", "err.duplicate");
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const data = {
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    organizationId: input.organizationId,
    active: input.active,
  };
  let sessionsEnded = false;
  const saved = await db().$transaction(async (tx) => {
    if (id) {
      const before = await tx.user.findUniqueOrThrow({ where: { id } });
      const after = await tx.user.update({
        where: { id },
        data: {
          ...data,
          ...(passwordHash ? { passwordHash, passwordChangedAt: new Date() } : {}),
        },
      });
      // A new password lifts the sign-in locks on the account's name, from every address.
      if (passwordHash) await forgetFailures(tx, before.username);
      // A deactivated user, a new password or a new role ends the user's sessions.
      if (
        !input.active ||
        passwordHash ||
        before.role !== input.role ||
        before.organizationId !== input.organizationId
      ) {
        sessionsEnded = true;
        await tx.session.deleteMany({ where: { userId: id } });
      }
      await audit(tx, { actor, action: "update", entity: "User", entityId: id, before, after });
      return after;
    }
    const created = await tx.user.create({ data: { ...data, passwordHash: passwordHash! } });
    await audit(tx, { actor, action: "create", entity: "User", entityId: created.id, after: created });
    return created;
  });
  if (sessionsEnded) await dropEndedSockets(id!); // the sessions that ended above: their sockets go too
  return saved;
}

/** An organization by its code (the command line names organizations by code). */
export function organizationByCode(code: string) {
  return db().organization.findUnique({ where: { code } });
}

/** Active organizations that questions and tasks can be routed to (not council bodies), for pickers. */
export function routableAgencies() {
  return db().organization.findMany({
    where: { active: true, kind: { not: "council" } },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { id: true, code: true, shortName: true },
  });
}

/** Creates a user from the command line or demo data (no validation beyond the schema's). */
/** Sets where a user's notifications are e-mailed (the user changes it in Tài khoản; the demo seeds one). */
export async function setUserEmail(userId: string, email: string | null) {
  await db().user.update({ where: { id: userId }, data: { email } });
}

export async function createUser(
  actor: AuditActor,
  u: { username: string; displayName: string; role: Role; password: string; organizationId?: string | null },
) {
  const passwordHash = await hashPassword(u.password);
  return db().$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        organizationId: u.organizationId ?? null,
        passwordHash,
      },
    });
    await audit(tx, { actor, action: "create", entity: "User", entityId: created.id, after: created });
    return created;
  });
}
