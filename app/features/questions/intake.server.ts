/**
 * Question intake: idempotent by client key or external id, group-committed
 * per episode (SQLite through the writer thread, PostgreSQL in one
 * statement), acknowledged only after commit, then signalled.
 */
import { pgPool } from "../../platform/db.server.ts";
import { newAskerSecret } from "./asker-secret.ts";
import { inEpisodeOrder, othersWaiting, pendingSections } from "./episode-lock.server.ts";
import { emitEvents } from "./events.server.ts";
import {
  isUniqueViolation,
  QuestionError,
  type BatchOutcome,
  type Submission,
  type SubmitContext,
  type SubmitResult,
} from "./intake-batch.server.ts";
import { batchWithPg } from "./intake-pg.server.ts";
import { intakeWriter } from "./intake-writer.server.ts";
import type { SubmitQuestionInput } from "./schemas.ts";

/**
 * Stores a question, once: the same client key (or the same external id of
 * a channel) returns the question already stored. Resolves after commit.
 * The submission that creates the question is answered the asker's secret
 * (the row keeps its hash only); a resend of the same key gets none, nor
 * does a hotline operator.
 */
export async function submitQuestion(
  episodeId: string,
  input: SubmitQuestionInput,
  ctx: SubmitContext,
): Promise<SubmitResult> {
  // All reads happen once per batch, inside its transaction (see commitBatch).
  // A hotline question is typed in by an operator: the caller is not the one answered, and staff must not hold a
  // secret that acts as the asker. Its caller has no secret (like questions taken before secrets existed).
  const secret = ctx.channel === "hotline" ? undefined : newAskerSecret();
  return new Promise<SubmitResult>((resolve, reject) => enqueue(episodeId, { input, ctx, secret, resolve, reject }));
}

// ------------------------------------------------------------- group commit

/**
 * Group commit, self-clocking: a batch closes at the end of the event-loop
 * turn in which its first submission arrived, or at BATCH_MAX items; while
 * a batch of an episode is being written, newer submissions gather and go
 * in the next one as soon as it is done. Under light load a question is
 * written at once (no timer to wait out); under heavy load one transaction
 * and one fsync serve everything that arrived meanwhile, so durable
 * throughput does not collapse. Every submission is acknowledged only
 * after the commit that holds it. Idempotency holds inside a batch: the
 * same client key (or external id) twice makes one question.
 */
export const BATCH_MAX = 256;

type Pending = Submission & { resolve: (r: SubmitResult) => void; reject: (e: unknown) => void };
type Queue = { items: Pending[]; scheduled: boolean; writing: boolean };
const queues = new Map<string, Queue>();

function enqueue(episodeId: string, p: Pending) {
  let q = queues.get(episodeId);
  if (!q) queues.set(episodeId, (q = { items: [], scheduled: false, writing: false }));
  q.items.push(p);
  schedule(episodeId, q);
}

function schedule(episodeId: string, q: Queue) {
  if (q.scheduled || q.writing || !q.items.length) return;
  q.scheduled = true;
  setImmediate(() => {
    q.scheduled = false;
    flush(episodeId, q);
  });
}

/** Resolves once every submission received so far is written and answered (graceful shutdown). */
export async function drainIntake(): Promise<void> {
  while (queues.size) await Promise.all([new Promise((r) => setImmediate(r)), ...pendingSections()]);
}

/**
 * One batch at a time is written per episode; the next one is written as
 * soon as this one is committed, while this one's events are still being
 * signalled and its submitters answered (the writer does not wait for the
 * sockets). Events keep their commit order: a batch's signalling runs in the
 * episode's order, after the batch before it. When another lock section
 * (an operator's action) waits for the episode, the batch is written only
 * in its own turn, after that section has committed, so that its sequence
 * numbers come after the section's.
 */
function flush(episodeId: string, q: Queue) {
  if (q.writing || !q.items.length) return;
  const items = q.items.splice(0, BATCH_MAX);
  const submissions = items.map(({ input, ctx, secret }) => ({ input, ctx, secret }));
  q.writing = true;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    q.writing = false;
    if (q.items.length) flush(episodeId, q);
    else if (queues.get(episodeId) === q) queues.delete(episodeId);
  };
  const early = othersWaiting(episodeId) ? null : writeBatch(episodeId, submissions);
  early?.catch(() => {}); // awaited (and its error handled) in commitBatch
  void inEpisodeOrder(episodeId, () => commitBatch(episodeId, items, submissions, early, release)).finally(release);
}

async function writeBatch(episodeId: string, submissions: Submission[]): Promise<BatchOutcome> {
  const pool = pgPool();
  return pool ? batchWithPg(pool, episodeId, submissions) : sqliteWriter().write(episodeId, submissions);
}

async function commitBatch(
  episodeId: string,
  items: Pending[],
  submissions: Submission[],
  written: Promise<BatchOutcome> | null,
  committed: () => void,
) {
  for (let attempt = 0; ; attempt++) {
    try {
      const { events, answers, refused } = await (attempt === 0 && written
        ? written
        : writeBatch(episodeId, submissions));
      committed();
      await emitEvents(episodeId, events);
      items.forEach((i, k) => {
        const a = answers[k];
        if (a) i.resolve(a);
        else i.reject(refused ?? new QuestionError("not-found", 404));
      });
      return;
    } catch (e) {
      // A tracking code collision, or the same key committed by another node meanwhile: try again.
      if (isUniqueViolation(e) && attempt < 3) continue;
      for (const i of items) i.reject(e);
      return;
    }
  }
}

/** On SQLite the server starts the intake writer thread at boot (server/app.ts). */
function sqliteWriter() {
  const w = intakeWriter();
  if (!w) throw new Error("SQLite intake writer is not running: startServer() starts it");
  return w;
}
