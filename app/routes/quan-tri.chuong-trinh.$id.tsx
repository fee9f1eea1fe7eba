import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { EditorActionData } from "../features/episodes/components/editor-parts.tsx";
import { EpisodeEditor } from "../features/episodes/components/editor.tsx";
import {
  createEpisodeFromForm,
  editorPage,
  episodeEditorIntents,
  getEpisode,
} from "../features/episodes/index.server.ts";
import { actorOf, requirePermission } from "../platform/auth.server.ts";
import { formIntent, formResult, invalid, notFound, readFormWithFiles, intentOf } from "../platform/http.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const isNew = params.id === "moi";
  const user = await requirePermission(request, isNew ? "episode:edit" : "episode:view");
  const page = await editorPage(user, isNew ? null : params.id!);
  if (!page) throw notFound();
  return page;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  const form = await formResult(undefined, () => readFormWithFiles(request, "survey-upload")); // 413 for an oversized file
  if (form instanceof Response) return form;
  const intent = formIntent(form);
  const actor = actorOf(user);
  return formResult(intent, async () => {
    if (params.id === "moi")
      return redirect(`/quan-tri/chuong-trinh/${(await createEpisodeFromForm(user, actor, form)).id}`);
    const episode = await getEpisode(params.id!);
    if (!episode) throw notFound();
    const run = intentOf(episodeEditorIntents, intent);
    if (!run) return invalid({ intent: ["err.choice"] }, intent, undefined, 400);
    const out = await run({ user, actor, episode }, form);
    return out ? redirect(out.redirect) : { ok: true, intent };
  });
}

export default function EpisodeEditorPage() {
  return (
    <EpisodeEditor data={useLoaderData<typeof loader>()} action={useActionData<typeof action>() as EditorActionData} />
  );
}
