/**
 * The presenter's screen (issue 20): full screen, dark, type readable from three metres. The question on
 * air, the asker's given name and area when they agreed to publish them, and what comes next in the
 * producer's order. Rendered on the server; the sockets only signal, and the page re-reads its loader.
 * Outside the staff layout (`quan-tri_`), and without the site's header (`handle.bare`): nothing but the
 * questions. `f` or the button asks the browser for full screen.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { pageMetaT } from "../features/profile/index.ts";
import { presenterView } from "../features/questions/index.server.ts";
import type { PresenterQuestion } from "../features/questions/index.server.ts";
import { assertCan, requirePermission } from "../platform/auth.server.ts";
import { notFound } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { getSocket } from "../platform/socket.client.ts";
// The staff area's texts (outside the staff layout, it loads them itself: platform/i18n/dictionary.ts).
import "../platform/i18n/dictionary-staff.ts";

/** No site header or footer around this page (root.tsx). */
export const handle = { bare: true };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMetaT(matches, data ? `${data.episode.topic}` : undefined, "meta.home");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "studio:view");
  const view = await presenterView(params.id!);
  if (!view) throw notFound();
  assertCan(user, "studio:view", [view.episode.leadCommitteeId], request);
  const { leadCommitteeId: _lead, ...episode } = view.episode;
  return { ...view, episode };
}

/** Re-reads the loader when the episode's queue signals a change (several signals at once: one read). */
function useLiveReload(episodeId: string) {
  const { revalidate } = useRevalidator();
  const [connected, setConnected] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const reload = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(revalidate, 100);
  }, [revalidate]);
  useEffect(() => {
    const socket = getSocket("/staff");
    const join = () => {
      setConnected(true);
      socket.emit("episode:join", { episodeId }, () => {});
      reload(); // what changed while the page was away
    };
    const away = () => setConnected(false);
    const handlers: [string, () => void][] = [
      ["connect", join],
      ["disconnect", away],
      ["question:created", reload],
      ["question:updated", reload],
      ["episode:resync", reload],
    ];
    for (const [event, fn] of handlers) socket.on(event, fn);
    if (socket.connected) join();
    else setConnected(false);
    return () => {
      clearTimeout(timer.current);
      for (const [event, fn] of handlers) socket.off(event, fn);
      socket.emit("episode:leave", { episodeId });
    };
  }, [episodeId, reload]);
  return connected;
}

function Asker({ q, className }: { q: PresenterQuestion; className: string }) {
  const who = [q.askerName, q.area].filter(Boolean).join(" · ");
  return who ? <p className={className}>{who}</p> : null;
}

export default function Presenter() {
  const { episode, onAir, next, queued } = useLoaderData<typeof loader>();
  const t = useT();
  const connected = useLiveReload(episode.id);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const fullScreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === "f" || e.key === "F") && !e.ctrlKey && !e.metaKey && !e.altKey) fullScreen();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [fullScreen]);

  return (
    <main id="main" className="flex min-h-screen flex-col gap-8 bg-black px-8 py-6 text-white" data-testid="presenter">
      <header className="flex flex-wrap items-center justify-between gap-4 text-2xl">
        <h1 className="min-w-0 font-bold text-slate-200">
          <span className="sr-only">{t("presenter.title")}: </span>
          {episode.topic}
        </h1>
        <div className="flex items-center gap-3">
          {connected ? null : (
            <span role="status" className="rounded bg-red-700 px-3 py-1 font-bold text-white">
              {t("console.offline")}
            </span>
          )}
          {hydrated ? (
            <button
              type="button"
              onClick={fullScreen}
              aria-keyshortcuts="f"
              className="rounded border-2 border-slate-300 px-3 py-1 text-xl text-white hover:bg-slate-800"
            >
              {t("presenter.fullScreen")}
            </button>
          ) : null}
          <Link to={`/quan-tri/chuong-trinh/${episode.id}/truong-quay`} className="text-xl text-sky-300">
            {t("studio.title")}
          </Link>
        </div>
      </header>

      <section aria-labelledby="presenter-on-air" className="flex-1" data-testid="presenter-on-air">
        <h2 id="presenter-on-air" className="mb-4 text-3xl font-bold uppercase tracking-wide text-yellow-300">
          {t("studio.onAir")}
        </h2>
        {onAir ? (
          <>
            <p className="text-5xl font-semibold leading-tight xl:text-6xl 2xl:text-7xl" lang="vi">
              {onAir.text}
            </p>
            <Asker q={onAir} className="mt-4 text-4xl text-yellow-200 2xl:text-5xl" />
          </>
        ) : (
          <p className="text-5xl text-slate-300">{t("studio.nothing")}</p>
        )}
      </section>

      <section
        aria-labelledby="presenter-next"
        className="border-t-4 border-slate-600 pt-6"
        data-testid="presenter-next"
      >
        <h2 id="presenter-next" className="mb-3 text-3xl font-bold uppercase tracking-wide text-sky-300">
          {t("presenter.next")} {queued ? `(${queued})` : ""}
        </h2>
        {next.length ? (
          <ol className="grid gap-4">
            {next.map((q, i) => (
              <li key={q.id} className="flex gap-4 text-3xl leading-snug xl:text-4xl">
                <span className="shrink-0 font-bold text-slate-400">{i + 1}.</span>
                <div>
                  <p>{q.text}</p>
                  <Asker q={q} className="mt-1 text-3xl text-slate-300" />
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-4xl text-slate-300">{t("presenter.noNext")}</p>
        )}
      </section>
    </main>
  );
}
