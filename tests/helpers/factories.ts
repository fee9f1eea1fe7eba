/**
 * Test data made through the app's own services, on the test server's database.
 */
import { randomBytes } from "node:crypto";
import { createUser } from "../../app/features/directory/directory.server.ts";
import { createEpisode } from "../../app/features/episodes/episodes.server.ts";
import { SYSTEM_ACTOR } from "../../app/platform/audit.server.ts";
import { loadConfig, setConfig } from "../../app/platform/config.server.ts";
import { db, initDb } from "../../app/platform/db.server.ts";
import type { Role } from "../../app/platform/permissions.ts";
import type { TestServer } from "./server.ts";

export async function connectFactories(server: TestServer) {
  const config = loadConfig({ ...server.env } as Record<string, string>);
  config.sessionSecret = "factory-not-used-for-cookies-xxxxxxxxxxxx";
  setConfig(config);
  await initDb(config);
  return factories;
}

async function orgId(code: string): Promise<string> {
  return (await db().organization.findUniqueOrThrow({ where: { code } })).id;
}

export const factories = {
  db,
  orgId,
  async user(role: Role, orgCode?: string, password = "factory-password-1") {
    const username = `${role}-${randomBytes(4).toString("hex")}`;
    await createUser(SYSTEM_ACTOR, {
      username,
      displayName: username,
      role,
      password,
      organizationId: orgCode ? await orgId(orgCode) : null,
    });
    return { username, password };
  },
  async episode(
    over: { leadCommittee?: string; status?: "planned" | "live" | "ended"; startsAt?: Date; topic?: string } = {},
  ) {
    const series = await db().series.findFirstOrThrow();
    return createEpisode(
      SYSTEM_ACTOR,
      {
        seriesId: series.id,
        topic: over.topic ?? `Chủ đề kiểm thử ${randomBytes(3).toString("hex")}`,
        summary: "",
        leadCommitteeId: await orgId(over.leadCommittee ?? "BVHXH"),
        relatedResolutions: [],
        startsAt: over.startsAt ?? new Date(Date.now() + 3 * 86400_000),
        durationMinutes: 60,
        hotlines: ["0293 3 878 999"],
        surveyReportText: "",
        publicBoard: true,
      },
      { status: over.status ?? "planned" },
    );
  },
};
