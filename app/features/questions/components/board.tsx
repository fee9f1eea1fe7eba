/**
 * The public board: approved questions, one upvote per device. The server renders it (the page's loader
 * gives `initial`); JavaScript makes it live and lets the device vote.
 */
import { useCallback, useEffect, useState } from "react";
import { deviceId, markVoted, votedIds } from "../../../platform/device.client.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { withSocket } from "../../../platform/socket-lazy.ts";

export type BoardItem = {
  id: string;
  text: string;
  author: string | null;
  area: string;
  status: string;
  votes: number;
};

export function Board({ episodeId, initial }: { episodeId: string; initial: BoardItem[] }) {
  const t = useT();
  const [items, setItems] = useState<BoardItem[]>(initial);
  const [hydrated, setHydrated] = useState(false);
  const [voted, setVoted] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await fetch(`/api/episodes/${episodeId}/board`);
    if (res.ok) setItems((await res.json()).questions);
  }, [episodeId]);

  useEffect(() => {
    setVoted(votedIds());
    setHydrated(true);
    return withSocket("/", (socket, { onViewersResync }) => {
      // Caught up once, on the first connection: what changed between the page's rendering and then (as
      // before, one read per page view; later the changes carry the board, and a resync is spread out).
      let first = true;
      const watch = () => {
        socket.emit("episode:watch", { episodeId }, () => {});
        if (first) void load();
        first = false;
      };
      const onVotes = (p: { questionId: string; votes: number }) =>
        setItems((cur) =>
          [...cur.map((i) => (i.id === p.questionId ? { ...i, votes: p.votes } : i))].sort((a, b) => b.votes - a.votes),
        );
      // The change carries the board itself: thousands of viewers need not all ask for it at once.
      const onChanged = (p: { questions?: BoardItem[] } | undefined) =>
        Array.isArray(p?.questions) ? setItems(p.questions) : void load();
      socket.on("connect", watch);
      socket.on("board:votes", onVotes);
      socket.on("board:changed", onChanged);
      const stopResync = onViewersResync(socket, () => void load());
      if (socket.connected) watch();
      return () => {
        stopResync();
        socket.off("connect", watch);
        socket.off("board:votes", onVotes);
        socket.off("board:changed", onChanged);
      };
    });
  }, [episodeId, load]);

  async function up(id: string) {
    if (voted.has(id)) return;
    const res = await fetch(`/api/questions/${id}/vote`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ deviceId: deviceId() }),
    });
    if (res.status === 429) return setNotice(t("ask.rateLimited", { seconds: res.headers.get("retry-after") ?? 60 }));
    if (!res.ok) return;
    const { votes } = await res.json();
    markVoted(id);
    setVoted(votedIds());
    setItems((cur) => cur.map((i) => (i.id === id ? { ...i, votes } : i)));
  }

  return (
    <section aria-labelledby="board-h" className="mb-4" data-testid="board">
      <h2 id="board-h" className="mb-2 text-lg font-bold">
        {t("board.title")}
      </h2>
      {notice ? (
        <p role="status" className="mb-2 text-sm">
          {notice}
        </p>
      ) : null}
      {items.length === 0 ? <p className="text-sm text-slate-600">{t("board.empty")}</p> : null}
      <ul className="grid gap-2">
        {items.map((i) => (
          <li key={i.id} className="card flex items-start gap-3">
            <button
              type="button"
              onClick={() => up(i.id)}
              // Voting needs the device's own key (JavaScript): before, the count shows, the button waits.
              disabled={!hydrated || voted.has(i.id)}
              aria-pressed={voted.has(i.id)}
              className="flex min-w-[3rem] flex-col items-center rounded border border-slate-300 px-2 py-1 disabled:bg-brand-50"
            >
              {/* The name is the content ("Ủng hộ câu hỏi này: 12"), so it holds the visible count (WCAG 2.5.3). */}
              <span aria-hidden>▲</span>
              <span className="sr-only">{t("board.upvote")}:</span>{" "}
              <span className="text-sm font-bold tabular-nums" data-testid="votes">
                {i.votes}
              </span>
            </button>
            <div className="min-w-0 flex-1">
              <p className="whitespace-pre-line break-words">{i.text}</p>
              <p className="mt-1 text-xs text-slate-500">
                {i.author ? `${i.author}${i.area ? `, ${i.area}` : ""} · ` : ""}
                {t(`qstatus.${i.status}`)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
