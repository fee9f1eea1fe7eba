/** Integration tokens: other channels (fanpage, YouTube, e-mail, switchboards) submit through the public API. */
import { createHash, randomBytes } from "node:crypto";
import { audit, type AuditActor } from "../../platform/audit.server.ts";
import { db } from "../../platform/db.server.ts";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export async function createToken(actor: AuditActor, input: { name: string; channel: string }) {
  const token = `ln_${randomBytes(24).toString("base64url")}`;
  const row = await db().$transaction(async (tx) => {
    const created = await tx.integrationToken.create({
      data: {
        name: input.name,
        channel: input.channel,
        tokenHash: sha256(token),
        prefix: token.slice(0, 8),
        createdById: actor.id,
      },
    });
    await audit(tx, {
      actor,
      action: "create",
      entity: "IntegrationToken",
      entityId: created.id,
      after: { name: created.name, channel: created.channel, prefix: created.prefix },
    });
    return created;
  });
  return { token, row };
}

export function listTokens() {
  return db().integrationToken.findMany({ orderBy: { createdAt: "desc" } });
}

export async function revokeToken(actor: AuditActor, id: string) {
  await db().$transaction(async (tx) => {
    const before = await tx.integrationToken.findUniqueOrThrow({ where: { id } });
    await tx.integrationToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await audit(tx, {
      actor,
      action: "revoke",
      entity: "IntegrationToken",
      entityId: id,
      before: { revokedAt: before.revokedAt },
    });
  });
}

/** The channel a bearer token stands for, or null. */
export async function verifyToken(token: string): Promise<{ id: string; channel: string; name: string } | null> {
  if (!/^ln_[A-Za-z0-9_-]{20,}$/.test(token)) return null;
  const row = await db().integrationToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db()
      .integrationToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } })
      .catch(() => {});
  }
  return { id: row.id, channel: row.channel, name: row.name };
}
