/**
 * Reminders (đôn đốc): on a schedule (N days before the deadline, on the
 * day, then weekly while overdue) and by hand with a message. Each lands in
 * the agency's in-app inbox, and goes by e-mail when SMTP is configured.
 *
 * A scheduled reminder has a deterministic key (item, kind, deadline day,
 * week); the key is unique in the database, so the same reminder is never
 * sent twice, across restarts and across several server processes.
 */
import { randomBytes } from "node:crypto";
import nodemailer from "nodemailer";
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { getConfig } from "../../platform/config.server.ts";
import { db } from "../../platform/db.server.ts";
import { can } from "../../platform/permissions.ts";
import { currentTimeZone, vnDateString, vnDayKey } from "../../platform/time.ts";
import { tidy } from "../../platform/validation.ts";
import { mailSender } from "../notifications/index.server.ts";
import { getProfile, reminderDaysBefore } from "../profile/index.server.ts";
import { FollowUpError } from "./common.server.ts";
import { followUpItems, type FollowUpItem } from "./items.server.ts";
import { endOfDueDay } from "./status.ts";

const DAY = 86400_000;

export type ReminderPlan = { key: string; kind: "before" | "due" | "overdue"; item: FollowUpItem; message: string };

/** Which scheduled reminders are due at `now` (pure given the items). */
export function planReminders(
  items: FollowUpItem[],
  now: Date,
  daysBefore: number,
  tz = currentTimeZone(),
): ReminderPlan[] {
  const out: ReminderPlan[] = [];
  for (const item of items) {
    if (!item.dueAt || !item.agency || ["done_on_time", "done_late", "closed_unresolvable"].includes(item.status))
      continue;
    const due = new Date(item.dueAt);
    // A deadline is a day in the deployment's time zone (the profile's).
    const dueDay = vnDayKey(due, tz);
    const today = vnDayKey(now, tz);
    const base = `${item.kind}:${item.id}:${dueDay}`;
    const what = item.kind === "task" ? "Nhiệm vụ" : "Ý kiến cử tri";
    if (today > dueDay) {
      const week = Math.floor((now.getTime() - endOfDueDay(due, tz).getTime()) / (7 * DAY));
      out.push({
        key: `${base}:overdue:${week}`,
        kind: "overdue",
        item,
        message: `${what} “${item.title}” đã quá hạn (hạn ${vnDateString(due, tz)}). Đề nghị khẩn trương thực hiện và báo cáo kết quả.`,
      });
    } else if (today === dueDay) {
      out.push({
        key: `${base}:due`,
        kind: "due",
        item,
        message: `${what} “${item.title}” đến hạn hôm nay. Đề nghị báo cáo kết quả thực hiện.`,
      });
    } else if (due.getTime() - now.getTime() <= daysBefore * DAY) {
      out.push({
        key: `${base}:before${daysBefore}`,
        kind: "before",
        item,
        message: `${what} “${item.title}” sẽ đến hạn ngày ${vnDateString(due, tz)}.`,
      });
    }
  }
  return out;
}

function isUnique(e: unknown) {
  return !!e && typeof e === "object" && (e as { code?: string }).code === "P2002";
}

async function deliver(args: {
  key: string;
  agencyId: string;
  kind: string;
  message: string;
  actorLabel: string;
  taskId?: string;
  questionId?: string;
  link: string;
}): Promise<boolean> {
  let reminderId: string;
  try {
    reminderId = await db().$transaction(async (tx) => {
      const r = await tx.reminder.create({
        data: {
          key: args.key,
          agencyId: args.agencyId,
          kind: args.kind,
          message: args.message,
          actorLabel: args.actorLabel,
          taskId: args.taskId,
          questionId: args.questionId,
        },
      });
      // The agency's users are told through the notifications (the audit hands it off).
      await audit(tx, {
        actor: { id: null, label: args.actorLabel },
        action: "create",
        entity: "Reminder",
        entityId: r.id,
        after: {
          agencyId: args.agencyId,
          kind: args.kind,
          message: args.message,
          link: args.link,
          taskId: args.taskId,
          questionId: args.questionId,
        },
      });
      await tx.inboxMessage.create({
        data: {
          organizationId: args.agencyId,
          subject: args.kind === "manual" ? "Đôn đốc thực hiện" : "Nhắc hạn thực hiện",
          body: args.message,
          link: args.link,
          reminderId: r.id,
        },
      });
      return r.id;
    });
  } catch (e) {
    if (isUnique(e)) return false; // another run (or process) already sent it
    throw e;
  }
  await sendMail(reminderId, args.agencyId, args.message);
  return true;
}

