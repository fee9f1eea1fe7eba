/**
 * One Express app, one HTTP server, Socket.IO attached to it, the Remix
 * request handler mounted. `startServer` is used by server/index.ts and by
 * the integration tests (random port, fresh database).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { getConfig, type Config } from "../app/platform/config.server.ts";
import { closeDb, initDb, pingDb, sqliteHandle, sqlitePath } from "../app/platform/db.server.ts";
import { startCheckpointer } from "../app/platform/sqlite-checkpoint.server.ts";
import { startIntakeWriter } from "../app/features/questions/intake-writer.server.ts";
import { drainIntake } from "../app/features/questions/index.server.ts";
import { isEmpty, seedDemo, type DemoResult } from "../app/features/demo/demo.server.ts";
import { startReminderScheduler } from "../app/features/followup/reminders.server.ts";
import { setIo } from "../app/platform/realtime.server.ts";
import { closeRedis, initRedis, redisHealth } from "../app/platform/redis.server.ts";
import { migrate } from "./migrate.ts";
import { createApi } from "./api.ts";
import { createRealtime } from "./realtime.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export type Log = (level: "info" | "warn" | "error", msg: string) => void;

export type Running = {
  url: string;
  port: number;
  demo: DemoResult | null;
  close: () => Promise<void>;
};

async function loadBuild(): Promise<ServerBuild> {
  const file = path.join(root, "build", "index.js");
  if (!existsSync(file)) throw new Error("No Remix build found in build/: run `npm run build` first");
  return (await import(pathToFileURL(file).href)) as ServerBuild;
}

export async function startServer(opts: { config?: Config; log?: Log } = {}): Promise<Running> {
  const config = opts.config ?? getConfig();
  const log: Log = opts.log ?? ((level, msg) => (level === "error" ? console.error(msg) : console.log(msg)));

  const applied = await migrate(config.databaseUrl);
  if (applied.length) log("info", `Applied migrations: ${applied.join(", ")}`);
  await initDb(config);
  const sqlite = sqliteHandle();
  const intake = sqlite ? await startIntakeWriter(sqlitePath(config.databaseUrl), { log: (m) => log("error", m) }) : null;
  const checkpointer = sqlite
    ? startCheckpointer(sqlite, sqlitePath(config.databaseUrl), { log: (m) => log("error", m), onStopped: () => intake?.autoCheckpoint() })
    : null;
  await initRedis(config.redisUrl);

  let demo: DemoResult | null = null;
  if (config.demoData && !config.production && (await isEmpty())) {
    demo = await seedDemo({ password: config.demoPassword });
  }

  const build = await loadBuild();
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy === "false" ? false : config.trustProxy === "true" ? true : config.trustProxy);

  app.use((req, res, next) => {
    // A response sent before the request body was read to the end (e.g. a
    // refused oversized upload) must close the connection: the unread rest of
    // the body would otherwise be taken for the next request on it.
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!req.complete) res.shouldKeepAlive = false;
      return writeHead.apply(this, args);
    } as typeof writeHead;
    res.locals.nonce = randomBytes(16).toString("base64");
    // The client address as Express sees it (after trust proxy); never the client's own header.
    req.headers["x-ln-client-ip"] = req.ip ?? "";
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.nonce}'`],
          "style-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "font-src": ["'self'"],
          "connect-src": ["'self'"],
          "object-src": ["'none'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
          ...(config.secureCookies ? { "upgrade-insecure-requests": [] } : {}),
        },
      },
      strictTransportSecurity: config.secureCookies,
      // Not "no-referrer": with it, browsers send `Origin: null` on same-site
      // form posts, which Remix's CSRF check rightly refuses.
      referrerPolicy: { policy: "same-origin" },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(compression());

  // Without the database nothing works (503); without Redis the node carries on alone (200, "degraded").
  app.get("/healthz", async (_req, res) => {
    const ok = await pingDb();
    const redis = redisHealth();
    const status = !ok ? "unavailable" : redis === "unreachable" ? "degraded" : "ok";
    res.status(ok ? 200 : 503).json({ status, db: ok ? "ok" : "unreachable", ...(redis && { redis }) });
  });

  app.use("/api", createApi());

  app.use("/build", express.static(path.join(root, "public", "build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h", index: false }));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: "production",
      getLoadContext: (_req, res) => ({ nonce: res.locals.nonce as string }),
    }),
  );

  const httpServer = createServer(app);
  const { io, closeAdapter, stopPresence } = await createRealtime(httpServer, { redisUrl: config.redisUrl });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const stopReminders = startReminderScheduler((m) => log("info", m));
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopReminders();
      await stopPresence().catch(() => {});
      // io.close() disconnects every socket and closes the HTTP server.
      const closed = new Promise<void>((resolve) => io.close(() => resolve()));
      // Keep-alive HTTP connections would hold the server open until they time out.
      httpServer.closeAllConnections();
      await closed;
      setIo(undefined);
      await closeAdapter();
      await closeRedis();
      await drainIntake(); // questions received before the sockets closed are written and answered
      await intake?.stop();
      await checkpointer?.stop();
      await closeDb();
    })());

  return { url: `http://${shownHost}:${port}`, port, demo, close };
}
