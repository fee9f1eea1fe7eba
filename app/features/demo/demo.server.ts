/**
 * Demo data for a fresh database outside production: the Hậu Giang 2024
 * directory and program (plan 02/KH-TT), an episode live right now, one
 * coming up, and an account for every role.
 */
import { randomBytes } from "node:crypto";
import program from "../../data/program.json";
import { SYSTEM_ACTOR, audit } from "../../platform/audit.server.ts";
import { db } from "../../platform/db.server.ts";
import type { Role } from "../../platform/permissions.ts";
import { createUser } from "../directory/index.server.ts";
import { createEpisode, setChecklistDone } from "../episodes/index.server.ts";
import { HG_KEYWORDS, HG_ORGS, HG_PLACES } from "./haugiang-2024.ts";

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; org?: string }[] = [
  { username: "admin", displayName: "Quản trị hệ thống", role: "admin", org: "VPDDBQH" },
  { username: "thuongtruc", displayName: "Thường trực HĐND tỉnh", role: "standing", org: "TTHDND" },
  { username: "ban.vhxh", displayName: "Ban Văn hóa - Xã hội", role: "committee", org: "BVHXH" },
  { username: "ban.ktns", displayName: "Ban Kinh tế - Ngân sách", role: "committee", org: "BKTNS" },
  { username: "tongdai1", displayName: "Tổng đài viên 1", role: "operator", org: "VPDDBQH" },
  { username: "tongdai2", displayName: "Tổng đài viên 2", role: "operator", org: "VPDDBQH" },
  { username: "so.ldtbxh", displayName: "Sở Lao động - Thương binh và Xã hội", role: "agency", org: "SLDTBXH" },
  { username: "bql.kcn", displayName: "Ban Quản lý các khu công nghiệp", role: "agency", org: "BQLKCN" },
];

/** Concrete days and times for the 2024 episodes (the plan gives only the month). */
const EPISODE_TIMES: Record<string, { startsAt: string; status: "closed" | "concluded" }> = {
  "2024-05": { startsAt: "2024-05-23T20:00:00+07:00", status: "closed" },
  "2024-07": { startsAt: "2024-07-25T20:00:00+07:00", status: "concluded" },
  "2024-10": { startsAt: "2024-10-24T20:00:00+07:00", status: "concluded" },
};

const DEMO_HOTLINE = "0293 3 878 999";

function platforms() {
  return [
    { kind: "tv", label: "Sóng truyền hình Đài PT-TH Hậu Giang", url: null },
    {
      kind: "youtube",
      label: "YouTube",
      url: "https://www.youtube.com/results?search_query=L%E1%BA%AFng+nghe+v%C3%A0+Trao+%C4%91%E1%BB%95i",
    },
    {
      kind: "fanpage",
      label: "Fanpage",
      url: "https://www.facebook.com/search/top?q=L%E1%BA%AFng%20nghe%20v%C3%A0%20Trao%20%C4%91%E1%BB%95i",
    },
    { kind: "website", label: "Website Đài PT-TH", url: null },
  ] as { kind: string; label: string; url: string | null }[];
}

export async function isEmpty(): Promise<boolean> {
  const [users, orgs] = await Promise.all([db().user.count(), db().organization.count()]);
  return users === 0 && orgs === 0;
}

export async function seedDirectory(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  await db().$transaction(async (tx) => {
    for (const o of HG_ORGS) {
      const created = await tx.organization.create({
        data: {
          code: o.code,
          kind: o.kind,
          name: o.name,
          shortName: o.short,
          parentId: o.parent ? ids.get(o.parent) : null,
          keywords: (HG_KEYWORDS[o.code] ?? []).join("\n"),
        },
      });
      ids.set(o.code, created.id);
      await audit(tx, {
        actor: SYSTEM_ACTOR,
        action: "create",
        entity: "Organization",
        entityId: created.id,
        after: created,
      });
    }
    for (const p of HG_PLACES)
      await tx.place.create({ data: { kind: p.kind, name: p.name, organizationId: ids.get(p.code)! } });
  });
  return ids;
}

export type DemoResult = { password: string; generated: boolean };

