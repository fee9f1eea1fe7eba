/**
 * RATE_LIMIT_SCALE multiplies every rate limit, the sockets' event budgets too: a load test (bench/) or a very
 * large audience behind one address is not refused or disconnected by limits meant for one phone.
 */
import { afterAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { connected, socketOpener } from "../helpers/sockets.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({ env: { RATE_LIMIT_SCALE: "1000" } });
const { open, closeAll } = socketOpener(() => server.url);
afterAll(() => closeAll());

describe("RATE_LIMIT_SCALE", () => {
  it("scales a socket's event budget: 300 submissions at once from one socket are all taken", async () => {
    const e = await factories.episode();
    const viewer = open("/");
    await connected(viewer);
    let disconnected = false;
    viewer.on("disconnect", () => (disconnected = true));
    const acks = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        viewer.timeout(20_000).emitWithAck("question:submit", {
          episodeId: e.id,
          text: `Câu hỏi tải thử số ${i} gửi liên tục từ một kết nối`,
          clientKey: `scale-${String(i).padStart(8, "0")}`,
        }),
      ),
    );
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    expect(disconnected).toBe(false);
  });
});
