/**
 * Gateway webhooks (issue 19): the admin adds one through its page (a wrong URL is a field error, the
 * secret is shown once), an asker's hand-off reaches a real HTTP receiver in this process signed with it,
 * a 500 is retried and then sent with the same idempotency key, and the delivery log shows each delivery
 * in Vietnamese and sends a failed one again.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "../../app/features/notifications/webhook-signature.ts";
import { queueWebhooks, sendWebhook } from "../../app/features/notifications/webhooks.server.ts";
import { factories } from "../helpers/factories.ts";
import { get, postJson } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

type Received = { headers: Record<string, string>; body: string; path: string };

/** A gateway: records each request; answers the statuses queued in `answers`, then 200. */
function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const srv: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body, path: req.url ?? "" });
      res.statusCode = answers.shift() ?? 200;
      res.end(res.statusCode < 300 ? '{"ok":true}' : '{"error":"busy"}');
    });
  });
  return new Promise<{ url: string; received: Received[]; answers: number[]; close: () => Promise<void> }>((r) =>
    srv.listen(0, "127.0.0.1", () =>
      r({
        url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
        received,
        answers,
        close: () => new Promise<void>((done) => srv.close(() => done())),
      }),
    ),
  );
}

let gw: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  gw = await startReceiver();
});
afterAll(async () => gw?.close());
const server = suiteServer({ env: { OUTBOX_INTERVAL_MS: "200" }, logins: ["admin", "tongdai1"] });
const c = server.cookies;

