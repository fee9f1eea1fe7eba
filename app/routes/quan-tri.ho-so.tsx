/** The deployment profile (admin only): the council, its documents' header, numbers and signers, the program. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ProfileForm } from "../features/profile/components/profile-form.tsx";
import { loadProfile, saveProfile } from "../features/profile/index.server.ts";
import { profileFormSchema, profileFormValues } from "../features/profile/schemas.ts";
import { actorOf, requirePermission } from "../platform/auth.server.ts";
import type { FormActionData } from "../platform/forms.ts";
import { formAction, parseForm } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "profile:edit");
  const { profile, stored } = await loadProfile();
  return { values: profileFormValues(profile), stored };
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:edit");
  const input = parseForm(profileFormSchema, await request.formData(), "save");
  await saveProfile(actorOf(user), input);
  return { ok: true };
}

export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function ProfilePage() {
  const { values } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as FormActionData | undefined;
  const t = useT();
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">{t("profile.title")}</h1>
      <p className="mb-1 text-sm text-slate-700">{t("profile.intro")}</p>
      <p className="mb-3 text-xs text-slate-500">{t("profile.ttl")}</p>
      <ProfileForm key={data?.ok ? "saved" : "editing"} values={data?.values ?? values} result={data} />
    </div>
  );
}
