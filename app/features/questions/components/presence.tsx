import { formatNumber, useLang, useT } from "../../../platform/i18n/i18n.tsx";
import type { Presence } from "./use-queue.ts";

/**
 * Viewers watching the episode and the staff who have its queue open, over every node (this node's only, and said so,
 * while Redis is unreachable).
 */
export function PresenceBar({ presence }: { presence: Presence | null }) {
  const t = useT();
  const lang = useLang();
  if (!presence) return null;
  const names = presence.staff
    .map((s) => `${s.username} (${t(`role.${s.role}` as Parameters<typeof t>[0])})`)
    .join(", ");
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs" data-testid="presence">
      <span className="badge bg-sky-100 text-sky-900" data-testid="viewer-count">
        {t("presence.viewers", { n: formatNumber(lang, presence.viewers) })}
      </span>
      <span className="badge bg-slate-100" data-testid="staff-online">
        {t("presence.staff", { names: names || t("presence.nobody") })}
      </span>
      {presence.partial ? (
        <span className="badge bg-amber-100 text-amber-900" data-testid="presence-partial">
          {t("presence.partial")}
        </span>
      ) : null}
    </div>
  );
}
