/**
 * Finding a question by its tracking code: the form's GET (?ma=…) redirects to /theo-doi/<CODE> (any case,
 * spaces or dashes); a malformed or unknown code is a message on the field, not an error page.
 */
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageMetaT } from "../features/profile/index.ts";
import { LOOKUP_PARAM, TrackingLookup } from "../features/questions/components/tracking-lookup.tsx";
import { lookupTrackingCode } from "../features/questions/index.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
// This page's texts (platform/i18n/dictionary.ts says why they are apart).
import "../platform/i18n/dictionary-tracking.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMetaT(matches, "Tra cứu câu hỏi", "meta.lookup"),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const value = new URL(request.url).searchParams.get(LOOKUP_PARAM);
  if (value === null) return { value: "", error: null };
  const found = await lookupTrackingCode(value);
  if ("code" in found) throw redirect(`/theo-doi/${found.code}`);
  return { value: value.slice(0, 40), error: found.error };
}

export default function Lookup() {
  const { value, error } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <main id="main" className="mx-auto max-w-2xl px-3 py-4">
      <h1 className="mb-3 text-2xl font-bold">{t("track.title")}</h1>
      <TrackingLookup id="lookup-code" value={value} error={error ?? undefined} key={value} />
    </main>
  );
}
