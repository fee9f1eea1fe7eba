/**
 * The console's keyboard shortcuts: one listener on the document per caller, each handling its own keys (the queue
 * its moves, the detail its actions). A key does nothing while the operator types (focus in an input, a textarea,
 * a select or an editable region), with Ctrl, Alt or Meta held (the browser's and the screen reader's own keys),
 * or while a modal dialog is open (the dialog has the keyboard).
 */
import { useEffect, useRef } from "react";

/** The shortcuts, in the order the help dialog lists them, each with its dictionary label. */
export const CONSOLE_KEYS = [
  { keys: ["j", "↓"], label: "console.keys.next" },
  { keys: ["k", "↑"], label: "console.keys.prev" },
  { keys: ["a"], label: "console.keys.approve" },
  { keys: ["r"], label: "console.keys.route" },
  { keys: ["x"], label: "console.keys.reject" },
  { keys: ["m"], label: "console.keys.merge" },
  { keys: ["n"], label: "console.keys.hotline" },
  { keys: ["/"], label: "console.keys.search" },
  { keys: ["?"], label: "console.keys.help" },
] as const;

export type KeyHandlers = Partial<Record<string, () => void>>;

/** Whether a key press belongs to what the operator is typing or to the browser, not to the console. */
export function ignoredKey(ev: Pick<KeyboardEvent, "target" | "ctrlKey" | "altKey" | "metaKey" | "isComposing">) {
  if (ev.ctrlKey || ev.altKey || ev.metaKey || ev.isComposing) return true;
  const el = ev.target as HTMLElement | null;
  if (el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable)) return true;
  return typeof document !== "undefined" && !!document.querySelector("dialog[open]");
}

/** Calls `handlers[ev.key]` for the console's keys (while `enabled`); the latest handlers, without re-subscribing. */
export function useConsoleKeys(handlers: KeyHandlers, enabled = true) {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (ev: KeyboardEvent) => {
      if (ev.defaultPrevented || ignoredKey(ev)) return;
      const fn = current.current[ev.key];
      if (!fn) return;
      ev.preventDefault();
      fn();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled]);
}
