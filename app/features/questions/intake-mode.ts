/**
 * When an episode takes questions (client-safe: the viewer's page and the intake share it). Before and during
 * the broadcast, every question; once it has ended and until the Standing Committee's conclusion notice is
 * issued (which moves the episode to "concluded"), only questions sent for a written answer, which the
 * follow-up takes like a hotline caller's; after that, none.
 */

/** Episode statuses in which any question is taken. */
export const ACCEPTING: ReadonlySet<string> = new Set(["planned", "live"]);
/** The episode status in which a question is taken only for a written answer (no notice issued yet). */
export const WRITTEN_ONLY = "ended";
/** The flag a question sent after the broadcast carries, so that staff see it is to be answered in writing. */
export const WRITTEN_ANSWER_FLAG = "written_answer";

/** Whether a question's flags (its stored JSON or the parsed list) say it was sent for a written answer. */
export function sentForWrittenAnswer(flags: string | readonly string[]): boolean {
  return typeof flags === "string" ? flags.includes(`"${WRITTEN_ANSWER_FLAG}"`) : flags.includes(WRITTEN_ANSWER_FLAG);
}

export type IntakeMode = "open" | "written" | "closed";

export function intakeMode(episodeStatus: string): IntakeMode {
  if (ACCEPTING.has(episodeStatus)) return "open";
  return episodeStatus === WRITTEN_ONLY ? "written" : "closed";
}
