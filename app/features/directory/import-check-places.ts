/**
 * The places' table checked against the directory as it will be: each row's kind and name (the kind word
 * split off a name that carries it), its UBND (an organization of kind `local`, in the file or already
 * there and not retired by this import), its former names; then what each row would change.
 */
import { tidy } from "../../platform/validation.ts";
import { issue, type ExistingOrg, type ExistingPlace, type ImportIssue, type PlaceOp } from "./import-plan-types.ts";
import { PLACE_SHEET, placeKindOf, splitList, splitPlaceName, type PlaceRow } from "./import-rows.ts";

const COL = { kind: "Loại", name: "Tên", ubnd: "Mã UBND", formerNames: "Tên cũ" };

/** How a place is told apart: its kind and its name in lower case (the name's case may be corrected). */
export const placeKey = (kind: string, name: string) => `${kind}|${name.toLocaleLowerCase("vi")}`;

/**
 * `fileOrgs`: the organizations' table of the same file (code → kind), or null when the file has none:
 * then a UBND must be an active organization already there.
 */
export function checkPlaces(
  rows: PlaceRow[],
  existingPlaces: ExistingPlace[],
  existingOrgs: ExistingOrg[],
  fileOrgs: Map<string, string> | null,
) {
  const errors: ImportIssue[] = [];
  const orgByCode = new Map(existingOrgs.map((o) => [o.code, o]));
  const placeByKey = new Map(existingPlaces.map((p) => [placeKey(p.kind, p.name), p]));
  const seen = new Map<string, number>();
  const ops: PlaceOp[] = [];

  for (const r of rows) {
    const errs: ImportIssue[] = [];
    const bad = (column: string, code: string, vars?: Record<string, string | number>) =>
      errs.push(issue(PLACE_SHEET, r.row, column, code, vars));
    const givenKind = placeKindOf(r.kind);
    if (givenKind === null) bad(COL.kind, "import.err.placeKind", { value: tidy(r.kind) });
    const { kind, name } = splitPlaceName(givenKind ?? "", tidy(r.name));
    if (!name) bad(COL.name, "err.required");
    else if (name.length > 120) bad(COL.name, "err.tooLong");
    const key = placeKey(kind, name);
    if (name && seen.has(key)) bad(COL.name, "import.err.duplicatePlace", { row: seen.get(key)! });
    else if (name) seen.set(key, r.row);

    const ubnd = tidy(r.ubnd).toUpperCase();
    const inFile = fileOrgs?.get(ubnd);
    const there = orgByCode.get(ubnd);
    if (!ubnd) bad(COL.ubnd, "err.required");
    else if (!inFile && !there) bad(COL.ubnd, "import.err.ubnd", { value: ubnd });
    else if (!inFile && (fileOrgs || !there!.active)) bad(COL.ubnd, "import.err.ubndRetired", { value: ubnd });
    else if ((inFile ?? there!.kind) !== "local") bad(COL.ubnd, "import.err.ubndKind", { value: ubnd });

    const former = splitList(tidy(r.formerNames));
    if (former.some((f) => f.length > 200)) bad(COL.formerNames, "err.tooLong");
    else if (former.length > 100) bad(COL.formerNames, "err.tooMany");

    if (errs.length) {
      errors.push(...errs);
      continue;
    }
    const data = { kind, name, formerNames: [...new Set(former)].join("\n") };
    const before = placeByKey.get(key);
    if (!before) {
      ops.push({ change: "new", existingId: null, data, ubndCode: ubnd });
      continue;
    }
    const same =
      before.active &&
      before.name === name &&
      before.formerNames === data.formerNames &&
      orgByCode.get(ubnd)?.id === before.organizationId;
    ops.push({ change: same ? "unchanged" : "updated", existingId: before.id, data, ubndCode: ubnd });
  }
  const retire = existingPlaces.filter((p) => p.active && !seen.has(placeKey(p.kind, p.name)));
  return { ops, retire, errors };
}
