/**
 * The action of an admin edit page at `<base>/:id` (or `<base>/moi` to create): check the permission,
 * read the form with its schema, 404 for an id that is not there, save through the feature's use case,
 * and refuse a field the use case reports taken (a duplicate code, a cycle) with the form's values.
 * Created records redirect to their own page; saved ones return `{ ok: true }`.
 */
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod/v4";
import { actorOf, requirePermission } from "./auth.server.ts";
import { FieldConflict } from "./errors.ts";
import { formAction, notFound, parseForm, refuseField } from "./http.server.ts";
import type { Permission } from "./permissions.ts";

export function editAction<S extends z.ZodType>(o: {
  permission: Permission;
  schema: S;
  base: string;
  exists: (id: string) => Promise<unknown>;
  save: (actor: ReturnType<typeof actorOf>, id: string | null, input: z.output<S>) => Promise<{ id: string }>;
}) {
  return formAction(async ({ request, params }: ActionFunctionArgs) => {
    const user = await requirePermission(request, o.permission);
    const form = await request.formData();
    const input = parseForm(o.schema, form, "save");
    const id = params.id === "moi" ? null : params.id!;
    if (id && !(await o.exists(id))) throw notFound();
    try {
      const saved = await o.save(actorOf(user), id, input);
      return id ? { ok: true as const } : redirect(`${o.base}/${saved.id}`);
    } catch (e) {
      if (e instanceof FieldConflict) return refuseField(form, e.field, e.code, "save");
      throw e;
    }
  });
}
