/** What an import plan is made of: row errors, warnings, counts and the writes it would make. */
import { translate } from "../../platform/i18n/dictionary.ts";
import type { SheetName } from "./import-rows.ts";

type Vars = Record<string, string | number>;

/** A row error: the sheet, the row number as Excel shows it, the column's header, a dictionary key. */
export type ImportIssue = { sheet: SheetName; row: number; column: string; code: string; message: string; vars?: Vars };
/** Something the admin should know that does not block the import (e.g. a busy organization retired). */
export type ImportWarning = { code: string; message: string; vars: Vars };
export type TableCounts = { new: number; updated: number; unchanged: number; retired: number };

export const issue = (sheet: SheetName, row: number, column: string, code: string, vars?: Vars): ImportIssue => ({
  sheet,
  row,
  column,
  code,
  message: translate("vi", code, vars),
  ...(vars ? { vars } : {}),
});
export const warning = (code: string, vars: Vars): ImportWarning => ({
  code,
  message: translate("vi", code, vars),
  vars,
});

export type OrgData = {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  email: string | null;
  phone: string | null;
  keywords: string;
};
export type OrgOp = {
  change: "new" | "updated" | "unchanged";
  existingId: string | null;
  data: OrgData;
  parentCode: string | null;
};
export type PlaceData = { kind: string; name: string; formerNames: string };
export type PlaceOp = {
  change: "new" | "updated" | "unchanged";
  existingId: string | null;
  data: PlaceData;
  ubndCode: string;
};

/** The directory as it is, as far as a plan needs it. `busy` counts by organization id. */
export type ExistingOrg = OrgData & { id: string; parentId: string | null; active: boolean };
export type ExistingPlace = PlaceData & { id: string; organizationId: string; active: boolean };
export type Busy = { users: number; tasks: number; questions: number; places: number };
export type Snapshot = { orgs: ExistingOrg[]; places: ExistingPlace[]; busy: Record<string, Busy> };

export type ImportPlan = {
  tables: { organizations: boolean; places: boolean };
  counts: { organizations: TableCounts; places: TableCounts };
  errors: ImportIssue[];
  warnings: ImportWarning[];
  orgOps: OrgOp[];
  /** Ids of active organizations (places) the file no longer lists. */
  orgRetire: string[];
  placeOps: PlaceOp[];
  placeRetire: string[];
};

/** What a preview shows: the plan without its writes. */
export type PlanSummary = Pick<ImportPlan, "tables" | "counts" | "errors" | "warnings">;
export const planSummary = ({ tables, counts, errors, warnings }: ImportPlan): PlanSummary => ({
  tables,
  counts,
  errors,
  warnings,
});

export function countOps(ops: { change: string }[], retired: number): TableCounts {
  const n = (c: string) => ops.filter((o) => o.change === c).length;
  return { new: n("new"), updated: n("updated"), unchanged: n("unchanged"), retired };
}
