/**
 * The JSON API (docs/API.md): schedule, question intake for viewers, the
 * hotline and integration channels, tracking, the public board, sessions
 * for scripts, and the operators' actions.
 */
import express, { type NextFunction, type Request, type Response } from "express";
import { z } from "zod/v4";
import { db } from "../platform/db.server.ts";
import { CLIENT_TOKEN, fieldErrors } from "../platform/validation.ts";
import { questionActionSchema, submitQuestionSchema } from "../features/questions/schemas.ts";
import { loginSchema } from "../features/episodes/schemas.ts";
import { login, logout, userFromCookieHeader, type SessionUser } from "../platform/auth.server.ts";
import { getEpisode, listEpisodes, publicEpisode } from "../features/episodes/episodes.server.ts";
import { verifyToken } from "../features/questions/channels.server.ts";
import { can, type Permission } from "../platform/permissions.ts";
import {
  applyAction, boardView, currentSeq, getQuestion, listQuestions, publicStatus, QuestionError, submitQuestion, vote,
} from "../features/questions/index.server.ts";
import { getRouter } from "../features/questions/routing.server.ts";
import { duplicateCandidates } from "../features/questions/similarity.ts";
import { normalizeTrackingCode } from "../features/questions/tracking.ts";
import { hitAll, LIMITS, scaled } from "../platform/limits.server.ts";

/** The vote's body, built once (not per request). */
const voteBody = z.object({ deviceId: z.string().regex(CLIENT_TOKEN, "err.deviceId") });

type Req = Request & { user?: SessionUser | null };

const ah = (fn: (req: Req, res: Response) => Promise<unknown>) => (req: Req, res: Response, next: NextFunction) => {
  fn(req, res).catch(next);
};

async function sessionUser(req: Req): Promise<SessionUser | null> {
  if (req.user === undefined) req.user = await userFromCookieHeader(req.headers.cookie);
  return req.user;
}

async function requireStaff(req: Req, res: Response, permission: Permission, scope?: (string | null)[]): Promise<SessionUser | null> {
  const user = await sessionUser(req);
  if (!user) {
    res.status(401).json({ error: "unauthenticated" });
    return null;
  }
  if (!can(user, permission, scope)) {
    res.status(403).json({ error: "forbidden" });
    return null;
  }
  return user;
}

function sendQuestionError(res: Response, e: unknown): boolean {
  if (!(e instanceof QuestionError)) return false;
  res.status(e.status).json({ error: e.code, ...e.detail });
  return true;
}

function tooMany(res: Response, retryAfter: number) {
  res.setHeader("Retry-After", String(retryAfter));
  res.status(429).json({ error: "rate_limited", retryAfter });
}

