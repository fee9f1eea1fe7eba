/**
 * Who sees an asker's personal data (name, phone, area), and the audited
 * reveal of a phone number (docs/PRIVACY.md):
 * - `personal:view` (operators; the lead Ban within the episodes it leads;
 *   the admin): the caller, the phone masked until revealed;
 * - the agency the item is routed to, and only when the asker agreed to be
 *   contacted: the same;
 * - anyone else: nothing.
 * Every reveal of a phone number writes an audit record (who, when, which
 * item), never the number itself.
 */
import { z } from "zod/v4";
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { forbidden, notFound } from "../../platform/errors.ts";
import { can, type Actor } from "../../platform/permissions.ts";
import { parseInput, recordId } from "../../platform/validation.ts";
import { maskPhone, type CallerView } from "./mask.ts";

/** What decides who may see an item's asker. */
export type PersonalScope = {
  agencyId: string | null;
  contactConsent: boolean;
  /** The lead committee of the question's episode. */
  leadCommitteeId: string;
};

/** Whether `user` sees the callers of every question of an episode led by `leadCommitteeId` (the "staff" access). */
export function seesCallersOf(user: Actor | null | undefined, leadCommitteeId: string | null): boolean {
  return !!user && can(user, "personal:view", [leadCommitteeId]);
}

/**
 * How `user` may see the asker of an item: "staff" (personal:view within the episode's lead committee),
 * "agency" (the item is routed to the user's organization and the asker agreed to be contacted), or null.
 */
export function personalAccess(user: Actor | null | undefined, q: PersonalScope): "staff" | "agency" | null {
  if (!user) return null;
  if (seesCallersOf(user, q.leadCommitteeId)) return "staff";
  if (
    q.contactConsent &&
    q.agencyId &&
    user.organizationId === q.agencyId &&
    can(user, "followup:answer", [q.agencyId])
  )
    return "agency";
  return null;
}

/** The asker of `q` as `user` may see it, or null (nothing of the asker is sent to the page). */
export function callerView(
  user: Actor | null | undefined,
  q: PersonalScope & { name: string; phone: string; area: string },
): CallerView | null {
  if (!personalAccess(user, q)) return null;
  return { name: q.name, area: q.area, phoneMasked: maskPhone(q.phone), contactConsent: q.contactConsent };
}

/** The askers of several questions for `user` (one query), by question id; those the user may not see are absent. */
export async function callersOf(user: Actor, questionIds: string[]): Promise<Map<string, CallerView>> {
  const out = new Map<string, CallerView>();
  if (!questionIds.length) return out;
  const rows = await db().question.findMany({
    where: { id: { in: questionIds } },
    select: {
      id: true,
      name: true,
      phone: true,
      area: true,
      agencyId: true,
      contactConsent: true,
      episode: { select: { leadCommitteeId: true } },
    },
  });
  for (const r of rows) {
    const v = callerView(user, { ...r, leadCommitteeId: r.episode.leadCommitteeId });
    if (v) out.set(r.id, v);
  }
  return out;
}

const revealInput = z.object({ questionId: recordId });

/**
 * Shows `user` the full phone number of a question's asker and records that it was seen (action
 * "personal-view", target the question, with its tracking code). 403 when the user may not see the asker.
 */
export async function revealPhone(user: SessionUser, raw: unknown): Promise<{ questionId: string; phone: string }> {
  const { questionId } = parseInput(revealInput, raw);
  const q = await db().question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      trackingCode: true,
      phone: true,
      agencyId: true,
      contactConsent: true,
      episode: { select: { leadCommitteeId: true } },
    },
  });
  if (!q) throw notFound();
  const access = personalAccess(user, { ...q, leadCommitteeId: q.episode.leadCommitteeId });
  if (!access) throw forbidden();
  // No number, nothing seen: nothing to record.
  if (!q.phone) return { questionId: q.id, phone: "" };
  await db().$transaction((tx) =>
    audit(tx, {
      actor: { id: user.id, label: user.username },
      action: "personal-view",
      entity: "Question",
      entityId: q.id,
      after: { trackingCode: q.trackingCode, field: "phone", as: access },
    }),
  );
  return { questionId: q.id, phone: q.phone };
}

/** Phone searches need this many digits: fewer would list a large part of an episode's callers. */
export const PHONE_SEARCH_MIN_DIGITS = 4;
const phoneSearchInput = z.object({
  episodeId: recordId,
  phone: z
    .string({ error: "err.required" })
    .max(20, "err.tooLong")
    .transform((s) => s.replace(/\D/g, ""))
    .refine((s) => s.length >= PHONE_SEARCH_MIN_DIGITS, "err.phoneSearchShort"),
});

/**
 * The questions of an episode whose caller's phone contains the digits typed (the console's search), for staff who
 * see the episode's callers (403 otherwise). Only the questions' ids are returned, never a number; the search is a
 * look-up of personal data and is recorded like a reveal (action "personal-search": who, when, which episode and
 * which questions it found, never the digits).
 */
export async function searchByPhone(user: SessionUser, raw: unknown): Promise<{ ids: string[] }> {
  const { episodeId, phone } = parseInput(phoneSearchInput, raw);
  const e = await db().episode.findUnique({ where: { id: episodeId }, select: { id: true, leadCommitteeId: true } });
  if (!e) throw notFound();
  if (!seesCallersOf(user, e.leadCommitteeId)) throw forbidden();
  // Stored numbers are normalized (digits, a leading "+"); "+84…" callers are found by their national digits too.
  const national = phone.startsWith("84") ? `0${phone.slice(2)}` : null;
  const rows = await db().question.findMany({
    where: {
      episodeId,
      OR: [{ phone: { contains: phone } }, ...(national ? [{ phone: { contains: national } }] : [])],
    },
    select: { id: true, trackingCode: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  await db().$transaction((tx) =>
    audit(tx, {
      actor: { id: user.id, label: user.username },
      action: "personal-search",
      entity: "Episode",
      entityId: episodeId,
      after: { field: "phone", count: rows.length, trackingCodes: rows.map((r) => r.trackingCode) },
    }),
  );
  return { ids: rows.map((r) => r.id) };
}

/** Whether `user` may have personal data in exports at all (for some episodes at least). */
export function mayExportPersonal(user: Actor): boolean {
  return can(user, "personal:view");
}

/** Records an export that carried askers' personal data: who, when, which file and which items. */
export async function auditPersonalExport(
  user: SessionUser,
  e: { file: string; filter: Record<string, string | undefined>; items: { id: string; trackingCode: string }[] },
) {
  await db().$transaction((tx) =>
    audit(tx, {
      actor: { id: user.id, label: user.username },
      action: "personal-export",
      entity: "PersonalData",
      entityId: e.file,
      after: {
        file: e.file,
        filter: Object.fromEntries(Object.entries(e.filter).filter(([, v]) => v)),
        count: e.items.length,
        ids: e.items.map((i) => i.id),
        trackingCodes: e.items.map((i) => i.trackingCode),
      },
    }),
  );
}
