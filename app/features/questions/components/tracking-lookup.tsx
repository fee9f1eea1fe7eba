/** The tracking-code lookup: a GET form to /theo-doi (which redirects to the question's page). No script needed. */
import { Form } from "@remix-run/react";
import { useT } from "../../../platform/i18n/i18n.tsx";

/** The query parameter the lookup form sends the code in. */
export const LOOKUP_PARAM = "ma";

export function TrackingLookup({ id, value, error }: { id: string; value?: string; error?: string }) {
  const t = useT();
  return (
    <Form method="get" action="/theo-doi" className="card mb-4" aria-labelledby={`${id}-h`} data-testid="lookup">
      <h2 id={`${id}-h`} className="mb-2 text-lg font-bold">
        {t("lookup.title")}
      </h2>
      <label htmlFor={id} className="label">
        {t("lookup.code")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          name={LOOKUP_PARAM}
          defaultValue={value}
          className={`input max-w-xs font-mono uppercase ${error ? "input-error" : ""}`}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err ${id}-help` : `${id}-help`}
        />
        <button type="submit" className="btn">
          {t("lookup.submit")}
        </button>
      </div>
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
        {t("lookup.help")}
      </p>
      {error ? (
        <p id={`${id}-err`} className="mt-1 text-sm text-red-700" role="alert" data-testid="lookup-error">
          {t(error)}
        </p>
      ) : null}
    </Form>
  );
}
