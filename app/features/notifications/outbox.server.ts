/**
 * The outbox: notifications become e-mails (and an asker's SMS, through the
 * gateway webhooks) here, and every queued message is delivered by a worker
 * on each node, with retries and backoff.
 *
 * Composing gathers what waits for one recipient into one message:
 * - hand-offs of an episode that is live wait until it ends (one message per
 *   recipient for the whole hour, not one per question);
 * - what a user takes as a daily digest waits for the user's digest hour;
 * - the rest goes at once.
 * The database decides who composes and who delivers: a notification is
 * taken by the update that sets its `mailedAt` (all of a message's or none),
 * a delivery by the update that claims it, so two nodes never send one twice.
 * A failed delivery never touches the action that caused it.
 */
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { getConfig, siteUrl } from "../../platform/config.server.ts";
import { db } from "../../platform/db.server.ts";
import { stripMarks } from "../../platform/text.ts";
import { currentTimeZone, zonedParts, zonedTimeToInstant } from "../../platform/time.ts";
import { getProfile } from "../profile/index.server.ts";
import { mailSender } from "./mail-sender.ts";
import { renderMail, type MailItem, type Recipient } from "./mail.server.ts";
import { TYPE_LABELS, type NotificationType } from "./types.ts";
import { queueWebhooks, sendWebhook } from "./webhooks.server.ts";

const NODE = randomUUID().slice(0, 8);
/** Retries after 30 s, 2 min, 10 min, 1 h, 6 h; then the delivery is failed until an admin retries it. */
export const BACKOFF_MS = [30_000, 120_000, 600_000, 3_600_000, 21_600_000];
const CLAIM_MS = 60_000;

/** The last digest moment at or before `now`: today's digest hour in the zone, or yesterday's. */
export function lastDigestAt(now: Date, hour: number, tz = currentTimeZone()): Date {
  const p = zonedParts(now, tz);
  const today = zonedTimeToInstant({ year: p.year, month: p.month, day: p.day, hour }, tz);
  if (today <= now) return today;
  const y = new Date(Date.UTC(p.year, p.month - 1, p.day - 1));
  return zonedTimeToInstant({ year: y.getUTCFullYear(), month: y.getUTCMonth() + 1, day: y.getUTCDate(), hour }, tz);
}

