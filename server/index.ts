/** Entry point: `npm start` (after a build) or `npm run serve`. */
import { DisconnectsClientError } from "redis";
import { loadApp, startServer } from "./app.ts";

async function main() {
  const app = await loadApp();
  const { ConfigError, getConfig } = app.runtime;
  let config;
  try {
    config = getConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const running = await startServer({ app, config });
  console.log(`Lắng nghe is listening on ${running.url} (database: ${config.provider})`);
  if (running.demo) {
    console.log(
      `Demo data created (${config.demoProfile}). Accounts: ${running.demo.accounts.join(", ")}` +
        (running.demo.generated
          ? `\nDemo password (shown once): ${running.demo.password}`
          : " (password from DEMO_PASSWORD)"),
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await running.close();
    process.exit(0);
  };
  // A stray rejected promise must not take the live show down: the database holds the truth.
  // Closing a Redis client that is still trying to connect rejects the commands the Socket.IO
  // adapter queued on it without awaiting them: expected while shutting down, not worth a line each.
  process.on("unhandledRejection", (e) => {
    if (stopping && e instanceof DisconnectsClientError) return;
    console.error("Unhandled rejection:", e);
  });
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
