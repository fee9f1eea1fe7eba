/** Asking and routing through the real API, as the phone and the console do (integration tests). */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { factories } from "./factories.ts";
import { postJson } from "./session.ts";

/** A viewer's question on a live episode; returns its id. */
export async function askVia(url: string, episodeId: string, text: string, extra: Record<string, unknown> = {}) {
  const r = await postJson(url, `/api/episodes/${episodeId}/questions`, {
    text,
    clientKey: randomUUID().replace(/-/g, ""),
    ...extra,
  });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

/** An operator routes the question to an agency (by its code), at the question's current version. */
export async function routeVia(url: string, id: string, cookie: string, agency = "SLDTBXH") {
  const q = await factories.db().question.findUniqueOrThrow({ where: { id } });
  const agencyId = await factories.orgId(agency);
  const r = await postJson(
    url,
    `/api/questions/${id}/actions`,
    { action: "route", version: q.version, agencyId },
    cookie,
  );
  expect(r.status).toBe(200);
}
