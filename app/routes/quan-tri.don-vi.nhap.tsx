/**
 * The directory import (admin): download the template, upload a file for a preview (counts, row errors,
 * warnings; nothing written), then confirm. Plain multipart forms: the confirmation posts the staged
 * file's id, never the file again.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ImportPreview } from "../features/directory/components/import-preview.tsx";
import {
  confirmDirectoryUpload,
  previewDirectoryUpload,
  type ImportResult,
  type UploadPreview,
} from "../features/directory/index.server.ts";
import { actorOf, requirePermission } from "../platform/auth.server.ts";
import { filesOf, formResult, readFormWithFiles } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { TextField } from "../platform/ui/form.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "organization:edit");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "organization:edit");
  return formResult("preview", async () => {
    const form = await readFormWithFiles(request, "preview");
    if (form.get("intent") === "import")
      return confirmDirectoryUpload(actorOf(user), String(form.get("stageId") ?? ""));
    const [file] = await filesOf(form, "file");
    // An empty file chosen is told apart from none chosen (the browser sends no name then).
    const chosen = form.get("file") as { name?: string } | null;
    const empty =
      chosen && typeof chosen === "object" && chosen.name ? { name: chosen.name, bytes: Buffer.alloc(0) } : undefined;
    return { preview: await previewDirectoryUpload(user.id, file ?? empty) };
  });
}

type Data = { preview?: UploadPreview; imported?: ImportResult; errors?: Record<string, string[]> } | undefined;

export default function DirectoryImport() {
  const data = useActionData<typeof action>() as Data;
  const t = useT();
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link to="/quan-tri/don-vi">{t("org.list")}</Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{t("import.title")}</h1>
      <p className="mb-3 max-w-prose text-sm text-slate-700">{t("import.intro")}</p>
      <p className="mb-4">
        <a href="/quan-tri/don-vi/mau.xlsx" className="btn-secondary" download>
          {t("import.template")}
        </a>
      </p>
      {data?.imported ? (
        <div className="mb-4 rounded border border-green-300 bg-green-50 p-3" role="status">
          <p className="font-semibold">{t("import.done", { file: data.imported.fileName })}</p>
          <ImportPreview
            plan={{
              tables: data.imported.tables,
              counts: data.imported.counts,
              errors: [],
              warnings: data.imported.warnings,
            }}
          />
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="mb-4 max-w-xl">
        <input type="hidden" name="intent" value="preview" />
        <TextField
          name="file"
          type="file"
          label={t("import.file")}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          required
          errors={data?.errors}
        />
        <button type="submit" className="btn">
          {t("import.preview")}
        </button>
      </Form>
      {data?.preview ? (
        <section aria-labelledby="preview-title" className="rounded border border-slate-300 p-3">
          <h2 id="preview-title" className="mb-2 text-lg font-semibold">
            {t("import.previewOf", { file: data.preview.fileName })}
          </h2>
          <ImportPreview plan={data.preview.plan} />
          {data.preview.stageId ? (
            <Form method="post" encType="multipart/form-data" className="mt-3">
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="stageId" value={data.preview.stageId} />
              <p className="mb-2 text-sm">{t("import.ready")}</p>
              <button type="submit" className="btn">
                {t("import.confirm")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