/** A form post with repeated names (the events' checkboxes). */
function post(path: string, fields: [string, string][], cookie: string) {
  return fetch(server.url + path, {
    method: "POST",
    headers: { cookie },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
}

/** Queues a message for the gateways as the outbox does, due in an hour. */
const queue = (key: string, type: string, payload: object) =>
  factories.db().$transaction(async (tx) => {
    await queueWebhooks(tx, { key, type, payload });
    await tx.delivery.updateMany({
      where: { key: { startsWith: `${key}:` } },
      data: { nextAttemptAt: new Date(Date.now() + 3_600_000) },
    });
  });

const webhookNamed = (name: string) => factories.db().webhook.findFirst({ where: { name } });
let secret = "";
let hookId = "";

describe("the admin's gateway page", () => {
  it("refuses a URL that is not http(s) with a field error, not a server error", async () => {
    for (const url of [
      "ftp://sms.example.vn/hook",
      "javascript:alert(1)",
      "khong-phai-url",
      "http://u:p@sms.example",
    ]) {
      const r = await post(
        "/quan-tri/webhook",
        [
          ["intent", "create"],
          ["name", "Cổng lỗi"],
          ["url", url],
        ],
        c.admin,
      );
      expect(r.status, url).toBe(422);
      const html = await r.text();
      expect(html).toContain("Địa chỉ nhận phải là đường dẫn http:// hoặc https:// đầy đủ");
      expect(html).toContain('aria-invalid="true"');
    }
    expect(await webhookNamed("Cổng lỗi")).toBeNull();
  });

  it("creates a webhook with its types, shows its secret once, then masked", async () => {
    const r = await post(
      "/quan-tri/webhook",
      [
        ["intent", "create"],
        ["name", "SMS thương hiệu VNPT"],
        ["url", `${gw.url}/sms`],
        ["events", "routed"],
        ["events", "answer_published"],
        ["active", "on"],
      ],
      c.admin,
    );
    expect(r.status).toBe(200);
    const html = await r.text();
    secret = /data-testid="webhook-secret"[^>]*>([^<]+)</.exec(html)![1];
    expect(secret).toMatch(/^whsec_/);
    const row = (await webhookNamed("SMS thương hiệu VNPT"))!;
    hookId = row.id;
    expect(row).toMatchObject({ url: `${gw.url}/sms`, events: "routed\nanswer_published", active: true, secret });

    const list = await (await get(server.url, "/quan-tri/webhook", c.admin)).text();
    expect(list).toContain("SMS thương hiệu VNPT");
    expect(list).toContain("Chuyển đến cơ quan; Trả lời đã được công khai");
    expect(list).toContain(secret.slice(-4));
    expect(list).not.toContain(secret);
    const edit = await (await get(server.url, `/quan-tri/webhook/${hookId}`, c.admin)).text();
    expect(edit).not.toContain(secret);

    const audit = await factories.db().auditEvent.findFirstOrThrow({ where: { entity: "Webhook", entityId: hookId } });
    expect(audit.action).toBe("create");
    expect(audit.after).not.toContain(secret);
  });

  it("is the admin's only", async () => {
    expect((await get(server.url, "/quan-tri/webhook", c.tongdai1)).status).toBe(403);
    expect((await get(server.url, "/quan-tri/gui-tin", c.tongdai1)).status).toBe(403);
    const r = await post(
      "/quan-tri/webhook",
      [
        ["intent", "create"],
        ["name", "X"],
        ["url", gw.url],
      ],
      c.tongdai1,
    );
    expect(r.status).toBe(403);
    const nav = await (await get(server.url, "/quan-tri", c.admin)).text();
    expect(nav).toContain('href="/quan-tri/webhook"');
    expect(nav).toContain('href="/quan-tri/gui-tin"');
  });

  it("edits, makes a new secret and pauses a webhook", async () => {
    const saved = await post(
      `/quan-tri/webhook/${hookId}`,
      [
        ["intent", "save"],
        ["name", "SMS thương hiệu VNPT"],
        ["url", "mailto:a@b.vn"],
      ],
      c.admin,
    );
    expect(saved.status).toBe(422);
    expect(await saved.text()).toContain("Địa chỉ nhận phải là đường dẫn");
    const h = await factories.db().webhook.create({
      data: { name: "Zalo ZNS tạm", url: `${gw.url}/zalo`, secret: "whsec_old", events: "" },
    });
    const again = await post(`/quan-tri/webhook/${h.id}`, [["intent", "secret"]], c.admin);
    const fresh = /data-testid="webhook-secret"[^>]*>([^<]+)</.exec(await again.text())![1];
    expect(fresh).toMatch(/^whsec_.{40,}/);
    expect((await factories.db().webhook.findUniqueOrThrow({ where: { id: h.id } })).secret).toBe(fresh);
    const off = await post(
      "/quan-tri/webhook",
      [
        ["intent", "deactivate"],
        ["id", h.id],
      ],
      c.admin,
    );
    expect(off.status).toBe(200);
    expect((await factories.db().webhook.findUniqueOrThrow({ where: { id: h.id } })).active).toBe(false);
    const edited = await post(
      `/quan-tri/webhook/${h.id}`,
      [
        ["intent", "save"],
        ["name", "Zalo ZNS"],
        ["url", `${gw.url}/zalo`],
        ["events", "closed"],
      ],
      c.admin,
    );
    expect(edited.status).toBe(200);
    expect(await factories.db().webhook.findUniqueOrThrow({ where: { id: h.id } })).toMatchObject({
      name: "Zalo ZNS",
      events: "closed",
      active: false,
    });
  });
});

describe("an asker's message through the gateway", () => {
  it("is POSTed signed, retried after a 500 with the same idempotency key, then sent", async () => {
    gw.answers.push(500);
    const before = gw.received.length;
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const ask = await postJson(server.url, `/api/episodes/${e.id}/questions`, {
      text: "Bao giờ sửa xong cầu Cái Côn, xã Long Thạnh?",
      clientKey: randomUUID().replace(/-/g, ""),
      phone: "0912345678",
    });
    expect(ask.status).toBe(201);
    const id = ask.body.id as string;
    // The asker agreed to be told by SMS; the episode has ended, so hand-offs go at once.
    await factories.db().question.update({ where: { id }, data: { notifyPhone: true } });
    await factories.db().episode.update({ where: { id: e.id }, data: { status: "ended" } });
    const q = await factories.db().question.findUniqueOrThrow({ where: { id } });
    const routed = await postJson(
      server.url,
      `/api/questions/${id}/actions`,
      { action: "route", version: q.version, agencyId: await factories.orgId("SGTVT") },
      c.tongdai1,
    );
    expect(routed.status).toBe(200);

    const delivery = () =>
      factories
        .db()
        .delivery.findFirst({ where: { channel: "webhook", webhookId: hookId, payload: { contains: id } } });
    const mine = () => gw.received.slice(before).filter((r) => r.body.includes(q.trackingCode));
    await expect.poll(() => mine().length, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await delivery())?.attempts ?? 0, { timeout: 5000 }).toBe(1);
    const first = (await delivery())!;
    expect(first).toMatchObject({ status: "pending", lastError: "HTTP 500" });
    expect(first.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000); // backoff: 30 s
    // Time passes: the retry is due now.
    await factories.db().delivery.update({ where: { id: first.id }, data: { nextAttemptAt: new Date() } });
    await expect.poll(async () => (await delivery())?.status, { timeout: 10_000 }).toBe("sent");
    expect((await delivery())!.attempts).toBe(2);

    const [a, b] = mine();
    expect(mine()).toHaveLength(2);
    for (const r of [a, b]) {
      expect(r.path).toBe("/sms");
      expect(r.headers["content-type"]).toBe("application/json");
      expect(r.headers["x-langnghe-event"]).toBe("routed");
      expect(r.headers["x-langnghe-delivery"]).toBe(first.id);
      expect(r.headers["idempotency-key"]).toBe(first.key);
      expect(Math.abs(Number(r.headers["x-langnghe-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
      expect(
        verifyWebhookSignature(secret, r.headers["x-langnghe-signature"], r.headers["x-langnghe-timestamp"], r.body),
      ).toBe(true);
      expect(
        verifyWebhookSignature(
          "whsec_wrong",
          r.headers["x-langnghe-signature"],
          r.headers["x-langnghe-timestamp"],
          r.body,
        ),
      ).toBe(false);
    }
    const payload = JSON.parse(b.body);
    expect(payload).toMatchObject({
      event: "routed",
      id: first.key,
      question: { trackingCode: q.trackingCode, episodeTitle: e.topic, status: "routed" },
      recipient: { phone: "0912345678" },
      link: `${server.url}/theo-doi/${q.trackingCode}`,
    });
    expect(new Date(payload.occurredAt).toString()).not.toBe("Invalid Date");
    expect(payload.message.length).toBeLessThanOrEqual(300);
    expect(payload.message).toContain(q.trackingCode);

    // The Zalo webhook is paused and takes only "closed": nothing was queued for it.
    const zalo = (await webhookNamed("Zalo ZNS"))!;
    expect(await factories.db().delivery.count({ where: { webhookId: zalo.id } })).toBe(0);

    // The delivery log shows it, in Vietnamese.
    const page = await (await get(server.url, "/quan-tri/gui-tin?channel=webhook&status=sent", c.admin)).text();
    expect(page).toContain(`data-key="${first.key}"`);
    expect(page).toContain("Cổng nhắn tin");
    expect(page).toContain("SMS thương hiệu VNPT");
    expect(page).toContain("Đã gửi");
    expect(page).not.toMatch(/>(sent|webhook|pending|failed)</);
    expect(page).toMatch(/\d{2}:\d{2}/);
  });

  it("once given up, is sent again by the admin (one, or all failed)", async () => {
    const key = `test:${randomUUID()}`;
    // Queued not yet due, so that the worker does not take it before the test has set it up.
    await queue(key, "answer_published", {
      event: "answer_published",
      message: "Câu hỏi ABCDE-23456 đã có trả lời.",
      recipient: { phone: "0987654321" },
    });
    const d = await factories.db().delivery.findUniqueOrThrow({ where: { key: `${key}:${hookId}` } });
    // The last of its retries is due, and the gateway is down: the delivery is failed.
    gw.answers.push(503);
    await factories.db().delivery.update({ where: { id: d.id }, data: { attempts: 5, nextAttemptAt: new Date() } });
    await expect
      .poll(async () => (await factories.db().delivery.findUnique({ where: { id: d.id } }))?.status, {
        timeout: 10_000,
      })
      .toBe("failed");
    const failedPage = await (await get(server.url, "/quan-tri/gui-tin?status=failed", c.admin)).text();
    expect(failedPage).toContain(`data-key="${d.key}"`);
    expect(failedPage).toContain("Không thành công");
    expect(failedPage).toContain("HTTP 503");
    expect(failedPage).toContain("Gửi lại tất cả tin không thành công (1)");

    const retried = await post(
      "/quan-tri/gui-tin",
      [
        ["intent", "retry"],
        ["id", d.id],
      ],
      c.admin,
    );
    expect(retried.status).toBe(200);
    await expect
      .poll(async () => (await factories.db().delivery.findUnique({ where: { id: d.id } }))?.status, {
        timeout: 10_000,
      })
      .toBe("sent");
    expect((await factories.db().delivery.findUniqueOrThrow({ where: { id: d.id } })).attempts).toBe(7); // kept, +1
    const received = gw.received.filter((r) => r.headers["idempotency-key"] === d.key);
    expect(received).toHaveLength(2);
    expect(JSON.parse(received[1].body)).toMatchObject({ id: d.key, recipient: { phone: "0987654321" } });

    // A delivery that is not failed is not sent again.
    const again = await post(
      "/quan-tri/gui-tin",
      [
        ["intent", "retry"],
        ["id", d.id],
      ],
      c.admin,
    );
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Chỉ gửi lại được tin ở trạng thái");

    // Retry all: two failed, both sent.
    const keys = [`test:${randomUUID()}`, `test:${randomUUID()}`];
    for (const k of keys) await queue(k, "routed", { event: "routed" });
    await factories.db().delivery.updateMany({
      where: { key: { in: keys.map((k) => `${k}:${hookId}`) } },
      data: { status: "failed", attempts: 6, lastError: "HTTP 502", nextAttemptAt: new Date(Date.now() + 3_600_000) },
    });
    const all = await post("/quan-tri/gui-tin", [["intent", "retry-all"]], c.admin);
    expect(all.status).toBe(200);
    expect(await all.text()).toContain("Đã đưa 2 tin vào hàng chờ gửi lại.");
    await expect
      .poll(
        () =>
          factories.db().delivery.count({ where: { key: { in: keys.map((k) => `${k}:${hookId}`) }, status: "sent" } }),
        {
          timeout: 10_000,
        },
      )
      .toBe(2);
    const audit = await factories
      .db()
      .auditEvent.count({ where: { entity: "Delivery", action: { in: ["retry", "retry-all"] } } });
    expect(audit).toBe(2);
  });
});

describe("sending", () => {
  it("follows a redirect only on the same origin, and never hands the message to another host", async () => {
    const landed: Received[] = [];
    const srv: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        if (req.url === "/away") res.writeHead(307, { location: `${gw.url}/stolen` }).end();
        else if (req.url === "/found") res.writeHead(302, { location: "/landed" }).end();
        else if (req.url === "/moved") res.writeHead(308, { location: "/landed" }).end();
        else {
          landed.push({ headers: req.headers as Record<string, string>, body, path: req.url ?? "" });
          res.writeHead(204).end();
        }
      });
    });
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    const hook = await factories.db().webhook.create({
      data: { name: "Chuyển hướng", url: `${base}/away`, secret: "whsec_redirect", events: "", active: true },
    });
    const delivery = await factories.db().delivery.create({
      data: {
        channel: "webhook",
        key: `test:${randomUUID()}`,
        recipient: hook.url,
        webhookId: hook.id,
        subject: "closed",
        payload: JSON.stringify({ event: "closed", recipient: { phone: "0911222333" } }),
        nextAttemptAt: new Date(Date.now() + 3_600_000),
      },
    });
    const stolen = () => gw.received.filter((r) => r.path === "/stolen").length;
    await expect(sendWebhook(delivery)).rejects.toThrow(/another host/);
    expect(stolen()).toBe(0);
    await factories.db().webhook.update({ where: { id: hook.id }, data: { url: `${base}/found` } });
    await expect(sendWebhook(delivery)).rejects.toThrow(/HTTP 302/);
    expect(landed).toHaveLength(0);
    await factories.db().webhook.update({ where: { id: hook.id }, data: { url: `${base}/moved` } });
    await sendWebhook(delivery);
    expect(landed).toHaveLength(1);
    expect(landed[0].headers["idempotency-key"]).toBe(delivery.key);
    expect(JSON.parse(landed[0].body)).toMatchObject({ event: "closed" });
    // Another scheme stored by hand is refused before any request.
    await factories.db().webhook.update({ where: { id: hook.id }, data: { url: "file:///etc/passwd" } });
    await expect(sendWebhook(delivery)).rejects.toThrow(/http\(s\)/);
    await new Promise<void>((r) => srv.close(() => r()));
  });
});
