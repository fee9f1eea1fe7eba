/** Places (communes, wards…) as imported, for the admin's read-only list. */
import { db } from "../../platform/db.server.ts";

export function listPlaces() {
  return db().place.findMany({
    orderBy: [{ active: "desc" }, { kind: "asc" }, { name: "asc" }],
    include: { organization: { select: { id: true, code: true, shortName: true, active: true } } },
  });
}
