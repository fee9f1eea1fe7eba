/**
 * The bell in the staff header: the unread count, kept live. When the
 * server signals that this user's notifications changed (a hand-off to them,
 * or one read on another tab), the page's loaders run again: the count, and
 * the list the page shows (inbox, review list, dashboard, follow-up).
 */
import { Link, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { getSocket } from "../../../platform/socket.client.ts";

export function useLiveNotifications() {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    const s = getSocket("/staff");
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Several hand-offs in one moment (an issued notice) make one reload.
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(revalidate, 150);
    };
    s.on("notifications:changed", changed);
    return () => {
      clearTimeout(timer);
      s.off("notifications:changed", changed);
    };
  }, [revalidate]);
}

export function Bell({ unread }: { unread: number }) {
  const t = useT();
  useLiveNotifications();
  // The name is the content ("Thông báo 3 chưa đọc"), so it holds the visible words and count (WCAG 2.5.3).
  return (
    <Link
      to="/quan-tri/thong-bao"
      className="relative inline-flex items-center gap-1 rounded px-2 py-1.5 text-sm text-slate-800 no-underline hover:bg-slate-200"
      data-testid="bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      <span>{t("notif.bell")}</span>
      {unread ? (
        <>
          {" "}
          <span className="rounded-full bg-red-700 px-1.5 text-xs font-bold text-white" data-testid="bell-count">
            {unread > 99 ? "99+" : unread}
          </span>{" "}
          <span className="sr-only">{t("notif.bellUnread")}</span>
        </>
      ) : null}
    </Link>
  );
}
