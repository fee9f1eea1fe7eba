/**
 * What every request passes before a route reads it (Express middleware,
 * applied by the server to the API and the pages alike):
 * - state-changing requests come from the app's own origin (`isOwnOrigin`),
 *   else 403 (Remix's own check would throw a 500);
 * - each route's body limit.
 *
 * How large a request body each route may send, checked from Content-Length
 * before a byte of the body is read: over it, 413 at once (and the connection
 * is closed, so the unread rest is never taken for the next request). Bodies
 * without a length (chunked) are refused with 411 outside the JSON API, whose
 * parser counts while reading. Socket.IO's own requests never reach this (its
 * payloads are limited by maxHttpBufferSize).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { getConfig } from "./config.server.ts";
import { isOwnOrigin } from "./context.server.ts";

const KB = 1024;
/** A page form without files: the longest is a notice or an answer in Markdown. */
export const FORM_LIMIT = 256 * KB;
/** Sign-in, sign-out and the password form: a few fields. */
export const SIGN_IN_LIMIT = 8 * KB;
/** The JSON API (the same figure as its parser's limit). */
export const API_LIMIT = 16 * KB;
/** Files one form may carry, each at most UPLOAD_MAX_MB. */
export const MAX_FILES = 5;

/** The pages whose forms carry files: answers, progress reports, the episode's survey report, the directory import. */
const UPLOAD_PAGES = [
  /^\/quan-tri\/hop-thu\/[^/]+\/?$/,
  /^\/quan-tri\/chuong-trinh\/[^/]+\/?$/,
  /^\/quan-tri\/don-vi\/nhap\/?$/,
];

/** The largest body a request to `path` may send, in bytes. */
export function bodyLimit(path: string): number {
  if (/^\/api(\/|$)/.test(path)) return API_LIMIT;
  if (/^\/(dang-nhap|dang-xuat|tai-khoan)\/?$/.test(path)) return SIGN_IN_LIMIT;
  if (UPLOAD_PAGES.some((p) => p.test(path))) return MAX_FILES * getConfig().uploadMaxBytes + FORM_LIMIT;
  return FORM_LIMIT;
}

const size = (n: number) => (n >= 1024 * KB ? `${Math.round(n / 1024 / KB)} MB` : `${Math.round(n / KB)} KB`);

function refuse(req: IncomingMessage, res: ServerResponse, status: 403 | 411 | 413, limit: number) {
  res.statusCode = status;
  res.setHeader("Connection", "close");
  const api = (req.url ?? "").startsWith("/api");
  if (api) {
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    const error = { 403: "cross_origin", 411: "length_required", 413: "payload_too_large" }[status];
    res.end(JSON.stringify(status === 403 ? { error } : { error, limit }));
    return;
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  const [vi, en] = {
    403: ["Biểu mẫu này không được gửi từ trang của ứng dụng.", "This form was not sent from the app's own pages."],
    411: ["Yêu cầu phải cho biết độ dài nội dung.", "The request must state its length."],
    413: [`Nội dung gửi lên quá lớn (tối đa ${size(limit)}).`, `The request is too large (at most ${size(limit)}).`],
  }[status];
  res.end(
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${status}</title>` +
      `<p>${vi}</p><p lang="en">${en}</p><p><a href="/">Trang chủ / Home</a></p></html>`,
  );
}

/**
 * Express middleware: a state-changing request from another origin is 403;
 * the body's declared size is checked against the route's limit before anything reads it.
 */
export function guardRequests(req: IncomingMessage & { path?: string }, res: ServerResponse, next: () => void) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const path = req.path ?? new URL(req.url ?? "/", "http://x").pathname;
  const limit = bodyLimit(path);
  if (!isOwnOrigin(req)) return refuse(req, res, 403, limit);
  const declared = req.headers["content-length"];
  if (declared === undefined) {
    if (req.headers["transfer-encoding"] && !path.startsWith("/api/")) return refuse(req, res, 411, limit);
    return next();
  }
  if (Number(declared) > limit) return refuse(req, res, 413, limit);
  next();
}
