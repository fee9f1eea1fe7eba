/**
 * One Express app, one HTTP server, Socket.IO attached to it, the Remix
 * request handler mounted. Everything of the app (the API, the sockets, the
 * database, the schedules) comes from the Remix server build's `runtime`
 * (app/runtime.server.ts), so one copy of each module serves every transport.
 * `startServer` is used by server/index.ts.
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
import type * as RuntimeModule from "../app/runtime.server.ts";
import { migrate } from "./migrate.ts";
import { buildAssets } from "./static.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The app's side of the server, as the build exports it (a type-only import: the code comes from the build). */
export type Runtime = typeof RuntimeModule;
type Config = RuntimeModule.Config;
type DemoResult = Awaited<ReturnType<Runtime["startNode"]>>["demo"];
export type Log = RuntimeModule.Log;

export type Running = {
  url: string;
  port: number;
  demo: DemoResult;
  close: () => Promise<void>;
};

export type App = { build: ServerBuild; runtime: Runtime };

/** The Remix server build and the runtime it exports. */
export async function loadApp(): Promise<App> {
  const file = path.join(root, "build", "index.js");
  if (!existsSync(file)) throw new Error("No Remix build found in build/: run `npm run build` first");
  const build = (await import(pathToFileURL(file).href)) as ServerBuild;
  const runtime = (build.entry.module as unknown as { runtime?: Runtime }).runtime;
  if (!runtime) throw new Error("The Remix build has no runtime export: run `npm run build` again");
  return { build, runtime };
}

export async function startServer(opts: { app: App; config: Config; log?: Log }): Promise<Running> {
  const { build, runtime } = opts.app;
  const config = opts.config;
  const log: Log = opts.log ?? ((level, msg) => (level === "error" ? console.error(msg) : console.log(msg)));

  const applied = await migrate(config.databaseUrl);
  if (applied.length) log("info", `Applied migrations: ${applied.join(", ")}`);
  const node = await runtime.startNode(config, { root, log });

  const app = express();
  app.disable("x-powered-by");
  app.set(
    "trust proxy",
    config.trustProxy === "false" ? false : config.trustProxy === "true" ? true : config.trustProxy,
  );

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
    // The client address as every transport resolves it (TRUST_PROXY); never the client's own header.
    req.headers["x-ln-client-ip"] = runtime.clientAddress(req);
    next();
  });
  // The build's scripts and styles come first, with only the headers a script needs: a phone fetches
  // some thirty of them, and the page's policy headers would add about 600 bytes to each.
  app.use("/build", buildAssets(path.join(root, "public", "build")));
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
  // Before any route reads a request: its origin (403) and its body limit from Content-Length (413 at once).
  app.use(runtime.guardRequests);
  app.use(compression());

  // Without the database nothing works (503); without Redis the node carries on alone (200, "degraded").
  app.get("/healthz", async (_req, res) => {
    const { httpStatus, body } = await runtime.health();
    res.status(httpStatus).json(body);
  });

  app.use("/api", runtime.createApi());

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
  const { io, closeAdapter, stopPresence } = await runtime.createRealtime(httpServer, { redisUrl: config.redisUrl });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  node.startSchedules(port);
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      node.stopSchedules();
      await stopPresence().catch(() => {});
      // io.close() disconnects every socket and closes the HTTP server.
      const closed = new Promise<void>((resolve) => io.close(() => resolve()));
      // Keep-alive HTTP connections would hold the server open until they time out.
      httpServer.closeAllConnections();
      await closed;
      await closeAdapter();
      await node.stop();
    })());

  return { url: `http://${shownHost}:${port}`, port, demo: node.demo, close };
}
