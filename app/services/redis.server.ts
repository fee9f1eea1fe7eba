/** The Redis connection, when REDIS_URL is configured (several nodes); otherwise null and state stays in memory. */
import { createClient } from "redis";

export type Redis = ReturnType<typeof createClient>;
type Holder = { __lnRedis?: Redis | null };
const holder = globalThis as Holder;

export async function initRedis(url: string | undefined): Promise<Redis | null> {
  if (!url) return (holder.__lnRedis = null);
  if (holder.__lnRedis) return holder.__lnRedis;
  const client = createClient({ url });
  client.on("error", (e) => console.error(`Redis: ${e.message}`));
  await client.connect();
  return (holder.__lnRedis = client);
}

export function redis(): Redis | null {
  return holder.__lnRedis ?? null;
}

export async function closeRedis() {
  const c = holder.__lnRedis;
  holder.__lnRedis = undefined;
  if (c) await c.quit().catch(() => {});
}
