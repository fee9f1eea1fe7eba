/** The episodes feature's door (server): series, episodes, the schedule, and their preparation. */
export * from "./episodes.server.ts";
export * from "./preparation.server.ts";
export { buildCalendar } from "./ical.ts";
