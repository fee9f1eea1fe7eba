/** The user's choices of notification: the e-mail address, the digest hour, and per type at once, digest or off. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { preferencesOf, savePreferences } from "../features/notifications/index.server.ts";
import { MAIL_MODE_LABELS, MAIL_MODES, NOTIFICATION_TYPES, TYPE_LABELS } from "../features/notifications/index.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formAction } from "../platform/http.server.ts";
import { useLang, useT } from "../platform/i18n/i18n.tsx";
import { FormMessage, TextField } from "../platform/ui/form.tsx";
// The staff area's texts (a viewer's phone never loads them: platform/i18n/dictionary.ts).
import "../platform/i18n/dictionary-staff.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  return { prefs: await preferencesOf(user) };
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  const form = await request.formData();
  const modes = Object.fromEntries(
    NOTIFICATION_TYPES.map((ty) => [ty, String(form.get(`mode.${ty}`) ?? "")]).filter(([, v]) => v),
  );
  await savePreferences(user, {
    email: String(form.get("email") ?? ""),
    digestHour: form.get("digestHour") ?? "",
    modes,
  });
  return { ok: true as const };
}
export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function NotificationPreferences() {
  const { prefs } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as { ok?: boolean; errors?: Record<string, string[]> } | undefined;
  const t = useT();
  const lang = useLang() === "en" ? "en" : "vi";
  const errors = data?.errors;
  return (
    <main id="main" className="mx-auto max-w-2xl px-3 py-6">
      <p className="mb-2 text-sm">
        <Link to="/tai-khoan">← {t("nav.account")}</Link>
      </p>
      <h1 className="mb-3 text-2xl font-bold">{t("notif.prefsTitle")}</h1>
      <p className="mb-3 text-sm text-slate-600">{t("notif.prefsHelp")}</p>
      <Form method="post" className="card" noValidate>
        <FormMessage errors={errors} ok={data?.ok ? t("common.saved") : undefined} />
        <TextField name="email" type="email" label={t("notif.email")} defaultValue={prefs.email} errors={errors} />
        <TextField
          name="digestHour"
          type="number"
          min={0}
          max={23}
          label={t("notif.digestHour")}
          defaultValue={String(prefs.digestHour)}
          errors={errors}
        />
        {prefs.types.length ? null : <p className="mt-2 text-sm text-slate-600">{t("notif.noTypes")}</p>}
        <table className={`mt-2 w-full text-sm ${prefs.types.length ? "" : "hidden"}`}>
          <caption className="mb-1 text-left font-semibold">{t("notif.perType")}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                {t("notif.type")}
              </th>
              {MAIL_MODES.map((m) => (
                <th key={m} scope="col">
                  {MAIL_MODE_LABELS[m][lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {prefs.types.map((ty) => (
              <tr key={ty} className="border-t">
                <th scope="row" className="py-1 text-left font-normal">
                  {TYPE_LABELS[ty][lang]}
                </th>
                {MAIL_MODES.map((m) => (
                  <td key={m} className="text-center">
                    <input
                      type="radio"
                      name={`mode.${ty}`}
                      value={m}
                      defaultChecked={prefs.modes[ty] === m}
                      aria-label={`${TYPE_LABELS[ty][lang]}: ${MAIL_MODE_LABELS[m][lang]}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="btn mt-3">
          {t("common.save")}
        </button>
      </Form>
    </main>
  );
}
