/**
 * An episode's live question queue for staff screens: loads the current
 * state, applies socket events in seq order, and on a gap, a reconnect or
 * the server's word (episode:resync, after its Redis link was cut) catches
 * up with episode:sync from the database.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { getSocket } from "../../../platform/socket.client.ts";
import type { StaffQuestion } from "../index.server.ts";

/**
 * Who holds a question. `ttlMs`: what was left of the hold when the server sent it; `deadline`: when it ends by this
 * browser's clock (received + ttlMs), whatever the difference between the two clocks.
 */
export type Holder = { userId: string; username: string; expiresAt: string; ttlMs?: number; deadline?: number } | null;
const withDeadline = (h: Holder): Holder =>
  h ? { ...h, deadline: Date.now() + (h.ttlMs ?? Date.parse(h.expiresAt) - Date.now()) } : null;
export type ActionAck = {
  ok: boolean;
  status?: number;
  error?: string;
  question?: StaffQuestion;
  holder?: unknown;
  errors?: Record<string, string[]>;
};
type Event = { seq: number; question: StaffQuestion };
export type { Presence } from "../presence.server.ts";
import type { Presence } from "../presence.server.ts";

export function useQueue(episodeId: string) {
  const [questions, setQuestions] = useState<Map<string, StaffQuestion>>(new Map());
  const [holds, setHolds] = useState<Map<string, Holder>>(new Map());
  const [connected, setConnected] = useState(false);
  const [ready, setReady] = useState(false);
  const [presence, setPresence] = useState<Presence | null>(null);
  /** How many times the server said its Redis link is back (a claim refused meanwhile can be tried again). */
  const [resynced, setResynced] = useState(0);
  const seq = useRef(0);
  const syncing = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout>>();

  const apply = useCallback((events: Event[]) => {
    setQuestions((cur) => {
      const next = new Map(cur);
      for (const e of events) {
        const prev = next.get(e.question.id);
        if (!prev || prev.version <= e.question.version) next.set(e.question.id, e.question);
      }
      return next;
    });
  }, []);

  const sync = useCallback(async () => {
    if (syncing.current) return;
    syncing.current = true;
    try {
      const socket = getSocket("/staff");
      for (;;) {
        const res = await socket.timeout(10_000).emitWithAck("episode:sync", { episodeId, afterSeq: seq.current });
        if (!res?.ok) break;
        apply(res.events);
        if (res.events.length) seq.current = res.events[res.events.length - 1].seq;
        if (!res.more) break;
      }
    } catch {
      // Cut off (disconnect) or timed out: the next connect syncs again; if
      // still connected, try again shortly rather than wait for the next gap.
      retry.current = setTimeout(() => {
        if (getSocket("/staff").connected) void sync();
      }, 2000);
    } finally {
      syncing.current = false;
    }
  }, [episodeId, apply]);

  useEffect(() => {
    let cancelled = false;
    const socket = getSocket("/staff");
    const onEvent = (e: Event) => {
      if (e.seq <= seq.current) return; // already have it
      if (e.seq === seq.current + 1 && !syncing.current) {
        seq.current = e.seq;
        apply([e]);
      } else void sync(); // a gap: fetch what is missing, in order
    };
    const onHold = (h: { questionId: string; holder: Holder }) =>
      setHolds((cur) => new Map(cur).set(h.questionId, withDeadline(h.holder)));
    const onVotes = (p: { questionId: string; votes: number }) =>
      setQuestions((cur) => {
        const q = cur.get(p.questionId);
        return q ? new Map(cur).set(q.id, { ...q, votes: p.votes }) : cur;
      });
    const onPresence = (p: Presence) => {
      if (p.episodeId === episodeId) setPresence(p);
    };
    const join = async () => {
      setConnected(true);
      const ack = await socket
        .timeout(10_000)
        .emitWithAck("episode:join", { episodeId })
        .catch(() => null);
      if (!ack?.ok || cancelled) return;
      if (ack.presence) setPresence(ack.presence as Presence);
      setHolds(
        new Map(
          (ack.holds as { questionId: string; holder: Holder }[]).map((h) => [h.questionId, withDeadline(h.holder)]),
        ),
      );
      if (!ready) {
        const res = await fetch(`/api/episodes/${episodeId}/questions`);
        if (!res.ok || cancelled) return;
        const data = (await res.json()) as { seq: number; questions: StaffQuestion[] };
        seq.current = Math.max(seq.current, data.seq);
        setQuestions(new Map(data.questions.map((q) => [q.id, q])));
        setReady(true);
      }
      await sync();
    };
    const onDisconnect = () => setConnected(false);
    // The server's link to the other nodes (Redis) was cut and is back: fetch what they signalled meanwhile.
    const onResync = () => {
      setResynced((n) => n + 1);
      void sync();
    };
    const handlers: [string, Parameters<typeof socket.on>[1]][] = [
      ["connect", join],
      ["disconnect", onDisconnect],
      ["episode:resync", onResync],
      ["question:created", onEvent],
      ["question:updated", onEvent],
      ["question:hold", onHold],
      ["question:votes", onVotes],
      ["episode:presence", onPresence],
    ];
    for (const [event, fn] of handlers) socket.on(event, fn);
    if (socket.connected) void join();
    return () => {
      cancelled = true;
      clearTimeout(retry.current);
      for (const [event, fn] of handlers) socket.off(event, fn);
      socket.emit("episode:leave", { episodeId });
    };
  }, [episodeId]); // eslint-disable-line react-hooks/exhaustive-deps

  const act = useCallback(
    async (input: Record<string, unknown>): Promise<ActionAck> => {
      const socket = getSocket("/staff");
      try {
        const ack = (await socket.timeout(10_000).emitWithAck("question:action", input)) as ActionAck;
        if (ack.question) apply([{ seq: 0, question: ack.question }]);
        return ack;
      } catch {
        return { ok: false, error: "timeout" };
      }
    },
    [apply],
  );

  /** Takes the hold, or renews one's own. */
  const claim = useCallback(async (questionId: string) => {
    const ack = (await getSocket("/staff")
      .timeout(5000)
      .emitWithAck("question:claim", { questionId })
      .catch(() => null)) as { ok: boolean; error?: string; holder?: Holder } | null;
    if (ack?.ok && ack.holder) setHolds((cur) => new Map(cur).set(questionId, withDeadline(ack.holder!)));
    return ack;
  }, []);
  const release = useCallback((questionId: string) => {
    getSocket("/staff").emit("question:release", { questionId }, () => {});
  }, []);

  return { questions, holds, connected, ready, presence, resynced, act, claim, release };
}
