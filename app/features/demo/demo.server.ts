/**
 * Demo data for a fresh database outside production, from one demo profile (demo-set.ts): its directory
 * imported through the directory import, its program's episodes, a demonstration episode live right now
 * and one coming up, an account for every role, and questions in the live episode.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SYSTEM_ACTOR, audit } from "../../platform/audit.server.ts";
import { db } from "../../platform/db.server.ts";
import {
  createUser,
  importDirectoryRows,
  readDirectoryFile,
  setUserEmail,
  type DirectoryRows,
} from "../directory/index.server.ts";
import { createEpisode, setChecklistDone } from "../episodes/index.server.ts";
import type { DemoSet } from "./demo-set.ts";
import { seedFollowUp } from "./followup.server.ts";

export async function isEmpty(): Promise<boolean> {
  const [users, orgs] = await Promise.all([db().user.count(), db().organization.count()]);
  return users === 0 && orgs === 0;
}

/** The demo's directory files (organizations.csv, places.csv under `root`), read as an admin's upload would be. */
export async function readDemoDirectory(set: DemoSet, root: string): Promise<DirectoryRows> {
  const read = async (name: string) =>
    readDirectoryFile({ name, bytes: await readFile(path.join(root, set.folder, name)) });
  const [orgs, places] = await Promise.all([read("organizations.csv"), read("places.csv")]);
  return { organizations: orgs.organizations, places: places.places };
}

/** Imports the demo's directory; the organizations' ids by code. */
async function seedDirectory(set: DemoSet, root: string): Promise<Map<string, string>> {
  await importDirectoryRows(SYSTEM_ACTOR, await readDemoDirectory(set, root), `${set.key}/organizations.csv`);
  const orgs = await db().organization.findMany({ select: { id: true, code: true } });
  return new Map(orgs.map((o) => [o.code, o.id]));
}

export type DemoResult = { password: string; generated: boolean; accounts: string[] };

