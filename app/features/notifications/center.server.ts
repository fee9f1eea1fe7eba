/**
 * The notification centre: a staff user's own notifications (the bell's
 * count, the page with its filters, marking read) and choices (the e-mail
 * address, the digest hour, a mode per type). A user sees and changes only
 * their own.
 */
import { z } from "zod/v4";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { optionalEmail, parseInput } from "../../platform/validation.ts";
import { userOfUnsubscribeToken } from "./mail.server.ts";
import { signalUsers } from "./notify.server.ts";
import {
  defaultMailMode,
  MAIL_MODES,
  NOTIFICATION_TYPES,
  TYPE_LABELS,
  type MailMode,
  type NotificationType,
  type NotificationView,
  typesFor,
} from "./types.ts";

export function unreadCount(u: SessionUser): Promise<number> {
  return db().notification.count({ where: { userId: u.id, readAt: null } });
}

export const listFilter = z.object({
  type: z.enum(NOTIFICATION_TYPES).optional().catch(undefined),
  episodeId: z.string().max(40).optional().catch(undefined),
  state: z.enum(["unread", "read"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ListFilter = z.infer<typeof listFilter>;
const PAGE = 50;

export async function listNotifications(u: SessionUser, raw: unknown) {
  const f = listFilter.parse(raw ?? {});
  const where = {
    userId: u.id,
    ...(f.type && { type: f.type }),
    ...(f.episodeId && { episodeId: f.episodeId }),
    ...(f.state === "unread" ? { readAt: null } : f.state === "read" ? { readAt: { not: null } } : {}),
  };
  const [rows, total, episodes] = await Promise.all([
    db().notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * PAGE,
      take: PAGE,
    }),
    db().notification.count({ where }),
    db().notification.findMany({
      where: { userId: u.id, episodeId: { not: null } },
      distinct: ["episodeId"],
      select: { episodeId: true },
    }),
  ]);
  const titles = await db().episode.findMany({
    where: { id: { in: episodes.map((e) => e.episodeId!) } },
    select: { id: true, topic: true },
    orderBy: { startsAt: "desc" },
  });
  const items: NotificationView[] = rows.map((n) => ({
    id: n.id,
    type: n.type as NotificationType,
    typeLabel: TYPE_LABELS[n.type as NotificationType]?.vi ?? n.type,
    title: n.title,
    body: n.body,
    link: n.link,
    episodeId: n.episodeId,
    createdAt: n.createdAt.toISOString(),
    read: !!n.readAt,
  }));
  return { filter: f, items, total, pages: Math.max(1, Math.ceil(total / PAGE)), episodes: titles };
}

const markInput = z.object({ ids: z.array(z.string().max(40)).max(500).default([]), all: z.boolean().default(false) });

/** Marks the user's own notifications read (the ids given, or all). */
export async function markRead(u: SessionUser, raw: unknown): Promise<number> {
  const input = parseInput(markInput, raw);
  const r = await db().notification.updateMany({
    where: { userId: u.id, readAt: null, ...(input.all ? {} : { id: { in: input.ids } }) },
    data: { readAt: new Date() },
  });
  if (r.count) signalUsers([u.id]);
  return r.count;
}

/** Opening a notification's link marks it read; returns where to go (only the user's own). */
export async function openNotification(u: SessionUser, id: string): Promise<string | null> {
  const n = await db().notification.findFirst({ where: { id, userId: u.id } });
  if (!n) return null;
  if (!n.readAt) {
    await db().notification.update({ where: { id }, data: { readAt: new Date() } });
    signalUsers([u.id]);
  }
  return n.link || "/quan-tri/thong-bao";
}

export async function preferencesOf(u: SessionUser) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: u.id },
    select: { email: true, digestHour: true, role: true, notificationPreferences: true },
  });
  const modes = Object.fromEntries(
    NOTIFICATION_TYPES.map((t) => [
      t,
      (user.notificationPreferences.find((p) => p.type === t)?.mode as MailMode) ?? defaultMailMode(user.role, t),
    ]),
  ) as Record<NotificationType, MailMode>;
  return { email: user.email ?? "", digestHour: user.digestHour, modes, types: typesFor(user.role) };
}

export const preferencesInput = z.object({
  email: optionalEmail,
  digestHour: z.coerce.number("err.hour").int("err.hour").min(0, "err.hour").max(23, "err.hour"),
  modes: z.partialRecord(z.enum(NOTIFICATION_TYPES), z.enum(MAIL_MODES)).default({}),
});

export async function savePreferences(u: SessionUser, raw: unknown) {
  const input = parseInput(preferencesInput, raw);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: u.id }, data: { email: input.email || null, digestHour: input.digestHour } });
    for (const [type, mode] of Object.entries(input.modes))
      await tx.notificationPreference.upsert({
        where: { userId_type: { userId: u.id, type } },
        create: { userId: u.id, type, mode },
        update: { mode },
      });
  });
}

/** One click in a staff e-mail: no more e-mail of any type (the app still shows them). */
export async function staffUnsubscribe(token: string): Promise<boolean> {
  const userId = userOfUnsubscribeToken(token);
  if (!userId) return false;
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  await db().$transaction(async (tx) => {
    for (const type of NOTIFICATION_TYPES)
      await tx.notificationPreference.upsert({
        where: { userId_type: { userId, type } },
        create: { userId, type, mode: "off" },
        update: { mode: "off" },
      });
  });
  return true;
}

/** The demo's seeded history is shown in the app but never e-mailed (it happened before this start). */
export async function settleSeededNotifications() {
  await db().notification.updateMany({ where: { mailedAt: null }, data: { mailedAt: new Date() } });
}