export async function seedDemo(opts: { password?: string; now?: Date } = {}): Promise<DemoResult> {
  const now = opts.now ?? new Date();
  const orgs = await seedDirectory();
  const plan = program.plan;
  const series = await db().$transaction(async (tx) => {
    const s = await tx.series.create({
      data: {
        planNumber: plan.number,
        title: plan.title,
        programName: plan.programName,
        issuedAt: new Date(`${plan.issuedAt}T00:00:00+07:00`),
        place: plan.place,
        issuerId: orgs.get(plan.issuer),
        signerName: plan.signer.name,
        signerTitle: plan.signer.title,
        signerOnBehalf: plan.signer.on_behalf,
      },
    });
    await audit(tx, { actor: SYSTEM_ACTOR, action: "create", entity: "Series", entityId: s.id, after: s });
    return s;
  });

  const speakers = program.speakerRoles;
  for (const ep of program.episodes) {
    const t = EPISODE_TIMES[ep.key] ?? { startsAt: `${ep.month}-15T20:00:00+07:00`, status: "concluded" as const };
    const e = await createEpisode(
      SYSTEM_ACTOR,
      {
        seriesId: series.id,
        topic: ep.topic,
        summary: "",
        leadCommitteeId: orgs.get(ep.leadCommittee)!,
        relatedResolutions: [ep.relatedResolutions],
        startsAt: new Date(t.startsAt),
        durationMinutes: plan.durationMinutes,
        hotlines: [DEMO_HOTLINE],
        surveyReportText: "",
        publicBoard: true,
      },
      { status: t.status, platforms: platforms() },
    );
    await addSpeakers(e.id, speakers);
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
      issuerId: orgs.get(plan.issuer),
    },
  });
  const live = await createEpisode(
    SYSTEM_ACTOR,
    {
      seriesId: demoSeries.id,
      topic: "Chính sách hỗ trợ học nghề, giải quyết việc làm cho lao động nông thôn",
      summary:
        "Chương trình minh họa đang phát trực tiếp: cử tri, Nhân dân gửi câu hỏi qua trang này hoặc gọi đường dây nóng.",
      leadCommitteeId: orgs.get("BVHXH")!,
      relatedResolutions: ["Nghị quyết về chính sách hỗ trợ đào tạo nghề cho lao động nông thôn (dữ liệu mẫu)"],
      startsAt: new Date(Math.floor((now.getTime() - 10 * 60_000) / 60_000) * 60_000),
      durationMinutes: 60,
      hotlines: [DEMO_HOTLINE],
      surveyReportText: "",
      publicBoard: true,
    },
    { status: "live", platforms: platforms() },
  );
  await addSpeakers(live.id, speakers);
  const items = await db().checklistItem.findMany({ where: { episodeId: live.id }, orderBy: { position: "asc" } });
  for (const item of items) await setChecklistDone(SYSTEM_ACTOR, item.id, true);

  const nextDay = new Date(now.getTime() + 7 * 86400_000);
  // 20:00 in Hậu Giang
  const nextStart = new Date(Date.UTC(nextDay.getUTCFullYear(), nextDay.getUTCMonth(), nextDay.getUTCDate(), 13, 0));
  const next = await createEpisode(
    SYSTEM_ACTOR,
    {
      seriesId: demoSeries.id,
      topic: "Thu hút đầu tư vào các khu, cụm công nghiệp và nhà ở cho công nhân",
      summary: "",
      leadCommitteeId: orgs.get("BKTNS")!,
      relatedResolutions: [],
      startsAt: nextStart,
      durationMinutes: 60,
      hotlines: [DEMO_HOTLINE],
      surveyReportText: "",
      publicBoard: true,
    },
    { status: "planned", platforms: platforms() },
  );
  const nextItems = await db().checklistItem.findMany({ where: { episodeId: next.id }, orderBy: { position: "asc" } });
  await setChecklistDone(SYSTEM_ACTOR, nextItems[0].id, true);

  const generated = !opts.password;
  const created = new Map<string, string>();
  const password = opts.password ?? randomBytes(9).toString("base64url");
  for (const a of DEMO_ACCOUNTS) {
    const u = await createUser(SYSTEM_ACTOR, { ...a, password, organizationId: a.org ? orgs.get(a.org) : null });
    created.set(a.username, u.id);
  }
  await seedLiveQuestions(live.id, { id: created.get("tongdai1")!, username: "tongdai1", role: "operator" }, orgs);
  return { password, generated };
}

async function addSpeakers(episodeId: string, roles: string[]) {
  await db().episodePerson.createMany({
    data: roles.map((name, i) => ({ episodeId, role: "speaker", name, position: i })),
  });
}

/** Questions in the live demo episode, so the consoles, the studio screen and the public board show something. */
const DEMO_QUESTIONS: {
  text: string;
  channel: "web" | "hotline";
  name?: string;
  area?: string;
  then?: "approve" | "route";
  agency?: string;
}[] = [
  {
    text: "Lao động nông thôn trên 40 tuổi muốn học nghề sửa xe máy ngắn hạn, có được hỗ trợ tiền ăn, tiền đi lại không?",
    channel: "web",
    name: "Nguyễn Văn Tám",
    area: "Vị Thủy",
    then: "approve",
  },
  {
    text: "Con tôi học xong lớp 12 muốn học nghề điện công nghiệp thì đăng ký ở đâu, có được miễn học phí không?",
    channel: "hotline",
    name: "Trần Thị Mai",
    area: "Phụng Hiệp",
    then: "approve",
  },
  {
    text: "Khi nào có phiên giao dịch việc làm tiếp theo tại Vị Thanh?",
    channel: "web",
    then: "route",
    agency: "TTDVVL",
  },
  {
    text: "Muốn đi xuất khẩu lao động Nhật Bản thì làm sao biết công ty nào được cấp phép, tránh bị lừa?",
    channel: "web",
    area: "Long Mỹ",
    then: "route",
    agency: "SLDTBXH",
  },
  {
    text: "Người khuyết tật có được học nghề miễn phí và được giới thiệu việc làm không?",
    channel: "hotline",
    name: "Lê Văn Hùng",
  },
  { text: "cho em hoi hoc nghe han o dau o hau giang co truong nao day khong a", channel: "web" },
  { text: "Sổ bảo hiểm xã hội của tôi bị sai ngày sinh thì điều chỉnh ở đâu?", channel: "web", area: "Châu Thành A" },
  {
    text: "Con tôi đi làm việc ở Hàn Quốc theo chương trình EPS, muốn vay vốn ngân hàng chính sách thì cần giấy tờ gì?",
    channel: "hotline",
    name: "Phạm Thị Hoa",
  },
];

async function seedLiveQuestions(
  episodeId: string,
  operator: { id: string; username: string; role: string },
  orgs: Map<string, string>,
) {
  const { submitQuestion, applyAction } = await import("../questions/index.server.ts");
  for (const [i, q] of DEMO_QUESTIONS.entries()) {
    const r = await submitQuestion(
      episodeId,
      {
        text: q.text,
        name: q.name ?? "",
        phone: "",
        area: q.area ?? "",
        publishName: !!q.name,
        contactConsent: false,
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
        agencyId: orgs.get(q.agency!)!,
      });
  }
}
