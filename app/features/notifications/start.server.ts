/** Starts notifications on a node: the hand-offs written with each audited change, and the outbox worker. */
import { onAudit } from "../../platform/audit.server.ts";
import { getConfig } from "../../platform/config.server.ts";
import { notifyOnAudit, onNotified } from "./notify.server.ts";
import { runOutbox } from "./outbox.server.ts";

export function startNotifications(log: (m: string) => void): () => void {
  const stopListening = onAudit(notifyOnAudit);
  let running: Promise<void> | null = null;
  let again = false;
  const tick = () => {
    if (running) {
      again = true; // woken while running: one more pass right after
      return;
    }
    running = runOutbox(log).finally(() => {
      running = null;
      if (again) {
        again = false;
        tick();
      }
    });
  };
  onNotified(tick);
  const timer = setInterval(tick, getConfig().outboxIntervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    onNotified(() => {});
    stopListening();
  };
}
