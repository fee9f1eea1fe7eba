/**
 * The personal data policy (Decree 13/2023/NĐ-CP): what is collected, why, who sees it, how long it is kept
 * and how it is erased, with the retention period from the configuration. Server-rendered; no script needed.
 */
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { retentionMonths } from "../features/profile/index.server.ts";
import { pageMeta } from "../features/profile/index.ts";
import { translate, type Lang } from "../platform/i18n/dictionary.ts";
import { useT } from "../platform/i18n/i18n.tsx";
// This page's texts (platform/i18n/dictionary.ts says why they are apart).
import "../platform/i18n/dictionary-policy.ts";

export function loader() {
  return { months: retentionMonths() };
}

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === "root")?.data as { lang?: Lang } | undefined)?.lang ?? "vi";
  return pageMeta(matches, translate(lang, "privacy.title"), translate(lang, "privacy.meta"));
};

const SECTIONS = [
  ["what", 4],
  ["why", 3],
  ["who", 5],
  ["howLong", 3],
  ["rights", 2],
] as const;

export default function PrivacyPolicy() {
  const { months } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <main id="main" className="mx-auto max-w-3xl px-3 py-4">
      <h1 className="mb-3 text-2xl font-bold">{t("privacy.title")}</h1>
      <p className="mb-4">{t("privacy.intro")}</p>
      {SECTIONS.map(([key, n]) => (
        <section key={key} className="mb-4" aria-labelledby={`privacy-${key}`} data-testid={`privacy-${key}`}>
          <h2 id={`privacy-${key}`} className="mb-1 text-lg font-bold">
            {t(`privacy.h.${key}`)}
          </h2>
          <ul className="ml-5 grid list-disc gap-1">
            {Array.from({ length: n }, (_, i) => (
              <li key={i}>{t(`privacy.${key}.${i + 1}`, { months })}</li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
