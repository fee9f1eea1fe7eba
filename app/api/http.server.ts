/**
 * The JSON API (docs/API.md): schedule, question intake for viewers, the
 * hotline and integration channels, tracking, the asker's rating and
 * personal data, the public board, sessions for scripts, and the
 * operators' actions. Each handler resolves the context
 * (app/platform/context.server.ts), calls one use case and sends its
 * result; typed errors are mapped in one place (respond.server.ts).
 */
import express, { type NextFunction, type Request, type Response } from "express";
import { getEpisode, listEpisodes, publicEpisode } from "../features/episodes/index.server.ts";
import { rate } from "../features/followup/index.server.ts";
import {
  duplicateUseCases,
  boardView,
  personalData,
  publicStatus,
  questionUseCases as uc,
  subscribeAsker,
  withdrawPersonalData,
} from "../features/questions/index.server.ts";
import { intakeMode, normalizeTrackingCode } from "../features/questions/index.ts";
import { loginSchema } from "../platform/auth-schemas.ts";
import { endSession, login, userFromCookieHeader } from "../platform/auth.server.ts";
import { contextOf, type Context } from "../platform/context.server.ts";
import { AppError, notFound, RateLimited } from "../platform/errors.ts";
import { parseInput } from "../platform/validation.ts";
import { sendError } from "./respond.server.ts";

type Handler = (ctx: Context, req: Request, res: Response) => Promise<unknown>;

/** Resolves the context, runs the handler, maps typed errors; anything else goes to the 500 handler. */
const handle = (fn: Handler) => (req: Request, res: Response, next: NextFunction) => {
  contextOf(req)
    .then((ctx) => fn(ctx, req, res))
    .catch((e) => {
      try {
        sendError(res, e);
      } catch (unexpected) {
        next(unexpected);
      }
    });
};

