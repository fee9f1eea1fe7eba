/**
 * The episode editor's actions, one use case per form intent. Each checks
 * the permission within the episode's lead committee (throwing a typed
 * error), validates with the shared schema, writes in one transaction with
 * its audit record, and signals. The route looks the intent up and calls it.
 */
import type { AuditActor } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { AppError, forbidden, InvalidInput, notFound } from "../../platform/errors.ts";
import { filesOf, parseForm } from "../../platform/http.server.ts";
import { can, type Permission } from "../../platform/permissions.ts";
import { emitEpisodeStatus } from "../../platform/realtime.server.ts";
import { recordForm } from "../../platform/validation.ts";
import {
  createEpisode,
  deleteEpisode,
  setEpisodeStatus,
  TransitionError,
  updateEpisode,
  type EpisodeView,
} from "./episodes.server.ts";
import {
  addChecklistItem,
  addPerson,
  addPlatform,
  attachSurveyFile,
  getChecklistItem,
  removeChecklistItem,
  removePerson,
  removePlatform,
  removeSurveyFile,
  setChecklistDone,
  updateChecklistItem,
  UploadError,
} from "./preparation.server.ts";
import {
  checklistItemSchema,
  checklistToggleSchema,
  episodeSchema,
  episodeStatusSchema,
  personSchema,
  platformSchema,
} from "./schemas.ts";

export type EditorContext = { user: SessionUser; actor: AuditActor; episode: EpisodeView };
/** What an intent leads to: the same page again (undefined), or another page. */
export type EditorOutcome = void | { redirect: string };
type Intent = (c: EditorContext, form: FormData) => Promise<EditorOutcome>;

/** Throws 403 unless the user holds `permission` within `scope` (the episode's lead committee by default). */
function guard(c: EditorContext, permission: Permission, scope: (string | null)[] = [c.episode.leadCommitteeId]) {
  if (!can(c.user, permission, scope)) throw forbidden();
}

const illegal = (from: string, to: string) => new AppError(`ep.illegalTransition|${from}|${to}`, 409);
/** The record a remove form names by its hidden `id`. */
const idOf = (form: FormData, intent: string) => parseForm(recordForm, form, intent).id;

/** A checklist item of this episode, or 404. */
async function itemOf(c: EditorContext, form: FormData, intent: string) {
  const item = await getChecklistItem(idOf(form, intent));
  if (!item || item.episodeId !== c.episode.id) throw notFound();
  return item;
}

export const episodeEditorIntents: Record<string, Intent> = {
  async save(c, form) {
    guard(c, "episode:edit");
    const input = parseForm(episodeSchema, form, "save");
    guard(c, "episode:edit", [input.leadCommitteeId]); // and within the committee it is moved to
    await updateEpisode(c.actor, c.episode.id, input);
  },
  async status(c, form) {
    guard(c, "episode:status");
    const { status } = parseForm(episodeStatusSchema, form, "status");
    try {
      emitEpisodeStatus(await setEpisodeStatus(c.actor, c.episode.id, status));
    } catch (e) {
      if (e instanceof TransitionError) throw illegal(e.from, e.to);
      throw e;
    }
  },
  async delete(c) {
    guard(c, "episode:edit");
    if (c.episode.status !== "planned") throw illegal(c.episode.status, "planned");
    await deleteEpisode(c.actor, c.episode.id);
    return { redirect: "/quan-tri/chuong-trinh" };
  },
  async "platform-add"(c, form) {
    guard(c, "episode:edit");
    await addPlatform(c.actor, c.episode.id, parseForm(platformSchema, form, "platform-add"));
  },
  async "platform-remove"(c, form) {
    guard(c, "episode:edit");
    await removePlatform(c.actor, c.episode.id, idOf(form, "platform-remove"));
  },
  async "person-add"(c, form) {
    guard(c, "episode:edit");
    await addPerson(c.actor, c.episode.id, parseForm(personSchema, form, "person-add"));
  },
  async "person-remove"(c, form) {
    guard(c, "episode:edit");
    await removePerson(c.actor, c.episode.id, idOf(form, "person-remove"));
  },
  async "survey-upload"(c, form) {
    guard(c, "episode:edit");
    const [file] = await filesOf(form, "file"); // streamed to disk as the form was read
    if (!file) throw new InvalidInput({ file: ["err.fileEmpty"] });
    try {
      await attachSurveyFile(c.actor, c.episode.id, file);
    } catch (e) {
      if (e instanceof UploadError) throw new InvalidInput({ file: [e.code] }, e.code === "err.fileSize" ? 413 : 422);
      throw e;
    }
  },
  async "survey-remove"(c) {
    guard(c, "episode:edit");
    await removeSurveyFile(c.actor, c.episode.id);
  },
  async "checklist-add"(c, form) {
    guard(c, "checklist:edit");
    await addChecklistItem(c.actor, c.episode.id, parseForm(checklistItemSchema, form, "checklist-add"));
  },
  async "checklist-update"(c, form) {
    const item = await itemOf(c, form, "checklist-update");
    guard(c, "checklist:edit");
    await updateChecklistItem(c.actor, item.id, parseForm(checklistItemSchema, form, "checklist-update"));
  },
  async "checklist-remove"(c, form) {
    const item = await itemOf(c, form, "checklist-remove");
    guard(c, "checklist:edit");
    await removeChecklistItem(c.actor, item.id);
  },
  async "checklist-toggle"(c, form) {
    const { id, done } = parseForm(checklistToggleSchema, form, "checklist-toggle");
    const item = await getChecklistItem(id);
    if (!item || item.episodeId !== c.episode.id) throw notFound();
    guard(c, "checklist:check", [c.episode.leadCommitteeId, item.ownerOrgId]); // the item's owner may tick it too
    await setChecklistDone(c.actor, item.id, done);
  },
};

/** A new episode, within a committee the user may edit for. */
export async function createEpisodeFromForm(user: SessionUser, actor: AuditActor, form: FormData) {
  if (!can(user, "episode:edit")) throw forbidden();
  const input = parseForm(episodeSchema, form, "save");
  if (!can(user, "episode:edit", [input.leadCommitteeId])) throw forbidden();
  return createEpisode(actor, input);
}
