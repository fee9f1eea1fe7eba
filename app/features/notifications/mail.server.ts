/**
 * One e-mail for one recipient, from one or more notifications: Vietnamese,
 * plain text and HTML, each item with its link, the time in the profile's
 * zone, and a one-click unsubscribe (List-Unsubscribe, RFC 8058).
 */
import { createHmac } from "node:crypto";
import { getConfig, siteUrl } from "../../platform/config.server.ts";
import { vnDateTimeString } from "../../platform/time.ts";
import { getProfile } from "../profile/index.server.ts";
import { askerUnsubscribeUrl } from "../questions/index.server.ts";
import { TYPE_LABELS, type NotificationType } from "./types.ts";

export type MailItem = { type: string; title: string; body: string; link: string; createdAt: Date };
export type Recipient =
  | { kind: "staff"; userId: string; name: string; digest: boolean }
  | { kind: "asker"; trackingCode: string; token: string | null };
export type Mail = { subject: string; text: string; html: string; unsubscribe: string };
export const MAX_LISTED = 50;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A staff user's one-click unsubscribe token: the user's id signed with the session secret. */
export function staffUnsubscribeToken(userId: string): string {
  const sig = createHmac("sha256", getConfig().sessionSecret ?? "")
    .update(`unsubscribe:${userId}`)
    .digest("base64url");
  return `${userId}.${sig.slice(0, 32)}`;
}

/** The user a staff unsubscribe token names, or null when it is not one this site signed. */
export function userOfUnsubscribeToken(token: string): string | null {
  const userId = token.split(".")[0] ?? "";
  return userId && staffUnsubscribeToken(userId) === token ? userId : null;
}

function subjectOf(r: Recipient, items: MailItem[], program: string): string {
  if (r.kind === "asker") {
    const last = items[items.length - 1];
    return `${program}: ${TYPE_LABELS[last.type as NotificationType]?.vi ?? "Cập nhật"} — câu hỏi ${r.trackingCode}`;
  }
  if (items.length === 1) return `${program}: ${items[0].title}`;
  return `${program}: ${items.length} việc mới cần xử lý${r.digest ? " (tổng hợp trong ngày)" : ""}`;
}

export function renderMail(r: Recipient, items: MailItem[]): Mail {
  const profile = getProfile();
  const site = siteUrl();
  const program = profile.program.name;
  const abs = (link: string) => (/^https?:\/\//.test(link) ? link : `${site}${link}`);
  const unsubscribe =
    r.kind === "asker"
      ? askerUnsubscribeUrl(site, r.token ?? "")
      : `${site}/huy-nhan-tin/nguoi-dung/${staffUnsubscribeToken(r.userId)}`;
  const allLink = r.kind === "asker" ? `/theo-doi/${r.trackingCode}` : "/quan-tri/thong-bao?state=unread";
  const greeting = r.kind === "asker" ? "Kính gửi Quý vị," : `Kính gửi ${r.name},`;
  const lead =
    r.kind === "asker"
      ? `Câu hỏi mã ${r.trackingCode} của Quý vị gửi chương trình “${program}” có cập nhật mới:`
      : items.length === 1
        ? "Có một việc mới cần Quý vị xử lý:"
        : `Có ${items.length} việc mới cần Quý vị xử lý:`;
  // A message lists at most MAX_LISTED items; the rest are counted, with the page that shows them all.
  const more = items.length - MAX_LISTED;
  const lines = items.slice(0, MAX_LISTED).map((i) => {
    const label = TYPE_LABELS[i.type as NotificationType]?.vi ?? i.type;
    return { label, when: vnDateTimeString(i.createdAt), title: i.title, body: i.body, link: abs(i.link) };
  });
  const footer =
    r.kind === "asker"
      ? "Quý vị nhận thư này vì đã đề nghị được thông báo khi gửi câu hỏi."
      : `Thay đổi cách nhận thông báo: ${site}/tai-khoan/thong-bao`;
  const signature = `${profile.council.standingCommittee}\n${program} · ${profile.program.siteName}`;
  const text = [
    greeting,
    "",
    lead,
    "",
    ...lines.flatMap((l) => [
      `• [${l.label}] ${l.title}`,
      ...(l.body ? l.body.split("\n").map((b) => `  ${b}`) : []),
      `  Lúc ${l.when} — ${l.link}`,
      "",
    ]),
    ...(more > 0 ? [`… và ${more} việc khác: ${site}${allLink}`, ""] : []),
    "--",
    signature,
    footer,
    `Ngừng nhận thư: ${unsubscribe}`,
  ].join("\n");
  const html = `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;font-size:15px;color:#111">
<p>${esc(greeting)}</p><p>${esc(lead)}</p><ul>${lines
    .map(
      (l) =>
        `<li style="margin-bottom:12px"><strong>${esc(l.label)}</strong>: <a href="${esc(l.link)}">${esc(l.title)}</a>${
          l.body ? `<br>${esc(l.body).replace(/\n/g, "<br>")}` : ""
        }<br><small>Lúc ${esc(l.when)}</small></li>`,
    )
    .join("")}</ul>${more > 0 ? `<p>… và ${more} việc khác: <a href="${esc(site + allLink)}">xem tất cả</a></p>` : ""}
<p style="color:#555;font-size:13px">${esc(signature).replace(/\n/g, "<br>")}<br>${esc(footer)}<br><a href="${esc(unsubscribe)}">Ngừng nhận thư</a></p>
</body></html>`;
  return { subject: subjectOf(r, items, program), text, html, unsubscribe };
}
