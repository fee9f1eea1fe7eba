/** A list's pages: previous, "n/N", next; the links keep the list's filters (the current query) and change `page`. */
import { Link, useLocation } from "@remix-run/react";
import { useT } from "../i18n/i18n.tsx";

export function Pager({ page, pages }: { page: number; pages: number }) {
  const t = useT();
  const { search } = useLocation();
  if (pages <= 1) return null;
  const to = (n: number) => {
    const p = new URLSearchParams(search);
    p.set("page", String(n));
    return `?${p}`;
  };
  return (
    <nav aria-label={t("notif.pages")} className="mt-3 flex gap-2 text-sm">
      {page > 1 ? <Link to={to(page - 1)}>{t("notif.prev")}</Link> : null}
      <span>
        {page}/{pages}
      </span>
      {page < pages ? <Link to={to(page + 1)}>{t("notif.next")}</Link> : null}
    </nav>
  );
}