async function sendMail(reminderId: string, agencyId: string, message: string) {
  const config = getConfig();
  if (!config.smtpUrl) return;
  const org = await db().organization.findUnique({ where: { id: agencyId } });
  if (!org?.email) return;
  const profile = getProfile();
  try {
    const transport = nodemailer.createTransport(config.smtpUrl);
    await transport.sendMail({
      from: mailSender(config.mailFrom, profile.program.siteName),
      to: org.email,
      subject: `${profile.program.name}: đôn đốc thực hiện`,
      text: `${message}\n\n--\n${profile.council.standingCommittee}\n${profile.program.name} · ${profile.program.siteName}`,
    });
    await db().reminder.update({ where: { id: reminderId }, data: { emailedAt: new Date() } });
  } catch (e) {
    await db().reminder.update({ where: { id: reminderId }, data: { emailError: (e as Error).message.slice(0, 500) } });
  }
}

/** Runs the schedule once; safe to run concurrently and repeatedly. Returns how many were sent by this run. */
export async function runReminders(now = new Date()): Promise<number> {
  const items = await followUpItems({ now });
  let sent = 0;
  for (const p of planReminders(items, now, reminderDaysBefore(), getProfile().timeZone)) {
    const ok = await deliver({
      key: p.key,
      agencyId: p.item.agency!.id,
      kind: p.kind,
      message: p.message,
      actorLabel: "system",
      ...(p.item.kind === "task" ? { taskId: p.item.id } : { questionId: p.item.id }),
      link: "/quan-tri/hop-thu",
    });
    if (ok) sent++;
  }
  return sent;
}

/** A manual "đôn đốc" by the committee, with its message. */
export async function remindNow(u: SessionUser, target: { taskId?: string; questionId?: string }, typed: string) {
  const message = tidy(typed);
  if (!message) throw new FollowUpError("invalid", 422, "message");
  const t = target.taskId
    ? await db().task.findUnique({ where: { id: target.taskId }, include: { notice: { include: { episode: true } } } })
    : null;
  const q = target.questionId
    ? await db().question.findUnique({ where: { id: target.questionId }, include: { episode: true } })
    : null;
  const lead = t?.notice.episode.leadCommitteeId ?? q?.episode.leadCommitteeId;
  const agencyId = t?.leadAgencyId ?? q?.agencyId;
  if (!lead || !agencyId) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:review", [lead])) throw new FollowUpError("forbidden", 403);
  await deliver({
    key: `manual:${randomBytes(8).toString("hex")}`,
    agencyId,
    kind: "manual",
    message,
    actorLabel: u.username,
    taskId: t?.id,
    questionId: q?.id,
    link: "/quan-tri/hop-thu",
  });
}

/** Starts the periodic run (every REMINDER_INTERVAL_MINUTES, and once at start). */
export function startReminderScheduler(log: (msg: string) => void): () => void {
  const every = getConfig().reminderIntervalMinutes * 60_000;
  // 0: this process runs no schedule (another node or an outside job does).
  if (!every) return () => {};
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const n = await runReminders();
      if (n) log(`Reminders sent: ${n}`);
    } catch (e) {
      log(`Reminder run failed: ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, every);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
