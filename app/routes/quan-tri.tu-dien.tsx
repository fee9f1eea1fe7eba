/** The duplicate ranking's thesaurus (issue 21): groups of words with one meaning, and learned candidates. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { thesaurusUseCases } from "../features/questions/index.server.ts";
import { THESAURUS_KINDS, thesaurusEntrySchema } from "../features/questions/schemas.ts";
import { actorOf, requirePermission } from "../platform/auth.server.ts";
import { formAction, formIntent, invalid, parseForm } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { FormMessage, SelectField, TextArea, TextField } from "../platform/ui/form.tsx";
import { RowAction } from "../platform/ui/row-action.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "thesaurus:edit");
  const editing = new URL(request.url).searchParams.get("sua");
  const list = await thesaurusUseCases.listThesaurus();
  return { ...list, editing: list.entries.find((e) => e.id === editing) ?? null };
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "thesaurus:edit");
  const actor = actorOf(user);
  const form = await request.formData();
  const fields = Object.fromEntries(form);
  const intent = formIntent(form);
  // Checked here too, so a refused form comes back with what was typed.
  if (intent === "create" || intent === "update") parseForm(thesaurusEntrySchema, form, intent);
  if (intent === "create") await thesaurusUseCases.createEntry(actor, fields);
  else if (intent === "update") {
    await thesaurusUseCases.updateEntry(actor, fields);
    return redirect("/quan-tri/tu-dien");
  } else if (intent === "delete") await thesaurusUseCases.deleteEntry(actor, String(form.get("id") ?? ""));
  else if (intent === "accept" || intent === "reject")
    await thesaurusUseCases.decideCandidate(actor, fields, intent === "accept");
  else return invalid({ intent: ["err.choice"] }, undefined, undefined, 400);
  return { ok: true, intent };
}
export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function Thesaurus() {
  const { entries, candidates, facets, editing } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { ok?: boolean; intent?: string; errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;
  const t = useT();
  const busy = useNavigation().state !== "idle";
  const errors = data?.ok ? undefined : data?.errors;
  const values = data?.ok ? undefined : data?.values;
  const kinds = THESAURUS_KINDS.map((k) => ({ value: k, label: t(`thesaurus.kind.${k}`) }));
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("thesaurus.title")}</h1>
      <p className="mb-3 max-w-prose text-sm text-slate-600">{t("thesaurus.help")}</p>
      {data?.ok ? (
        <p role="status" className="mb-3 text-sm text-green-800">
          {t("thesaurus.saved")}
        </p>
      ) : null}
      <Form
        method="post"
        key={`${editing?.id ?? "new"}-${entries.length}`}
        className="card mb-6 grid max-w-3xl gap-x-3 sm:grid-cols-2"
        aria-label={editing ? t("thesaurus.edit") : t("thesaurus.add")}
      >
        <FormMessage errors={errors} />
        {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
        <SelectField
          name="kind"
          label={t("thesaurus.kind")}
          options={kinds}
          defaultValue={values?.kind ?? editing?.kind ?? "synonym"}
          errors={errors}
        />
        <TextField
          name="facet"
          label={t("thesaurus.facet")}
          list="thesaurus-facets"
          defaultValue={values?.facet ?? editing?.facet ?? ""}
          errors={errors}
        />
        <datalist id="thesaurus-facets">
          {facets.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <div className="sm:col-span-2">
          <TextArea
            name="terms"
            label={t("thesaurus.terms")}
            defaultValue={values?.terms ?? editing?.terms.join("\n") ?? ""}
            errors={errors}
          />
        </div>
        <div className="flex gap-2">
          <button type="submit" name="intent" value={editing ? "update" : "create"} className="btn" disabled={busy}>
            {editing ? t("common.save") : t("thesaurus.add")}
          </button>
          {editing ? (
            <Link to="/quan-tri/tu-dien" className="btn-secondary">
              {t("common.cancel")}
            </Link>
          ) : null}
        </div>
      </Form>

      <h2 className="mb-1 text-lg font-semibold">{t("thesaurus.candidates")}</h2>
      <p className="mb-2 max-w-prose text-sm text-slate-600">{t("thesaurus.candidatesHelp")}</p>
      {candidates.length ? (
        <table className="table mb-6" data-testid="thesaurus-candidates">
          <thead>
            <tr>
              <th>{t("thesaurus.terms")}</th>
              <th>{t("thesaurus.merges")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={`${c.a}|${c.b}`}>
                <td>
                  {c.a} = {c.b}
                </td>
                <td>{c.merges}</td>
                <td className="flex gap-2">
                  {(["accept", "reject"] as const).map((intent) => (
                    <Form method="post" key={intent}>
                      <input type="hidden" name="a" value={c.a} />
                      <input type="hidden" name="b" value={c.b} />
                      <button
                        type="submit"
                        name="intent"
                        value={intent}
                        className={intent === "accept" ? "btn" : "btn-secondary"}
                        aria-label={`${t(`thesaurus.${intent}`)}: ${c.a} = ${c.b}`}
                      >
                        {t(`thesaurus.${intent}`)}
                      </button>
                    </Form>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mb-6 text-sm text-slate-600">{t("thesaurus.noCandidates")}</p>
      )}

      <h2 className="mb-2 text-lg font-semibold">
        {t("thesaurus.entries")} ({entries.length})
      </h2>
      <table className="table" data-testid="thesaurus-entries">
        <thead>
          <tr>
            <th>{t("thesaurus.terms")}</th>
            <th>{t("thesaurus.kind")}</th>
            <th>{t("thesaurus.facet")}</th>
            <th>{t("thesaurus.source")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <strong>{e.terms[0]}</strong>
                {e.terms.length > 1 ? ` = ${e.terms.slice(1).join(", ")}` : ""}
              </td>
              <td>{t(`thesaurus.kind.${e.kind}`)}</td>
              <td>{e.facet || "—"}</td>
              <td>{t(`thesaurus.source.${e.source}`)}</td>
              <td className="flex gap-2">
                <Link
                  to={`/quan-tri/tu-dien?sua=${e.id}`}
                  className="btn-secondary"
                  aria-label={`${t("thesaurus.edit")}: ${e.terms[0]}`}
                >
                  {t("thesaurus.edit")}
                </Link>
                <RowAction intent="delete" id={e.id} label={`${t("thesaurus.delete")}: ${e.terms[0]}`}>
                  {t("thesaurus.delete")}
                </RowAction>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
