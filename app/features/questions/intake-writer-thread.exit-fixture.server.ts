/**
 * Test fixture: the real writer thread, except that it exits (as a crashed thread would) right
 * after committing a batch that holds a question whose text contains EXIT_AFTER_COMMIT, before
 * its reply is sent. Used by intake-writer.server.test.ts (which imports only the marker from
 * the main thread); never by the app.
 */
import { parentPort } from "node:worker_threads";
import type { Submission } from "./intake-batch.server.ts";

export const EXIT_AFTER_COMMIT = "[exit after commit]";

if (parentPort) {
  const port = parentPort;
  const dying = new Set<number>();
  // Registered before the real thread's handler, so it sees each job first.
  port.on("message", (m: { id?: number; items?: Submission[] }) => {
    if (m.id !== undefined && m.items?.some((i) => i.input.text.includes(EXIT_AFTER_COMMIT))) dying.add(m.id);
  });
  const post = port.postMessage.bind(port);
  port.postMessage = (m: { id?: number }) => (m?.id !== undefined && dying.has(m.id) ? process.exit(1) : post(m));
  await import("./intake-writer-thread.server.ts");
}
