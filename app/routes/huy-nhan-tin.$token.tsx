/**
 * The asker's one-click unsubscribe (the link in every message about a question, `askerUnsubscribeUrl`).
 * GET shows one button and changes nothing (mail scanners follow links); POST unsubscribes: the page's button,
 * or a mail client's RFC 8058 one-click POST (`List-Unsubscribe=One-Click`). No script needed.
 */
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { pageMetaT } from "../features/profile/index.ts";
import { unsubscribeAsker, unsubscribeTarget } from "../features/questions/index.server.ts";
import { formatTrackingCode } from "../features/questions/index.ts";
import { notFound } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMetaT(matches, "Hủy nhận thông báo", "meta.unsub"),
  { name: "robots", content: "noindex" },
];

/** The asker's own answer is never cached, also as a page (Remix takes a document's headers from here). */
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const cache = actionHeaders.get("Cache-Control") ?? loaderHeaders.get("Cache-Control");
  return cache ? [["Cache-Control", cache]] : [];
};

const noStore = { "Cache-Control": "no-store" };

export async function loader({ params }: LoaderFunctionArgs) {
  const target = await unsubscribeTarget(params.token ?? "");
  if (!target) throw notFound();
  return Response.json(target, { headers: noStore });
}

export async function action({ params }: ActionFunctionArgs) {
  const done = await unsubscribeAsker(params.token ?? "");
  if (!done) throw notFound();
  return Response.json({ done: true, trackingCode: done.trackingCode }, { headers: noStore });
}

export default function Unsubscribe() {
  const target = useLoaderData<typeof loader>() as { trackingCode: string; subscribed: boolean };
  const done = useActionData<typeof action>() as { done: boolean } | undefined;
  const t = useT();
  const finished = !!done?.done || !target.subscribed;
  return (
    <main id="main" className="mx-auto max-w-xl px-3 py-6">
      <h1 className="mb-2 text-2xl font-bold">{t("unsub.title")}</h1>
      <p className="mb-3 font-mono">{formatTrackingCode(target.trackingCode)}</p>
      {finished ? (
        <p role="status" className="card mb-4 text-green-800" data-testid="unsub-done">
          {t("unsub.done")}
        </p>
      ) : (
        <Form method="post" className="card mb-4" data-testid="unsub-form">
          <p className="mb-3">{t("unsub.help")}</p>
          <button type="submit" className="btn">
            {t("unsub.button")}
          </button>
        </Form>
      )}
      <Link to={`/theo-doi/${target.trackingCode}`}>{t("unsub.track")}</Link>
    </main>
  );
}

/** An unknown or mistyped token: a message in the page, 404. */
export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  if (!isRouteErrorResponse(error) || error.status !== 404) throw error;
  return (
    <main id="main" className="mx-auto max-w-xl px-3 py-6">
      <h1 className="mb-2 text-2xl font-bold">{t("unsub.title")}</h1>
      <p className="card mb-4" role="alert" data-testid="unsub-unknown">
        {t("unsub.notFound")}
      </p>
      <Link to="/theo-doi">{t("lookup.title")}</Link>
    </main>
  );
}