type Pending = Awaited<ReturnType<typeof pendingNotifications>>[number];
/** What waits to be mailed, except the hand-offs of episodes on air now (gathered when they end). */
const pendingNotifications = async () => {
  const live = (await db().episode.findMany({ where: { status: "live" }, select: { id: true } })).map((e) => e.id);
  return db().notification.findMany({
    where: {
      mail: { in: ["instant", "digest"] },
      mailedAt: null,
      ...(live.length && { OR: [{ episodeId: null }, { episodeId: { notIn: live } }] }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 50_000,
    include: { user: { select: { displayName: true, email: true, digestHour: true, active: true } } },
  });
};

const item = (n: Pending): MailItem => ({
  type: n.type,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.createdAt,
});

/** Puts what is due into messages of the outbox. Returns how many messages it queued. */
export async function compose(now = new Date(), log: (m: string) => void = () => {}): Promise<number> {
  const groups = new Map<string, Pending[]>();
  for (const r of await pendingNotifications()) {
    const key = r.userId ? `u:${r.userId}` : `a:${r.askerQuestionId}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  let queued = 0;
  for (const [key, group] of groups) {
    try {
      queued += await composeOne(key, group, now);
    } catch (e) {
      // Another node took (some of) them first; or one recipient's message failed: the others still go.
      if (!isTaken(e)) log(`Notifications: composing for ${key}: ${(e as Error).message}`);
    }
  }
  return queued;
}

class Taken extends Error {}
const isTaken = (e: unknown) => e instanceof Taken || (e as { code?: string })?.code === "P2002";

async function composeOne(key: string, group: Pending[], now: Date): Promise<number> {
  const user = group[0].user;
  let take = group;
  let digest = false;
  if (user) {
    const digestRows = group.filter((n) => n.mail === "digest");
    const due = digestRows.length > 0 && digestRows[0].createdAt <= lastDigestAt(now, user.digestHour);
    take = due ? group : group.filter((n) => n.mail === "instant");
    digest = due;
  }
  if (!take.length) return 0;
  const ids = take.map((n) => n.id);
  return db().$transaction(async (tx) => {
    // In slices: a database takes a bounded number of parameters in one statement.
    let marked = 0;
    for (let i = 0; i < ids.length; i += 500)
      marked += (
        await tx.notification.updateMany({
          where: { id: { in: ids.slice(i, i + 500) }, mailedAt: null },
          data: { mailedAt: now },
        })
      ).count;
    if (marked !== ids.length) throw new Taken();
    const items = take.map(item);
    const mailKey = `mail:${key}:${ids[0]}`;
    if (user) {
      if (!user.email || !user.active) return 0;
      const r: Recipient = { kind: "staff", userId: take[0].userId!, name: user.displayName, digest };
      const m = renderMail(r, items);
      await tx.delivery.create({
        data: {
          channel: "email",
          key: mailKey,
          recipient: user.email,
          subject: m.subject,
          text: m.text,
          html: m.html,
          payload: JSON.stringify({ unsubscribe: m.unsubscribe }),
        },
      });
      return 1;
    }
    const q = await tx.question.findUnique({
      where: { id: take[0].askerQuestionId! },
      select: {
        trackingCode: true,
        notifyEmail: true,
        notifyPhone: true,
        phone: true,
        notifyToken: true,
        status: true,
        episode: { select: { topic: true } },
      },
    });
    if (!q) return 0;
    let n = 0;
    if (q.notifyEmail) {
      const m = renderMail({ kind: "asker", trackingCode: q.trackingCode, token: q.notifyToken }, items);
      await tx.delivery.create({
        data: {
          channel: "email",
          key: mailKey,
          recipient: q.notifyEmail,
          subject: m.subject,
          text: m.text,
          html: m.html,
          payload: JSON.stringify({ unsubscribe: m.unsubscribe }),
        },
      });
      n++;
    }
    if (q.notifyPhone && q.phone) {
      const last = take[take.length - 1];
      const label = TYPE_LABELS[last.type as NotificationType]?.vi ?? last.type;
      const link = `${siteUrl()}/theo-doi/${q.trackingCode}`;
      n += await queueWebhooks(tx, {
        key: `sms:${key}:${ids[0]}`,
        type: last.type,
        payload: {
          event: last.type,
          occurredAt: last.createdAt.toISOString(),
          question: {
            trackingCode: q.trackingCode,
            episodeTitle: q.episode.topic,
            status: q.status,
            statusLabel: label,
          },
          recipient: { phone: q.phone },
          // Without diacritics: an SMS in GSM-7 holds 160 characters a segment, in Unicode 70.
          message: stripMarks(`${getProfile().program.name}: câu hỏi ${q.trackingCode} - ${label}. Xem: ${link}`).slice(
            0,
            300,
          ),
          link,
        },
      });
    }
    return n;
  });
}

async function sendEmail(d: { recipient: string; subject: string; text: string; html: string; payload: string }) {
  const config = getConfig();
  if (!config.smtpUrl) throw new Error("SMTP_URL is not configured");
  const unsubscribe = (JSON.parse(d.payload || "{}") as { unsubscribe?: string }).unsubscribe;
  const transport = nodemailer.createTransport(config.smtpUrl, { connectionTimeout: 10_000, socketTimeout: 20_000 });
  await transport.sendMail({
    from: mailSender(config.mailFrom, getProfile().program.siteName),
    to: d.recipient,
    subject: d.subject,
    text: d.text,
    html: d.html,
    ...(unsubscribe && {
      list: { unsubscribe: { url: unsubscribe, comment: "Ngừng nhận thư" } },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    }),
  });
}

/** Delivers what is due (at most `limit`), each claimed first. Returns how many were sent. */
export async function deliverDue(now = new Date(), limit = 50): Promise<number> {
  const due = await db().delivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
  });
  // E-mails wait while SMTP is not configured (they are kept, not failed).
  const smtp = !!getConfig().smtpUrl;
  let sent = 0;
  for (const d of due) {
    if (d.channel === "email" && !smtp) continue;
    const claimed = await db().delivery.updateMany({
      where: { id: d.id, status: "pending", OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
      data: { claimedBy: NODE, claimedUntil: new Date(now.getTime() + CLAIM_MS) },
    });
    if (claimed.count !== 1) continue;
    try {
      if (d.channel === "email") await sendEmail(d);
      else await sendWebhook(d);
      await db().delivery.update({
        where: { id: d.id },
        data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, claimedUntil: null, lastError: "" },
      });
      sent++;
    } catch (e) {
      const attempts = d.attempts + 1;
      const wait = BACKOFF_MS[attempts - 1];
      await db().delivery.update({
        where: { id: d.id },
        data: {
          attempts,
          lastError: (e as Error).message.slice(0, 500),
          claimedUntil: null,
          ...(wait === undefined ? { status: "failed" } : { nextAttemptAt: new Date(Date.now() + wait) }),
        },
      });
    }
  }
  return sent;
}

/** One pass: compose, then deliver. Runs on every node; never throws. */
export async function runOutbox(log: (m: string) => void = () => {}, now = new Date()) {
  try {
    await compose(now, log);
    await deliverDue(now);
  } catch (e) {
    log(`Notifications outbox: ${(e as Error).message}`);
  }
}
