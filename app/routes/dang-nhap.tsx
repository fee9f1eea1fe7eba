import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { pageMetaT } from "../features/profile/index.ts";
import { loginSchema } from "../platform/auth-schemas.ts";
import { getUser, login } from "../platform/auth.server.ts";
import { contextOfRequest } from "../platform/context.server.ts";
import { formAction, invalid, parseForm, safeRedirect } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { FormMessage, TextField } from "../platform/ui/form.tsx";
import { useSchemaForm } from "../platform/ui/use-schema-form.ts";

export const meta: MetaFunction = ({ matches }) => pageMetaT(matches, "Đăng nhập", "meta.login");

/** A locked sign-in's Retry-After on the page too (Remix takes a document's headers from here). */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const wait = actionHeaders.get("Retry-After");
  return wait ? [["Retry-After", wait]] : [];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/quan-tri"));
  return null;
}

async function handleAction({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const input = parseForm(loginSchema, form);
  const result = await login(await contextOfRequest(request), {
    ...input,
    userAgent: request.headers.get("user-agent"),
  });
  if (!result.ok) {
    const locked = result.reason === "locked";
    const wait = result.retryAfterSeconds ?? 60;
    const res = invalid(
      { _form: [locked ? `login.locked|${Math.max(1, Math.ceil(wait / 60))}` : "login.invalid"] },
      undefined,
      { username: input.username },
      locked ? 429 : 401,
    );
    if (locked) res.headers.set("Retry-After", String(wait)); // as POST /api/session answers
    return res;
  }
  return redirect(safeRedirect(input.redirectTo, "/quan-tri"), { headers: { "Set-Cookie": result.cookie } });
}

export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function Login() {
  const t = useT();
  const data = useActionData<typeof action>() as
    { errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;
  const [params] = useSearchParams();
  const nav = useNavigation();
  const { props, errors, formErrors } = useSchemaForm(loginSchema, { result: data });
  const formErr = data?.errors?._form?.[0];
  let message: string | undefined;
  if (formErr) {
    const [key, minutes] = formErr.split("|");
    message = t(key, { minutes: minutes ?? "" });
  }
  return (
    <main id="main" className="mx-auto max-w-sm px-3 py-8">
      <h1 className="mb-4 text-2xl font-bold">{t("login.title")}</h1>
      <Form method="post" className="card" {...props}>
        {message ? (
          <div role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {message}
          </div>
        ) : null}
        {!message ? <FormMessage errors={formErrors} /> : null}
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <TextField
          name="username"
          label={t("login.username")}
          autoComplete="username"
          autoCapitalize="none"
          required
          defaultValue={data?.values?.username}
          errors={errors}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- signing in is the page's only task
          autoFocus
        />
        <TextField
          name="password"
          type="password"
          label={t("login.password")}
          autoComplete="current-password"
          required
          errors={errors}
        />
        <button type="submit" className="btn w-full" disabled={nav.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
    </main>
  );
}
