/** One click from a staff e-mail: no more e-mail (the app still shows the notifications). */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { staffUnsubscribe, userOfToken } from "../features/notifications/index.server.ts";
import { pageMeta } from "../features/profile/index.ts";
import { notFound } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, "Ngừng nhận thư thông báo"),
  { name: "robots", content: "noindex" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  if (!userOfToken(params.token ?? "")) throw notFound();
  return null;
}

export async function action({ params }: ActionFunctionArgs) {
  if (!(await staffUnsubscribe(params.token ?? ""))) throw notFound();
  return { ok: true as const };
}

export default function StaffUnsubscribe() {
  const data = useActionData<typeof action>();
  const t = useT();
  return (
    <main id="main" className="mx-auto max-w-md px-3 py-6">
      <h1 className="mb-3 text-2xl font-bold">{t("notif.unsubTitle")}</h1>
      {data?.ok ? (
        <p role="status" className="card">
          {t("notif.unsubDone")}
        </p>
      ) : (
        <Form method="post" className="card">
          <p className="mb-3 text-sm">{t("notif.unsubStaffHelp")}</p>
          <button type="submit" className="btn">
            {t("notif.unsubButton")}
          </button>
        </Form>
      )}
    </main>
  );
}
