import { useT } from "../../../platform/i18n/i18n.tsx";

/** The asker's proof in a form: the device id and the secret this device keeps, or a field to type the secret in. */
export function AskerProofFields({
  id,
  known,
  proven,
  error,
}: {
  id: string;
  known: { secret: string | null; deviceId: string | null };
  proven: boolean;
  error?: string[];
}) {
  const t = useT();
  const errorLine = error?.length ? (
    <p id={`${id}-err`} className="mt-1 text-sm text-red-700" role="alert">
      {error.map((e) => t(e)).join(" ")}
    </p>
  ) : null;
  return (
    <>
      {known.deviceId ? <input type="hidden" name="deviceId" value={known.deviceId} /> : null}
      {known.secret || proven ? (
        <>
          {known.secret ? <input type="hidden" name="secret" value={known.secret} /> : null}
          {errorLine}
        </>
      ) : (
        <div className="mt-2">
          <label htmlFor={id} className="label">
            {t("asker.secret")}
          </label>
          <input
            id={id}
            name="secret"
            className={`input font-mono ${error?.length ? "input-error" : ""}`}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={200}
            aria-invalid={error?.length ? true : undefined}
            aria-describedby={`${id}-help${error?.length ? ` ${id}-err` : ""}`}
          />
          <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
            {t("asker.secretHelp")}
          </p>
          {errorLine}
        </div>
      )}
    </>
  );
}
