/**
 * Run as a child process by redis-subscriber.test.ts (a crash must not take the test runner down):
 * a subscriber created while Redis is unreachable subscribes, then Redis comes (a TCP link opened
 * on the port it keeps trying), and a message published afterwards must reach it.
 * Prints "received" and exits 0, or dies.
 */
import net from "node:net";
import { createClient } from "redis";
import { subscribeWhenReady } from "../../app/platform/redis.server.ts";

const target = new URL(process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379");
const link = net.createServer((c) => {
  const r = net.connect(Number(target.port || 6379), target.hostname);
  c.pipe(r).pipe(c);
  c.on("error", () => r.destroy());
  r.on("error", () => c.destroy());
});
await new Promise<void>((resolve) => link.listen(0, "127.0.0.1", resolve));
const port = (link.address() as net.AddressInfo).port;
await new Promise<void>((resolve) => link.close(() => resolve())); // Redis "unreachable" on that port

const channel = `late-subscriber:${process.pid}`;
const client = createClient({ url: `redis://127.0.0.1:${port}` });
client.on("error", () => {});
const sub = process.env.RAW_CLIENT ? client : subscribeWhenReady(client);
void client.connect().catch(() => {});
await new Promise((r) => setTimeout(r, 200));
const got = new Promise<string>((resolve) => {
  void sub.pSubscribe(`${channel}*`, (m) => resolve(m));
  void sub.subscribe([`${channel}:a`, `${channel}:b`], () => {});
});
await new Promise((r) => setTimeout(r, 600));
await new Promise<void>((resolve) => link.listen(port, "127.0.0.1", resolve)); // Redis comes
const pub = createClient({ url: target.href });
await pub.connect();
const timer = setInterval(() => void pub.publish(`${channel}:x`, "hello"), 100);
const message = await Promise.race([got, new Promise((r) => setTimeout(() => r("timeout"), 5000))]);
clearInterval(timer);
console.log(message === "hello" ? "received" : `not received (${String(message)})`);
await pub.quit();
await client.quit();
link.close();
process.exit(message === "hello" ? 0 : 1);
