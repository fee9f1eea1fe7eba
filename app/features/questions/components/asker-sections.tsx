/**
 * The asker's own parts of the tracking page: being told by e-mail, and seeing or withdrawing their
 * personal data. Both are proven by the secret or the device that asked (AskerProofFields).
 */
import { Form } from "@remix-run/react";
import { EMAIL_MAX } from "../../../platform/fields.ts";
import { formatDateTime, useLang, useTimeZone, useT } from "../../../platform/i18n/i18n.tsx";
import type { FieldErrors } from "../../../platform/validation.ts";
import type { PersonalData } from "../asker.server.ts";
import { AskerProofFields } from "./asker-proof.tsx";

type Known = { secret: string | null; deviceId: string | null };

/** A form's own message (and a rating's field messages, shown with it). */
export function FormError({ errors }: { errors: FieldErrors }) {
  const t = useT();
  const all = [...(errors._form ?? []), ...(errors.satisfied ?? []), ...(errors.comment ?? [])];
  return all.length ? (
    <p className="mt-1 text-sm text-red-700" role="alert">
      {all.map((e) => t(e)).join(" ")}
    </p>
  ) : null;
}

export function NotifySection(props: {
  mine: PersonalData | null;
  known: Known;
  errors: FieldErrors;
  subscribed: boolean;
}) {
  const t = useT();
  const { mine, known, errors: notifyErrors, subscribed } = props;
  return (
    <>
      {mine?.email ? (
        <p className="card mb-4 text-sm" data-testid="notify-on">
          {t("notify.already")}
        </p>
      ) : (
        <section className="card mb-4" aria-labelledby="notify-h" data-testid="notify">
          <h2 id="notify-h" className="mb-1 text-lg font-bold">
            {t("notify.subscribe")}
          </h2>
          <p id="notify-help" className="mb-2 text-sm text-slate-600">
            {t("notify.subscribeHelp")}
          </p>
          <Form method="post" data-testid="notify-form">
            <input type="hidden" name="intent" value="subscribe" />
            <FormError errors={notifyErrors} />
            <label htmlFor="notify-email" className="label">
              {t("notify.email")}
            </label>
            <input
              id="notify-email"
              name="email"
              type="email"
              inputMode="email"
              autoComplete="email"
              maxLength={EMAIL_MAX}
              required
              className={`input ${notifyErrors.email ? "input-error" : ""}`}
              aria-invalid={notifyErrors.email ? true : undefined}
              aria-describedby={notifyErrors.email ? "notify-email-err notify-help" : "notify-help"}
            />
            {notifyErrors.email?.length ? (
              <p id="notify-email-err" className="mt-1 text-sm text-red-700" role="alert">
                {notifyErrors.email.map((e) => t(e)).join(" ")}
              </p>
            ) : null}
            <AskerProofFields id="notify-secret" known={known} proven={!!mine} error={notifyErrors.secret} />
            <button type="submit" className="btn-secondary mt-2">
              {t("notify.subscribe")}
            </button>
          </Form>
        </section>
      )}
      {subscribed ? (
        <p role="status" className="card mb-4 text-sm text-green-700" data-testid="notify-subscribed">
          {t("notify.subscribed")}
        </p>
      ) : null}
    </>
  );
}

export function PersonalDataSection({
  mine,
  known,
  errors: dataErrors,
}: {
  mine: PersonalData | null;
  known: Known;
  errors: FieldErrors;
}) {
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <section className="card mb-4" aria-labelledby="personal-h" data-testid="personal-data">
      <h2 id="personal-h" className="mb-1 text-lg font-bold">
        {t("asker.title")}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{t("asker.help")}</p>
      {mine ? (
        <>
          {mine.withdrawnAt ? (
            <p role="status" className="mb-2 text-sm text-green-700" data-testid="personal-withdrawn">
              {t("asker.withdrawn", { at: formatDateTime(lang, mine.withdrawnAt, tz) })}
            </p>
          ) : null}
          <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-semibold">{t("asker.name")}</dt>
            <dd>{mine.name || t("asker.none")}</dd>
            <dt className="font-semibold">{t("asker.phone")}</dt>
            <dd>{mine.phone || t("asker.none")}</dd>
            <dt className="font-semibold">{t("asker.area")}</dt>
            <dd>{mine.area || t("asker.none")}</dd>
            <dt className="font-semibold">{t("asker.email")}</dt>
            <dd>{mine.email || t("asker.none")}</dd>
            <dt className="font-semibold">{t("asker.notifyPhone")}</dt>
            <dd>{t(mine.notifyPhone ? "common.yes" : "common.no")}</dd>
            <dt className="font-semibold">{t("asker.publishName")}</dt>
            <dd>{t(mine.publishName ? "common.yes" : "common.no")}</dd>
            <dt className="font-semibold">{t("asker.device")}</dt>
            <dd>{mine.device ? t("asker.deviceHeld") : t("asker.none")}</dd>
            <dt className="font-semibold">{t("asker.channel")}</dt>
            <dd>{t(`channel.${mine.channel}`)}</dd>
            <dt className="font-semibold">{t("asker.rating")}</dt>
            <dd>
              {mine.rating
                ? `${t(mine.rating.satisfied ? "track.satisfied" : "track.notSatisfied")}${mine.rating.comment ? `: ${mine.rating.comment}` : ""}`
                : t("asker.none")}
            </dd>
          </dl>
        </>
      ) : null}
      <Form method="post" data-testid="personal-form">
        <FormError errors={dataErrors} />
        <AskerProofFields id="data-secret" known={known} proven={!!mine} error={dataErrors.secret} />
        {mine && !mine.withdrawnAt ? <p className="mt-2 text-xs text-slate-600">{t("asker.withdrawHelp")}</p> : null}
        <div className="mt-2 flex flex-wrap gap-2">
          {!mine ? (
            <button type="submit" name="intent" value="show" className="btn-secondary">
              {t("asker.show")}
            </button>
          ) : null}
          {!mine?.withdrawnAt ? (
            <button type="submit" name="intent" value="withdraw" className="btn-secondary">
              {t("asker.withdraw")}
            </button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
