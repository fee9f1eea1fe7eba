/**
 * What a demo profile consists of: the deployment profile, the directory files (in the import format), the
 * program plan, the accounts, and the episodes and questions that make a first start look like a real one.
 * Each demo lives in its own folder (haugiang-2024/, cantho-2026/); `DEMO_PROFILE` chooses one.
 */
import type { Role } from "../../platform/permissions.ts";
import type { ProfileInput } from "../profile/schemas.ts";

export type DemoAccount = { username: string; email?: string; displayName: string; role: Role; org?: string };

/** The program plan, in the shape of the demo folders' program.json. Codes refer to organizations.csv. */
export type DemoProgram = {
  plan: {
    number: string;
    issuedAt: string;
    place: string;
    issuer: string;
    title: string;
    programName: string;
    signer: { name: string; title: string; on_behalf: string };
    durationMinutes: number;
  };
  episodes: { key: string; month: string; leadCommittee: string; topic: string; relatedResolutions: string }[];
  speakerRoles: string[];
};

export type DemoQuestion = {
  text: string;
  channel: "web" | "hotline";
  name?: string;
  area?: string;
  then?: "approve" | "route";
  agency?: string;
};

export type DemoEpisode = { topic: string; summary?: string; leadCommittee: string; relatedResolutions?: string[] };

/**
 * The after-broadcast demo: an episode that aired three weeks ago and its issued notice, with one task in
 * each class (in the order chưa thực hiện, đang thực hiện trong hạn, đang thực hiện quá hạn, hoàn thành
 * đúng hạn, hoàn thành quá hạn, đóng do không thể giải quyết), questions linked to them, a routed question
 * no task covers and one answered on air. Codes refer to organizations.csv.
 */
export type DemoFollowUp = {
  topic: string;
  leadCommittee: string;
  /** The notice's number, as the profile's pattern fills it ("12" → "12/TB-HĐND"). */
  noticeNumber: string;
  conclusions: string;
  tasks: [DemoTask, DemoTask, DemoTask, DemoTask, DemoTask, DemoTask];
  /** The approved answer (to the in-progress task's first question) and the note returning another for rework. */
  answer: string;
  revisionNote: string;
  uncovered: { summary: string; agency: string };
  onAir: { summary: string; answeredBy: string; airSummary: string };
};
export type DemoTask = {
  content: string;
  lead: string;
  coordinating?: string[];
  /** Staff summaries of the questions the task covers. */
  questions?: string[];
  report?: string;
  closedReason?: string;
};

export type DemoSet = {
  key: string;
  /** Where the demo's organizations.csv and places.csv are, from the project's root. */
  folder: string;
  profile: ProfileInput;
  program: DemoProgram;
  accounts: DemoAccount[];
  /** Concrete days and statuses of the plan's episodes (a plan gives only the month). */
  episodeTimes: Record<string, { startsAt: string; status: "closed" | "concluded" | "planned" }>;
  platforms: { kind: string; label: string; url: string | null }[];
  /** The demonstration series around today: an episode live now and one next week. */
  live: DemoEpisode;
  next: DemoEpisode;
  /** Questions in the live episode; the operator who logs the hotline ones. */
  questions: DemoQuestion[];
  operator: string;
  followUp: DemoFollowUp;
};