export function createApi() {
  const api = express.Router();

  // State-changing calls from another site were refused before (platform/request-guards.server.ts).
  api.use(express.json({ limit: "16kb", type: ["application/json", "application/*+json"] }));

  // ------------------------------------------------------------ schedule
  api.get(
    "/episodes",
    handle(async (_ctx, _req, res) => {
      res.json({ episodes: (await listEpisodes()).map(publicEpisode) });
    }),
  );

  api.get(
    "/episodes/:id",
    handle(async (_ctx, req, res) => {
      const e = await getEpisode(req.params.id);
      if (!e) throw notFound();
      const mode = intakeMode(e.status);
      res.json({
        episode: {
          ...publicEpisode(e),
          acceptingQuestions: mode === "open",
          writtenAnswersOnly: mode === "written",
          publicBoard: e.publicBoard,
        },
      });
    }),
  );

  // ------------------------------------------------------------ intake
  api.post(
    "/episodes/:id/questions",
    handle(async (ctx, req, res) => {
      if (!req.is("application/json")) throw new AppError("unsupported_media_type", 415);
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      const {
        created,
        question: q,
        askerSecret,
      } = await uc.submit(ctx, { ...(req.body ?? {}), episodeId: req.params.id }, { bearer });
      // The asker's secret is in this answer only (never stored, never shown again): no cache keeps it.
      res.setHeader("Cache-Control", "no-store");
      res
        .status(created ? 201 : 200)
        .json({ id: q.id, trackingCode: q.trackingCode, status: q.status, createdAt: q.createdAt, askerSecret });
    }),
  );

  api.get(
    "/questions/:trackingCode",
    handle(async (_ctx, req, res) => {
      const code = normalizeTrackingCode(req.params.trackingCode);
      const status = code ? await publicStatus(code) : null;
      if (!status) throw notFound();
      res.setHeader("Cache-Control", "no-store");
      res.json(status);
    }),
  );

  // ------------------------------------------------------------ the asker (proven by the secret or the device)
  // POST, not GET: the secret travels in the body, never in a URL (logs, history, Referer).
  api.post(
    "/questions/:trackingCode/rating",
    handle(async (ctx, req, res) => {
      res.json(await rate(ctx, { ...(req.body ?? {}), trackingCode: req.params.trackingCode }));
    }),
  );

  api.post(
    "/questions/:trackingCode/personal-data",
    handle(async (ctx, req, res) => {
      const shown = await personalData(ctx, { ...(req.body ?? {}), trackingCode: req.params.trackingCode });
      res.setHeader("Cache-Control", "no-store");
      res.json({ personalData: shown });
    }),
  );

  api.post(
    "/questions/:trackingCode/personal-data/withdraw",
    handle(async (ctx, req, res) => {
      const left = await withdrawPersonalData(ctx, { ...(req.body ?? {}), trackingCode: req.params.trackingCode });
      res.setHeader("Cache-Control", "no-store");
      res.json({ personalData: left });
    }),
  );

  api.post(
    "/questions/:trackingCode/notify",
    handle(async (ctx, req, res) => {
      const shown = await subscribeAsker(ctx, { ...(req.body ?? {}), trackingCode: req.params.trackingCode });
      res.setHeader("Cache-Control", "no-store");
      res.json({ personalData: shown });
    }),
  );

  // ------------------------------------------------------------ public board
  api.get(
    "/episodes/:id/board",
    handle(async (_ctx, req, res) => {
      const view = await boardView(req.params.id);
      if (!view) throw notFound();
      res.json(view);
    }),
  );

  api.post(
    "/questions/:id/vote",
    handle(async (ctx, req, res) => {
      res.json(await uc.castVote(ctx, { ...(req.body ?? {}), questionId: req.params.id }));
    }),
  );

  // ------------------------------------------------------------ sessions for scripts
  api.post(
    "/session",
    handle(async (ctx, req, res) => {
      const body = parseInput(loginSchema, req.body ?? {}); // the sign-in form's own schema
      const r = await login(ctx, { ...body, userAgent: req.headers["user-agent"] ?? null });
      if (!r.ok) {
        if (r.reason === "locked") throw new RateLimited(r.retryAfterSeconds ?? 60);
        throw new AppError("invalid_credentials", 401);
      }
      res.setHeader("Set-Cookie", r.cookie);
      const user = await userFromCookieHeader(r.cookie.split(";")[0]);
      const shown = user && { id: user.id, username: user.username, role: user.role, organization: user.organization };
      res.status(201).json({ user: shown });
    }),
  );

  api.delete(
    "/session",
    handle(async (ctx, _req, res) => {
      res.setHeader("Set-Cookie", await endSession(ctx.user));
      res.status(204).end();
    }),
  );

  // ------------------------------------------------------------ staff
  api.get(
    "/episodes/:id/questions",
    handle(async (ctx, req, res) => {
      res.json(await uc.listForConsole(ctx, req.params.id));
    }),
  );

  api.get(
    "/questions/:id/suggestions",
    handle(async (ctx, req, res) => {
      res.json(await uc.suggestions(ctx, req.params.id));
    }),
  );

  api.get(
    "/episodes/:id/duplicates",
    handle(async (ctx, req, res) => {
      res.json(await duplicateUseCases.flags(ctx, { episodeId: req.params.id }));
    }),
  );

  api.post(
    "/questions/:id/duplicates/dismiss",
    handle(async (ctx, req, res) => {
      res.json(await duplicateUseCases.dismissDuplicate(ctx, { ...(req.body ?? {}), questionId: req.params.id }));
    }),
  );

  api.post(
    "/questions/:id/phone",
    handle(async (ctx, req, res) => {
      res.json(await uc.revealPhone(ctx, { questionId: req.params.id }));
    }),
  );

  api.post(
    "/episodes/:id/phone-search",
    handle(async (ctx, req, res) => {
      res.json(await uc.findByPhone(ctx, { ...(req.body ?? {}), episodeId: req.params.id }));
    }),
  );

  api.post(
    "/questions/:id/actions",
    handle(async (ctx, req, res) => {
      res.json({ question: await uc.act(ctx, { ...(req.body ?? {}), questionId: req.params.id }) });
    }),
  );

  api.use((_req, res) => res.status(404).json({ error: "not_found" }));
  api.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.type === "entity.too.large") return res.status(413).json({ error: "payload_too_large" });
    if (err.type === "entity.parse.failed") return res.status(400).json({ error: "invalid_json" });
    console.error(err);
    res.status(500).json({ error: "internal" });
  });
  return api;
}
