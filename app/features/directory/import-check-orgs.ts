/**
 * The organizations' table checked against the directory as it is: each row's errors, then what each
 * row would change (new, updated, unchanged) and which organizations the file no longer lists.
 */
import { vi } from "../../platform/i18n/dictionary.ts";
import { optionalEmail, optionalPhone, tidy } from "../../platform/validation.ts";
import { issue, type ExistingOrg, type ImportIssue, type OrgData, type OrgOp } from "./import-plan-types.ts";
import { ORG_SHEET, orgKindOf, splitList, type OrgRow } from "./import-rows.ts";
import { ORG_KINDS } from "./schemas.ts";

const CODE = /^[A-Z0-9][A-Z0-9_-]*$/;
const COL = {
  code: "Mã",
  name: "Tên đầy đủ",
  shortName: "Tên viết tắt",
  kind: "Loại",
  parent: "Mã cơ quan cấp trên",
  keywords: "Từ khóa thẩm quyền",
  email: "Thư điện tử",
  phone: "Điện thoại",
};

/** Each kind's labels in both languages, from the dictionary. */
const KIND_LABELS: Record<string, string[]> = Object.fromEntries(
  ORG_KINDS.map((k) => [k, [vi[`orgKind.${k}` as keyof typeof vi]]]),
);

export type OrgCheck = { ops: OrgOp[]; retire: ExistingOrg[]; errors: ImportIssue[]; rowOf: Map<string, number> };

export function checkOrganizations(rows: OrgRow[], existing: ExistingOrg[], enLabels: Record<string, string> = {}) {
  const errors: ImportIssue[] = [];
  const err = (row: number, column: string, code: string, vars?: Record<string, string | number>) =>
    errors.push(issue(ORG_SHEET, row, column, code, vars));
  const labels = Object.fromEntries(ORG_KINDS.map((k) => [k, [...KIND_LABELS[k], enLabels[k] ?? ""]]));
  const byCode = new Map(existing.map((o) => [o.code, o]));
  const codeOfId = new Map(existing.map((o) => [o.id, o.code]));
  const rowOf = new Map<string, number>();
  const parsed: { row: OrgRow; data: OrgData; parentCode: string | null }[] = [];

  for (const r of rows) {
    const code = tidy(r.code).toUpperCase();
    const name = tidy(r.name);
    const shortName = tidy(r.shortName) || (name.length <= 120 ? name : "");
    let ok = true;
    const bad = (column: string, code: string, vars?: Record<string, string | number>) => {
      err(r.row, column, code, vars);
      ok = false;
    };
    if (!code) bad(COL.code, "err.required");
    else if (code.length > 40) bad(COL.code, "err.tooLong");
    else if (!CODE.test(code)) bad(COL.code, "err.code");
    else if (rowOf.has(code)) bad(COL.code, "import.err.duplicateCode", { row: rowOf.get(code)! });
    if (!name) bad(COL.name, "err.required");
    else if (name.length > 300) bad(COL.name, "err.tooLong");
    // An empty short name takes the name's place when it fits; only a long name needs one.
    if (!shortName && name && name.length <= 300) bad(COL.shortName, "err.required");
    else if (shortName.length > 120) bad(COL.shortName, "err.tooLong");
    const kind = tidy(r.kind) ? orgKindOf(r.kind, labels) : null;
    if (!tidy(r.kind)) bad(COL.kind, "err.required");
    else if (!kind) bad(COL.kind, "import.err.kind", { value: tidy(r.kind) });
    const keywords = splitList(tidy(r.keywords));
    if (keywords.some((k) => k.length > 120)) bad(COL.keywords, "err.tooLong");
    else if (keywords.length > 300) bad(COL.keywords, "err.tooMany");
    const email = optionalEmail.safeParse(r.email);
    if (!email.success) bad(COL.email, "err.email");
    // A spreadsheet that took a phone number for a number dropped its leading 0 ("2923123456").
    const digits = r.phone.trim();
    const phone = optionalPhone.safeParse(
      /^[1-9]\d{8,9}$/.test(digits) && !/^(1800|1900)/.test(digits) ? `0${digits}` : digits,
    );
    if (!phone.success) bad(COL.phone, "err.phone");
    if (code && !rowOf.has(code)) rowOf.set(code, r.row);
    const parentCode = tidy(r.parent).toUpperCase() || null;
    if (!ok) continue;
    parsed.push({
      row: r,
      parentCode,
      data: {
        code,
        name,
        shortName,
        kind: kind!,
        email: email.data || null,
        phone: phone.data || null,
        keywords: keywords.join("\n"),
      },
    });
  }

  // Parents: in the file, or an organization already there; and no loop once the file is applied.
  const parentOf = new Map<string, string | null>();
  for (const o of existing) parentOf.set(o.code, o.parentId ? (codeOfId.get(o.parentId) ?? null) : null);
  for (const p of parsed) parentOf.set(p.data.code, p.parentCode);
  const rowsWithBadParent = new Set<number>();
  for (const p of parsed) {
    if (!p.parentCode) continue;
    if (!rowOf.has(p.parentCode) && !byCode.has(p.parentCode)) {
      err(p.row.row, COL.parent, "import.err.parent", { value: p.parentCode });
      rowsWithBadParent.add(p.row.row);
      continue;
    }
    let cur: string | null = p.parentCode;
    for (let i = 0; cur && i <= parentOf.size; i++) {
      if (cur === p.data.code) {
        err(p.row.row, COL.parent, "err.cycle");
        rowsWithBadParent.add(p.row.row);
        break;
      }
      cur = parentOf.get(cur) ?? null;
    }
  }

  const ops: OrgOp[] = parsed
    .filter((p) => !rowsWithBadParent.has(p.row.row))
    .map((p) => {
      const before = byCode.get(p.data.code);
      if (!before) return { change: "new", existingId: null, data: p.data, parentCode: p.parentCode };
      const same =
        before.active &&
        (before.parentId ? codeOfId.get(before.parentId) : null) === p.parentCode &&
        (Object.keys(p.data) as (keyof OrgData)[]).every((k) => before[k] === p.data[k]);
      return { change: same ? "unchanged" : "updated", existingId: before.id, data: p.data, parentCode: p.parentCode };
    });
  const retire = existing.filter((o) => o.active && !rowOf.has(o.code));
  return { ops, retire, errors, rowOf } satisfies OrgCheck;
}
