/**
 * Sending one question the viewer's form keeps on the device: over the socket when it is connected, else
 * over HTTP; the client key makes every resend safe.
 */
import { deviceId, type MyQuestion } from "../../../platform/device.client.ts";
import { getSocket } from "../../../platform/socket.client.ts";

export type Ack = {
  ok: boolean;
  status?: number;
  trackingCode?: string;
  /** Only in the answer that created the question; kept on this device beside the tracking code. */
  askerSecret?: string;
  questionStatus?: string;
  errors?: Record<string, string[]>;
  error?: string;
  retryAfter?: number;
};

/** How long to wait before sending again, after `attempt` failures in a row. */
export const RETRY_MS = (attempt: number) => Math.min(60_000, 2000 * 2 ** attempt);

export async function sendOne(q: MyQuestion): Promise<Ack> {
  const body = {
    text: q.text,
    name: q.name,
    phone: q.phone,
    area: q.area,
    publishName: q.publishName,
    contactConsent: q.contactConsent ?? false,
    email: q.email ?? "",
    notifyPhone: q.notifyPhone ?? false,
    writtenAnswer: q.writtenAnswer ?? false,
    clientKey: q.clientKey,
    deviceId: deviceId(),
  };
  const socket = getSocket("/");
  if (socket.connected) {
    try {
      return (await socket.timeout(8000).emitWithAck("question:submit", { ...body, episodeId: q.episodeId })) as Ack;
    } catch {
      // fall through to HTTP
    }
  }
  const res = await fetch(`/api/episodes/${q.episodeId}/questions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (res.status === 201 || res.status === 200)
    return {
      ok: true,
      status: res.status,
      trackingCode: json.trackingCode,
      askerSecret: json.askerSecret,
      questionStatus: json.status,
    };
  return { ok: false, status: res.status, errors: json.errors, error: json.error, retryAfter: json.retryAfter };
}