export function createApi() {
  const api = express.Router();

  // State-changing calls with a session cookie must not come from another site.
  api.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const origin = req.headers.origin;
    if (origin && origin !== "null") {
      const host = (req.headers["x-forwarded-host"] as string | undefined)?.split(",")[0]?.trim() || req.headers.host;
      if (new URL(origin).host !== host) return res.status(403).json({ error: "cross_origin" });
    }
    next();
  });
  api.use(express.json({ limit: "16kb", type: ["application/json", "application/*+json"] }));

  // ------------------------------------------------------------ schedule
  api.get("/episodes", ah(async (_req, res) => {
    res.json({ episodes: (await listEpisodes()).map(publicEpisode) });
  }));

  api.get("/episodes/:id", ah(async (req, res) => {
    const e = await getEpisode(req.params.id);
    if (!e) return res.status(404).json({ error: "not_found" });
    res.json({ episode: { ...publicEpisode(e), acceptingQuestions: e.status === "planned" || e.status === "live", publicBoard: e.publicBoard } });
  }));

  // ------------------------------------------------------------ intake
  api.post("/episodes/:id/questions", ah(async (req, res) => {
    if (!req.is("application/json")) return res.status(415).json({ error: "unsupported_media_type" });
    const parsed = submitQuestionSchema.safeParse(req.body ?? {});
    if (!parsed.success) return res.status(422).json({ errors: fieldErrors(parsed.error) });
    const input = parsed.data;

    let channel = "web";
    let createdById: string | null = null;
    let actorLabel = "viewer";
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (bearer) {
      const token = await verifyToken(bearer);
      if (!token) return res.status(401).json({ error: "invalid_token" });
      if (!input.externalId) return res.status(422).json({ errors: { externalId: ["err.required"] } });
      channel = token.channel;
      actorLabel = `integration:${token.name}`;
    } else if (input.channel === "hotline") {
      const user = await requireStaff(req, res, "question:hotline");
      if (!user) return;
      channel = "hotline";
      createdById = user.id;
      actorLabel = user.username;
    } else {
      const ip = req.ip ?? "?";
      const checks: Parameters<typeof hitAll>[0] = [[`submit:ip:${ip}`, scaled(LIMITS.submitPerIp)]];
      if (input.deviceId) checks.push([`submit:dev:${input.deviceId}`, scaled(LIMITS.submitPerDevice)]);
      const r = await hitAll(checks);
      if (!r.ok) return tooMany(res, r.retryAfter);
    }
    try {
      const result = await submitQuestion(req.params.id, input, { channel, createdById, actorLabel });
      const q = result.question;
      res.status(result.created ? 201 : 200).json({ id: q.id, trackingCode: q.trackingCode, status: q.status, createdAt: q.createdAt });
    } catch (e) {
      if (!sendQuestionError(res, e)) throw e;
    }
  }));

  api.get("/questions/:trackingCode", ah(async (req, res) => {
    const code = normalizeTrackingCode(req.params.trackingCode);
    const status = code ? await publicStatus(code) : null;
    if (!status) return res.status(404).json({ error: "not_found" });
    res.setHeader("Cache-Control", "no-store");
    res.json(status);
  }));

  // ------------------------------------------------------------ public board
  api.get("/episodes/:id/board", ah(async (req, res) => {
    const view = await boardView(req.params.id);
    if (!view) return res.status(404).json({ error: "not_found" });
    res.json(view);
  }));

  api.post("/questions/:id/vote", ah(async (req, res) => {
    const body = voteBody.safeParse(req.body ?? {});
    if (!body.success) return res.status(422).json({ errors: fieldErrors(body.error) });
    const r = await hitAll([[`vote:ip:${req.ip}`, scaled(LIMITS.votePerIp)], [`vote:dev:${body.data.deviceId}`, scaled(LIMITS.votePerDevice)]]);
    if (!r.ok) return tooMany(res, r.retryAfter);
    try {
      res.json(await vote(req.params.id, body.data.deviceId));
    } catch (e) {
      if (!sendQuestionError(res, e)) throw e;
    }
  }));

  // ------------------------------------------------------------ sessions for scripts
  api.post("/session", ah(async (req, res) => {
    const body = loginSchema.safeParse(req.body ?? {}); // the sign-in form's own schema
    if (!body.success) return res.status(422).json({ errors: fieldErrors(body.error) });
    const r = await login({ ...body.data, ip: req.ip, userAgent: req.headers["user-agent"] ?? null });
    if (!r.ok) {
      if (r.reason === "locked") return tooMany(res, r.retryAfterSeconds ?? 60);
      return res.status(401).json({ error: "invalid_credentials" });
    }
    res.setHeader("Set-Cookie", r.cookie);
    const user = await userFromCookieHeader(r.cookie.split(";")[0]);
    res.status(201).json({ user: user && { id: user.id, username: user.username, role: user.role, organization: user.organization } });
  }));

  api.delete("/session", ah(async (req, res) => {
    const cookie = await logout(new globalThis.Request("http://local/api/session", { headers: { cookie: req.headers.cookie ?? "" } }));
    res.setHeader("Set-Cookie", cookie);
    res.status(204).end();
  }));

  // ------------------------------------------------------------ staff
  api.get("/episodes/:id/questions", ah(async (req, res) => {
    if (!(await requireStaff(req, res, "question:view"))) return;
    const seq = await currentSeq(req.params.id);
    if (seq === null) return res.status(404).json({ error: "not_found" });
    res.json({ seq, questions: await listQuestions(req.params.id) });
  }));

  api.get("/questions/:id/suggestions", ah(async (req, res) => {
    if (!(await requireStaff(req, res, "question:view"))) return;
    const q = await getQuestion(req.params.id);
    if (!q) return res.status(404).json({ error: "not_found" });
    const router = await getRouter();
    const orgs = new Map((await db().organization.findMany({ select: { id: true, code: true, shortName: true, name: true } })).map((o) => [o.code, o]));
    const others = await db().question.findMany({
      where: { episodeId: q.episodeId, id: { not: q.id }, status: { notIn: ["merged", "rejected"] } },
      select: { id: true, summary: true, trackingCode: true, status: true },
      orderBy: { createdAt: "desc" },
      take: 2000,
    });
    res.json({
      routing: router.suggest(`${q.summary} ${q.area}`, 5).map((s) => ({ ...s, organization: orgs.get(s.code) ?? null })),
      duplicates: duplicateCandidates(q.summary, others.map((o) => ({ ...o, text: o.summary }))).map((d) => ({
        id: d.item.id, trackingCode: d.item.trackingCode, summary: d.item.summary, status: d.item.status, score: d.score,
      })),
    });
  }));

  api.post("/questions/:id/actions", ah(async (req, res) => {
    const user = await requireStaff(req, res, "question:triage");
    if (!user) return;
    const parsed = questionActionSchema.safeParse({ ...(req.body ?? {}), questionId: req.params.id });
    if (!parsed.success) return res.status(422).json({ errors: fieldErrors(parsed.error) });
    const q = await db().question.findUnique({ where: { id: req.params.id }, select: { episode: { select: { leadCommitteeId: true } } } });
    if (!q) return res.status(404).json({ error: "not_found" });
    if (!can(user, "question:triage", [q.episode.leadCommitteeId])) return res.status(403).json({ error: "forbidden" });
    try {
      res.json({ question: await applyAction({ id: user.id, username: user.username, role: user.role }, parsed.data) });
    } catch (e) {
      if (!sendQuestionError(res, e)) throw e;
    }
  }));

  api.use((_req, res) => res.status(404).json({ error: "not_found" }));
  api.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.type === "entity.too.large") return res.status(413).json({ error: "payload_too_large" });
    if (err.type === "entity.parse.failed") return res.status(400).json({ error: "invalid_json" });
    console.error(err);
    res.status(500).json({ error: "internal" });
  });
  return api;
}

