/**
 * Roles and permissions: one table, checked on the server by the guards in
 * auth.server.ts and used by the UI only to hide what a user cannot do.
 * Staff of one organization (committee, agency) are scoped to it.
 */
export const ROLES = ["admin", "standing", "committee", "operator", "agency"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "staff:access", // the staff area at all
  "episode:view", // staff view of episodes, checklists, survey reports
  "episode:edit", // create/edit episodes, platforms, people, survey report
  "episode:status", // move an episode along planned → live → ended → concluded → closed
  "checklist:edit", // add/edit/remove preparation steps
  "checklist:check", // tick a preparation step done
  "series:edit",
  "organization:edit",
  "user:manage",
  "audit:view",
  "question:view", // the live queue of an episode
  "personal:view", // callers' names, phones, areas (Decree 13/2023): operators and the episode's lead Ban
  "question:triage", // approve, route, merge, reject, edit, tag, prioritise, claim
  "question:hotline", // log phone calls
  "studio:view", // the studio screen: order the queue, put on air, mark answered
  "integration:manage", // tokens for other channels, the messaging gateways (webhooks), the delivery log
  "followup:answer", // an agency answers and reports progress on its own items
  "followup:review", // review answers, confirm completion, reopen, close, extend, remind
  "notice:draft", // draft and submit the conclusion notice
  "notice:issue", // issue (and amend) the conclusion notice
  "report:view", // dashboards and exports (with personal data)
  "profile:edit", // the deployment profile: the council, its documents' header, numbers and signers
  "thesaurus:edit", // the duplicate ranking's thesaurus (/quan-tri/tu-dien)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** "all": every record; "org": records of the user's own organization only. */
type Grant = "all" | "org";

const TABLE: Record<Role, Partial<Record<Permission, Grant>>> = {
  admin: Object.fromEntries(PERMISSIONS.map((p) => [p, "all"])) as Record<Permission, Grant>,
  standing: {
    "staff:access": "all",
    "episode:view": "all",
    "episode:edit": "all",
    "episode:status": "all",
    "checklist:edit": "all",
    "checklist:check": "all",
    "series:edit": "all",
    "audit:view": "all",
    "question:view": "all",
    "question:triage": "all",
    "studio:view": "all",
    "followup:review": "all",
    "notice:draft": "all",
    "notice:issue": "all",
    "report:view": "all",
  },
  committee: {
    "staff:access": "all",
    "episode:view": "all",
    "episode:edit": "org",
    "episode:status": "org",
    "checklist:edit": "org",
    "checklist:check": "org",
    "question:view": "all",
    "personal:view": "org",
    "question:triage": "org",
    "studio:view": "org",
    "followup:review": "org",
    "notice:draft": "org",
    "report:view": "all",
  },
  operator: {
    "staff:access": "all",
    "episode:view": "all",
    "episode:status": "all",
    "question:view": "all",
    "personal:view": "all",
    "question:triage": "all",
    "question:hotline": "all",
    "studio:view": "all",
  },
  agency: {
    "staff:access": "all",
    "episode:view": "all",
    "checklist:check": "org",
    "followup:answer": "org",
  },
};

export type Actor = { id: string; role: Role; organizationId: string | null };

/**
 * May `user` do `permission`? With `scopeOrgIds` (the organizations that own
 * the record), an "org" grant needs the user's organization among them.
 * Without a scope, an "org" grant answers whether the user may do it to
 * some records (used to show menus).
 */
export function can(
  user: Actor | null | undefined,
  permission: Permission,
  scopeOrgIds?: (string | null | undefined)[],
): boolean {
  if (!user) return false;
  const grant = TABLE[user.role]?.[permission];
  if (!grant) return false;
  if (grant === "all" || scopeOrgIds === undefined) return true;
  return user.organizationId != null && scopeOrgIds.includes(user.organizationId);
}

export function grantOf(role: Role, permission: Permission): Grant | undefined {
  return TABLE[role]?.[permission];
}

/** Roles that belong to one organization. */
export function roleNeedsOrganization(role: Role): boolean {
  return role === "committee" || role === "agency";
}
