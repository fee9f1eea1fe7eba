/** The episodes feature's door (server): series, episodes, the schedule, and their preparation. */
export * from "./episodes.server.ts";
export * from "./preparation.server.ts";
export { buildCalendar } from "./ical.ts";
export { createEpisodeFromForm, episodeEditorIntents, type EditorContext } from "./editor.server.ts";
export { editorPage } from "./editor-page.server.ts";
