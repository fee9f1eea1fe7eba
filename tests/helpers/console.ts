/**
 * A staff console as the test's client: joins an episode's queue, applies
 * events in seq order, and catches up with episode:sync on a gap and when the
 * server says so (episode:resync), as app/utils/use-queue.ts does.
 */
import { io as connect, type Socket } from "socket.io-client";

export type ConsoleRecord = {
  /** Questions created, in the order this console learnt of them. */
  ids: string[];
  /** Every seq applied, in order. */
  seqs: number[];
  last: number;
  resyncs: number;
  disconnects: number;
  /** Catch-up calls that failed while the socket was still connected (a bug). */
  syncErrors: unknown[];
};

/** `rec`: the record of an earlier connection of the same console (it reconnects and goes on from there). */
export function staffConsole(
  url: string,
  cookie: string,
  episodeId: string,
  rec: ConsoleRecord = { ids: [], seqs: [], last: 0, resyncs: 0, disconnects: 0, syncErrors: [] },
) {
  const s: Socket = connect(`${url}/staff`, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  const apply = (e: { seq: number; type: string; question: { id: string } }) => {
    if (e.seq <= rec.last) return;
    rec.last = e.seq;
    rec.seqs.push(e.seq);
    if (e.type === "question:created") rec.ids.push(e.question.id);
  };
  // One catch-up at a time, each from where the last one ended.
  let syncing = Promise.resolve();
  // As the console does: a gap already filled by the catch-up before is not fetched again, and a
  // catch-up refused for the socket's budget (429) is tried again when it says.
  const sync = (upTo = Infinity) =>
    (syncing = syncing.then(async () => {
      if (upTo <= rec.last) return;
      for (;;) {
        const res = await s.emitWithAck("episode:sync", { episodeId, afterSeq: rec.last });
        if (res.ok) {
          for (const e of res.events) apply(e);
          return;
        }
        if (res.status !== 429) throw new Error(`episode:sync refused: ${JSON.stringify(res)}`);
        await new Promise((r) => setTimeout(r, (res.retryAfter ?? 1) * 1000));
      }
    }));
  // A catch-up cut short by the node dying is repeated after a reconnect; any other failure is recorded.
  const trySync = (upTo?: number) =>
    sync(upTo).catch((err) => {
      if (s.connected) rec.syncErrors.push(err);
    });
  const onEvent = (type: string) => (e: { seq: number; question: { id: string } }) => {
    if (e.seq === rec.last + 1) apply({ ...e, type });
    else if (e.seq > rec.last + 1) void trySync(e.seq);
  };
  s.on("question:created", onEvent("question:created"));
  s.on("question:updated", onEvent("question:updated"));
  s.on("episode:resync", () => {
    rec.resyncs++;
    void trySync();
  });
  s.on("disconnect", () => rec.disconnects++);
  const ready = new Promise<void>((resolve, reject) => {
    s.once("connect", async () => {
      await s.emitWithAck("episode:join", { episodeId });
      await sync();
      resolve();
    });
    s.once("connect_error", reject);
  });
  return { s, rec, ready, sync };
}
