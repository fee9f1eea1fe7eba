/**
 * Starts a Node.js process of the project (the app, or a bare server to compare it with) and resolves
 * once its output matches `ready`. BENCH_APP_LOG=prefix keeps each app's log in prefix-<pid>.log.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function start(
  cmd: string[],
  env: Record<string, string | undefined>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<{ proc: ChildProcess; match: RegExpMatchArray }> {
  // An undefined value leaves the variable out of the child's environment.
  const proc = spawn(process.execPath, cmd, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (process.env.BENCH_APP_LOG && cmd.includes("server/index.ts"))
    proc.stdout!.pipe(createWriteStream(`${process.env.BENCH_APP_LOG}-${proc.pid}.log`));
  let out = "";
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`did not start: ${out}`)), timeoutMs);
    const on = (d: Buffer) => {
      out += d;
      const m = out.match(ready);
      if (m) {
        clearTimeout(t);
        resolve({ proc, match: m });
      }
    };
    proc.stdout!.on("data", on);
    proc.stderr!.on("data", (d: Buffer) => (out += d));
    proc.once("exit", (c) => {
      clearTimeout(t);
      reject(new Error(`exited ${c}: ${out}`));
    });
  });
}
