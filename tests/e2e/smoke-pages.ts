/**
 * Every page of the site (not the file downloads), with the permission that opens it, and the real ids of the
 * demo's records read from the e2e server's database, so the smoke test follows the routes in app/routes/.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { grantOf, type Permission, type Role } from "../../app/platform/permissions.ts";
import { E2E_DATA_DIR } from "../playwright.config.ts";

export type SmokePage = { path: string; permission?: Permission };

export type DemoIds = {
  live: string;
  planned: string;
  concluded: string;
  plan: string;
  org: string;
  user: string;
  agencyQuestion: string;
  trackingCode: string;
  askerToken: string;
  staffToken: string;
};

/** Reads the ids of the demo's records (read-only: the server owns the database). */
export function demoIds(): DemoIds {
  const db = new Database(path.join(E2E_DATA_DIR, "langnghe.db"), { readonly: true, fileMustExist: true });
  try {
    const one = <T>(sql: string, ...args: unknown[]) => {
      const row = db.prepare(sql).get(...args) as T | undefined;
      if (!row) throw new Error(`demo record missing: ${sql}`);
      return row;
    };
    const lead = "(SELECT id FROM Organization WHERE code = 'BVHXH')";
    const agency = one<{ id: string; organizationId: string }>(
      "SELECT id, organizationId FROM User WHERE username = 'so.ldtbxh'",
    );
    const admin = one<{ id: string }>("SELECT id FROM User WHERE username = 'admin'");
    const secret = readFileSync(path.join(E2E_DATA_DIR, "session-secret"), "utf8").trim();
    const sig = createHmac("sha256", secret).update(`unsubscribe:${admin.id}`).digest("base64url");
    const token = db.prepare("SELECT notifyToken FROM Question WHERE notifyToken IS NOT NULL").get() as
      { notifyToken: string } | undefined;
    return {
      live: one<{ id: string }>("SELECT id FROM Episode WHERE status = 'live'").id,
      // A scheduled episode (another spec may have started or ended the demo's; then the latest one).
      planned: one<{ id: string }>(
        "SELECT id FROM Episode WHERE status <> 'live' ORDER BY status = 'planned' DESC, startsAt DESC LIMIT 1",
      ).id,
      // The lead Ban's episode whose notice was issued: its conclusions page and public notice.
      concluded: one<{ id: string }>(
        `SELECT e.id FROM Episode e JOIN Notice n ON n.episodeId = e.id WHERE e.leadCommitteeId = ${lead}`,
      ).id,
      plan: one<{ id: string }>("SELECT id FROM Series ORDER BY issuedAt LIMIT 1").id,
      org: agency.organizationId,
      user: agency.id,
      agencyQuestion: one<{ id: string }>("SELECT id FROM Question WHERE agencyId = ? LIMIT 1", agency.organizationId)
        .id,
      trackingCode: one<{ trackingCode: string }>("SELECT trackingCode FROM Question WHERE agencyId IS NOT NULL")
        .trackingCode,
      // A made-up token still renders the page (it says the link is unknown); a real one when the demo has one.
      askerToken: token?.notifyToken ?? "khong-co-ma-nay-0000",
      staffToken: `${admin.id}.${sig.slice(0, 32)}`,
    };
  } finally {
    db.close();
  }
}

/** The pages, each with the permission its loader requires (none: public). */
export function smokePages(ids: DemoIds, webhook: string): SmokePage[] {
  const ep = (id: string, page: string, permission: Permission) => ({
    path: `/quan-tri/chuong-trinh/${id}${page}`,
    permission,
  });
  return [
    { path: "/" },
    { path: "/lich" },
    { path: "/minh-bach" },
    { path: "/chinh-sach-du-lieu" },
    { path: `/chuong-trinh/${ids.live}` },
    { path: `/chuong-trinh/${ids.planned}` },
    { path: `/chuong-trinh/${ids.concluded}` },
    { path: `/chuong-trinh/${ids.concluded}/thong-bao` },
    { path: "/theo-doi" },
    { path: `/theo-doi/${ids.trackingCode}` },
    { path: `/huy-nhan-tin/${ids.askerToken}` },
    { path: `/huy-nhan-tin/nguoi-dung/${ids.staffToken}` },
    { path: "/quan-tri", permission: "staff:access" },
    { path: "/tai-khoan", permission: "staff:access" },
    { path: "/tai-khoan/thong-bao", permission: "staff:access" },
    { path: "/quan-tri/thong-bao", permission: "staff:access" },
    { path: "/quan-tri/chuong-trinh", permission: "episode:view" },
    { path: "/quan-tri/chuong-trinh/moi", permission: "episode:edit" },
    ep(ids.live, "", "episode:view"),
    ep(ids.live, "/tiep-nhan", "question:view"),
    ep(ids.live, "/truong-quay", "studio:view"),
    ep(ids.live, "/dan-chuong-trinh", "studio:view"),
    ep(ids.concluded, "/ket-luan", "followup:review"),
    { path: "/quan-tri/chuan-bi", permission: "episode:view" },
    { path: "/quan-tri/bao-cao", permission: "report:view" },
    { path: "/quan-tri/hop-thu", permission: "followup:answer" },
    { path: `/quan-tri/hop-thu/${ids.agencyQuestion}`, permission: "followup:answer" },
    { path: "/quan-tri/ke-hoach", permission: "series:edit" },
    { path: "/quan-tri/ke-hoach/moi", permission: "series:edit" },
    { path: `/quan-tri/ke-hoach/${ids.plan}`, permission: "series:edit" },
    { path: "/quan-tri/don-vi", permission: "organization:edit" },
    { path: "/quan-tri/don-vi/moi", permission: "organization:edit" },
    { path: `/quan-tri/don-vi/${ids.org}`, permission: "organization:edit" },
    { path: "/quan-tri/don-vi/nhap", permission: "organization:edit" },
    { path: "/quan-tri/dia-ban", permission: "organization:edit" },
    { path: "/quan-tri/nguoi-dung", permission: "user:manage" },
    { path: "/quan-tri/nguoi-dung/moi", permission: "user:manage" },
    { path: `/quan-tri/nguoi-dung/${ids.user}`, permission: "user:manage" },
    { path: "/quan-tri/nhat-ky", permission: "audit:view" },
    { path: "/quan-tri/kenh", permission: "integration:manage" },
    { path: "/quan-tri/webhook", permission: "integration:manage" },
    { path: `/quan-tri/webhook/${webhook}`, permission: "integration:manage" },
    { path: "/quan-tri/gui-tin", permission: "integration:manage" },
    { path: "/quan-tri/ho-so", permission: "profile:edit" },
    { path: "/quan-tri/tu-dien", permission: "thesaurus:edit" },
  ];
}

/**
 * Whether a role opens a page: public pages for everyone; a staff page with its permission. Pages of one
 * organization's records name the demo's lead Ban's episodes and the agency's own question, which the accounts of
 * the smoke test belong to.
 */
export function opens(role: Role | null, page: SmokePage): boolean {
  if (!page.permission) return true;
  return role !== null && grantOf(role, page.permission) !== undefined;
}
