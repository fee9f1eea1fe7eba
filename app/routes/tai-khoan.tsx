import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { changePasswordSchema } from "../platform/auth-schemas.ts";
import { changePassword, requireUser } from "../platform/auth.server.ts";
import { formAction, invalid, parseForm } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { FormMessage, TextField } from "../platform/ui/form.tsx";
import { useSchemaForm } from "../platform/ui/use-schema-form.ts";
// The staff area's texts (a viewer's phone never loads them: platform/i18n/dictionary.ts).
import "../platform/i18n/dictionary-staff.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    user: {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      organization: user.organization?.shortName ?? null,
    },
  };
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const input = parseForm(changePasswordSchema, await request.formData());
  const r = await changePassword(user, input.current, input.next);
  if (r === "wrong-current") return invalid({ current: ["account.wrongCurrent"] });
  return { ok: true as const };
}

export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function Account() {
  const { user } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as { ok?: boolean; errors?: Record<string, string[]> } | undefined;
  const t = useT();
  const { props, errors, formErrors } = useSchemaForm(changePasswordSchema, { result: data });
  return (
    <main id="main" className="mx-auto max-w-md px-3 py-6">
      <h1 className="mb-3 text-2xl font-bold">{t("account.title")}</h1>
      <dl className="card mb-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">{t("login.username")}</dt>
        <dd>{user.username}</dd>
        <dt className="font-semibold">{t("account.role")}</dt>
        <dd>{t(`role.${user.role}`)}</dd>
        {user.organization ? (
          <>
            <dt className="font-semibold">{t("account.organization")}</dt>
            <dd>{user.organization}</dd>
          </>
        ) : null}
      </dl>
      <p className="mb-4 text-sm">
        <Link to="/tai-khoan/thong-bao">{t("notif.prefsTitle")}</Link>
      </p>
      <h2 className="mb-2 text-lg font-bold">{t("account.changePassword")}</h2>
      <Form method="post" className="card" {...props}>
        <FormMessage errors={formErrors} ok={data?.ok ? t("account.changed") : undefined} />
        <TextField
          name="current"
          type="password"
          label={t("account.current")}
          autoComplete="current-password"
          errors={errors}
          required
        />
        <TextField
          name="next"
          type="password"
          label={t("account.new")}
          autoComplete="new-password"
          errors={errors}
          required
          minLength={10}
        />
        <TextField
          name="confirm"
          type="password"
          label={t("account.confirm")}
          autoComplete="new-password"
          errors={errors}
          required
        />
        <button type="submit" className="btn">
          {t("account.changePassword")}
        </button>
      </Form>
    </main>
  );
}