export async function seedDemo(
  set: DemoSet,
  opts: { root: string; password?: string; now?: Date },
): Promise<DemoResult> {
  const now = opts.now ?? new Date();
  const orgs = await seedDirectory(set, opts.root);
  const org = (code: string) => {
    const id = orgs.get(code);
    if (!id) throw new Error(`demo ${set.key}: no organization ${code} in its directory`);
    return id;
  };
  const { plan, speakerRoles } = set.program;
  const hotlines = set.profile.program.hotlines ?? [];
  const series = await db().$transaction(async (tx) => {
    const s = await tx.series.create({
      data: {
        planNumber: plan.number,
        title: plan.title,
        programName: plan.programName,
        issuedAt: new Date(`${plan.issuedAt}T00:00:00+07:00`),
        place: plan.place,
        issuerId: org(plan.issuer),
        signerName: plan.signer.name,
        signerTitle: plan.signer.title,
        signerOnBehalf: plan.signer.on_behalf,
      },
    });
    await audit(tx, { actor: SYSTEM_ACTOR, action: "create", entity: "Series", entityId: s.id, after: s });
    return s;
  });

  for (const ep of set.program.episodes) {
    const t = set.episodeTimes[ep.key] ?? { startsAt: `${ep.month}-15T20:00:00+07:00`, status: "concluded" as const };
    const e = await createEpisode(
      SYSTEM_ACTOR,
      {
        seriesId: series.id,
        topic: ep.topic,
        summary: "",
        leadCommitteeId: org(ep.leadCommittee),
        relatedResolutions: [ep.relatedResolutions],
        startsAt: new Date(t.startsAt),
        durationMinutes: plan.durationMinutes,
        hotlines,
        surveyReportText: "",
        publicBoard: true,
      },
      { status: t.status, platforms: set.platforms },
    );
    await addSpeakers(e.id, speakerRoles);
    for (const item of await db().checklistItem.findMany({ where: { episodeId: e.id } })) {
      await setChecklistDone(SYSTEM_ACTOR, item.id, true);
    }
  }

  // A demonstration series around today, so a newcomer sees a live episode and a countdown.
  const demoSeries = await db().series.create({
    data: {
      planNumber: "DEMO",
      title: "Chương trình minh họa (dữ liệu mẫu)",
      programName: plan.programName,
      issuedAt: new Date(now.getTime() - 30 * 86400_000),
      place: plan.place,
      issuerId: org(plan.issuer),
    },
  });
  const episode = (e: DemoSet["live"], startsAt: Date, status: "live" | "planned") =>
    createEpisode(
      SYSTEM_ACTOR,
      {
        seriesId: demoSeries.id,
        topic: e.topic,
        summary: e.summary ?? "",
        leadCommitteeId: org(e.leadCommittee),
        relatedResolutions: e.relatedResolutions ?? [],
        startsAt,
        durationMinutes: 60,
        hotlines,
        surveyReportText: "",
        publicBoard: true,
      },
      { status, platforms: set.platforms },
    );
  const live = await episode(set.live, new Date(Math.floor((now.getTime() - 10 * 60_000) / 60_000) * 60_000), "live");
  await addSpeakers(live.id, speakerRoles);
  const items = await db().checklistItem.findMany({ where: { episodeId: live.id }, orderBy: { position: "asc" } });
  for (const item of items) await setChecklistDone(SYSTEM_ACTOR, item.id, true);

  // Next week, 20:00 Vietnam time.
  const nextDay = new Date(now.getTime() + 7 * 86400_000);
  const nextStart = new Date(Date.UTC(nextDay.getUTCFullYear(), nextDay.getUTCMonth(), nextDay.getUTCDate(), 13, 0));
  const next = await episode(set.next, nextStart, "planned");
  const nextItems = await db().checklistItem.findMany({ where: { episodeId: next.id }, orderBy: { position: "asc" } });
  await setChecklistDone(SYSTEM_ACTOR, nextItems[0].id, true);

  const generated = !opts.password;
  const created = new Map<string, string>();
  const password = opts.password ?? randomBytes(9).toString("base64url");
  for (const a of set.accounts) {
    const { email, ...account } = a;
    const u = await createUser(SYSTEM_ACTOR, { ...account, password, organizationId: a.org ? org(a.org) : null });
    // An example address, so the notifications' e-mails can be tried against a local SMTP server.
    if (email) await setUserEmail(u.id, email);
    created.set(a.username, u.id);
  }
  const operator = { id: created.get(set.operator)!, username: set.operator, role: "operator" };
  await seedLiveQuestions(set, live.id, operator, org);
  await seedFollowUp(set, { seriesId: demoSeries.id, org, users: created, now, platforms: set.platforms });
  return { password, generated, accounts: set.accounts.map((a) => a.username) };
}

async function addSpeakers(episodeId: string, roles: string[]) {
  await db().episodePerson.createMany({
    data: roles.map((name, i) => ({ episodeId, role: "speaker", name, position: i })),
  });
}

/** Questions in the live demo episode, so the consoles, the studio screen and the public board show something. */
async function seedLiveQuestions(
  set: DemoSet,
  episodeId: string,
  operator: { id: string; username: string; role: string },
  org: (code: string) => string,
) {
  const { submitQuestion, applyAction } = await import("../questions/index.server.ts");
  for (const [i, q] of set.questions.entries()) {
    const r = await submitQuestion(
      episodeId,
      {
        text: q.text,
        name: q.name ?? "",
        phone: "",
        area: q.area ?? "",
        publishName: !!q.name,
        email: "",
        notifyPhone: false,
        contactConsent: false,
        writtenAnswer: false,
        clientKey: `demo-question-${i}`,
        deviceId: null,
        externalId: null,
      },
      {
        channel: q.channel,
        actorLabel: q.channel === "hotline" ? operator.username : "viewer",
        createdById: q.channel === "hotline" ? operator.id : null,
      },
    );
    if (q.then === "approve")
      await applyAction(operator, { action: "approve", questionId: r.question.id, version: r.question.version });
    if (q.then === "route")
      await applyAction(operator, {
        action: "route",
        questionId: r.question.id,
        version: r.question.version,
        agencyId: org(q.agency!),
      });
  }
}
