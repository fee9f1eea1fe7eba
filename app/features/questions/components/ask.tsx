/**
 * The viewer's question form (phone first). Sends over Socket.IO, falls
 * back to HTTP; every question waits in localStorage until acknowledged, so
 * a dropped connection or a reload loses nothing, and the client key makes
 * every resend safe. One the server cannot take now is sent again by itself.
 * Once the broadcast has ended (`mode: "written"`, until the notice is issued) the same form, with what is being
 * typed kept, offers to send the question for a written answer.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { loadQuestions, randomKey, upsertQuestion, type MyQuestion } from "../../../platform/device.client.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { loadSocketClient, withSocket } from "../../../platform/socket-lazy.ts";
import { AskPrivacyNotice, ConsentCheckbox } from "../../privacy/components/privacy-notice.tsx";
import { checkAsk, TEXT_MAX } from "../ask-rules.ts";
import type { IntakeMode } from "../intake-mode.ts";
import { formatTrackingCode } from "../tracking-format.ts";
import { ContactFields, FieldError, NotifyFields, SentWithoutJs } from "./ask-fields.tsx";
import { RETRY_MS, sendOne } from "./ask-send.ts";
import { MyQuestions } from "./my-questions.tsx";

/** What the page's action answered a form posted without JavaScript (chuong-trinh.$id.tsx). */
/** The counter shows once fewer than this many characters are left. */
const COUNT_FROM = 200;

export type AskResult =
  | { ok: true; trackingCode: string; askerSecret?: string }
  | { ok: false; errors: Record<string, string[]>; values?: Record<string, string> };

/**
 * `formKey`: the client key of a form posted without JavaScript (made by the page's loader); with
 * JavaScript each question gets its own. `result`: the page action's answer to such a post. `mode`: "open"
 * before and during the broadcast, "written" after it (the question is sent for a written answer).
 */
export function AskForm({
  episodeId,
  formKey,
  result,
  mode = "open",
}: {
  episodeId: string;
  formKey: string;
  result?: AskResult;
  mode?: Exclude<IntakeMode, "closed">;
}) {
  const t = useT();
  const [mine, setMine] = useState<MyQuestion[]>([]);
  const [errors, setErrors] = useState<Record<string, string[]>>(result && !result.ok ? result.errors : {});
  const values = result && !result.ok ? (result.values ?? {}) : {};
  const [notice, setNotice] = useState<string | null>(null);
  // The question sent last from this form: the notice under the button follows it (saved → sent).
  const [lastKey, setLastKey] = useState<string | null>(null);
  const [online, setOnline] = useState(true);
  const [length, setLength] = useState(values.text?.length ?? 0);
  const formRef = useRef<HTMLFormElement>(null);
  const sending = useRef(new Set<string>());

  /** Puts a question the server would not take now back in the empty box, so that nothing typed is lost. */
  const restoreText = (text: string) => {
    const box = formRef.current?.elements.namedItem("text");
    if (box instanceof HTMLTextAreaElement && !box.value) {
      box.value = text;
      setLength(text.length);
    }
  };

  const refresh = useCallback(() => setMine(loadQuestions().filter((q) => q.episodeId === episodeId)), [episodeId]);

  // A question the server could not take now (busy, restarting, rate limit) is sent again by
  // itself: after the wait the server asked for, or after 2, 4, 8 … 60 s.
  const retry = useRef<{ timer?: ReturnType<typeof setTimeout>; attempt: number }>({ attempt: 0 });
  useEffect(() => () => clearTimeout(retry.current.timer), []);

  const flush = useCallback(
    async function run() {
      let wait = 0;
      for (const q of loadQuestions().filter((x) => x.episodeId === episodeId && !x.trackingCode && !x.error)) {
        if (sending.current.has(q.clientKey)) continue;
        sending.current.add(q.clientKey);
        try {
          const ack = await sendOne(q);
          if (ack.ok)
            upsertQuestion({
              ...q,
              trackingCode: ack.trackingCode,
              status: ack.questionStatus ?? "new",
              // A resend answered without a secret keeps the one already received.
              ...(ack.askerSecret ? { askerSecret: ack.askerSecret } : {}),
            });
          else if (ack.error === "written-answer-only") {
            // Sent during the broadcast but reaching it after: back in the box, to be sent for a written answer.
            upsertQuestion({ ...q, error: "ask.writtenOnly" });
            restoreText(q.text);
          } else if (ack.status === 422 || ack.status === 409 || ack.status === 404)
            upsertQuestion({ ...q, error: ack.status === 409 ? "ask.closed" : "ask.invalid" });
          else if (ack.status === 429) {
            setNotice(t("ask.rateLimited", { seconds: ack.retryAfter ?? 60 }));
            wait = Math.max(wait, (ack.retryAfter ?? 60) * 1000);
          } else wait = Math.max(wait, RETRY_MS(retry.current.attempt));
        } catch {
          // Offline or no answer: it stays queued, goes out on reconnect, and is tried again meanwhile.
          wait = Math.max(wait, RETRY_MS(retry.current.attempt));
        } finally {
          sending.current.delete(q.clientKey);
        }
      }
      clearTimeout(retry.current.timer);
      if (wait) {
        retry.current.attempt++;
        retry.current.timer = setTimeout(() => void run(), wait);
      } else retry.current.attempt = 0;
      refresh();
      follow();
    },
    // `follow` is declared below (a dependency here would read it before it exists); `t` only words messages.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [episodeId, refresh],
  );

  const follow = useCallback(() => {
    const codes = loadQuestions()
      .filter((q) => q.episodeId === episodeId && q.trackingCode)
      .map((q) => q.trackingCode!);
    if (!codes.length) return;
    void loadSocketClient().then(({ getSocket }) =>
      getSocket("/").emit(
        "questions:follow",
        { trackingCodes: codes },
        (res: { ok: boolean; questions?: { trackingCode: string; status: string; agency: string | null }[] }) => {
          if (!res?.ok) return;
          for (const s of res.questions ?? []) {
            const q = loadQuestions().find((x) => x.trackingCode === s.trackingCode);
            if (q) upsertQuestion({ ...q, status: s.status, agency: s.agency });
          }
          refresh();
        },
      ),
    );
  }, [episodeId, refresh]);

  useEffect(() => {
    refresh();
    // Until the socket client is loaded, what waits is sent over HTTP (ask-send.ts).
    void flush();
    return withSocket("/", (socket, { onViewersResync }) => {
      const onStatus = (p: { trackingCode: string; status: string; agency: string | null }) => {
        const q = loadQuestions().find((x) => x.trackingCode === p.trackingCode);
        if (q) {
          upsertQuestion({ ...q, status: p.status, agency: p.agency });
          refresh();
        }
      };
      const onConnect = () => {
        setOnline(true);
        void flush();
      };
      const onDisconnect = () => setOnline(false);
      socket.on("connect", onConnect);
      socket.on("disconnect", onDisconnect);
      socket.on("question:status", onStatus);
      const stopResync = onViewersResync(socket, follow);
      window.addEventListener("online", onConnect);
      if (socket.connected) onConnect();
      return () => {
        stopResync();
        socket.off("connect", onConnect);
        socket.off("disconnect", onDisconnect);
        socket.off("question:status", onStatus);
        window.removeEventListener("online", onConnect);
      };
    });
  }, [flush, refresh, follow]);

  async function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    setNotice(null);
    const form = new FormData(ev.currentTarget);
    const values = {
      text: String(form.get("text") ?? ""),
      name: String(form.get("name") ?? ""),
      phone: String(form.get("phone") ?? ""),
      area: String(form.get("area") ?? ""),
      publishName: form.get("publishName") === "on",
      contactConsent: form.get("contactConsent") === "on",
      email: String(form.get("email") ?? ""),
      notifyPhone: form.get("notifyPhone") === "on",
      writtenAnswer: mode === "written",
      clientKey: randomKey(),
    };
    // The same rules as the server's schema, without its library (ask-rules.ts); the server checks again.
    const problems = checkAsk(values);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    upsertQuestion({ ...values, episodeId, createdAt: new Date().toISOString() });
    formRef.current?.reset();
    setLength(0);
    setLastKey(values.clientKey);
    refresh();
    await flush();
  }

  const last = lastKey ? mine.find((q) => q.clientKey === lastKey) : undefined;
  const lastNotice =
    !last || last.error
      ? null
      : last.trackingCode
        ? t("ask.sent", { code: formatTrackingCode(last.trackingCode) })
        : t("ask.queued");

  const err = (f: string) => <FieldError name={f} errors={errors} />;
  const written = mode === "written";

  return (
    <section aria-labelledby="ask-h" className="card mb-4" data-testid="ask">
      <h2 id="ask-h" className="mb-2 text-lg font-bold">
        {t(written ? "ask.writtenTitle" : "ask.title")}
      </h2>
      {written ? (
        <p className="mb-2 rounded bg-sky-50 p-2 text-sm text-sky-950" role="status" data-testid="ask-written">
          {t("ask.writtenOffer")}
        </p>
      ) : null}
      {!online ? (
        <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900" role="status">
          {t("ask.offline")}
        </p>
      ) : null}
      {/* Without JavaScript the form posts to the page (its action); with it, onSubmit sends it as above. */}
      <form ref={formRef} method="post" onSubmit={onSubmit} noValidate>
        <input type="hidden" name="clientKey" value={formKey} />
        {written ? <input type="hidden" name="writtenAnswer" value="on" /> : null}
        <label htmlFor="ask-text" className="label">
          {t("ask.text")}
        </label>
        <textarea
          id="ask-text"
          name="text"
          rows={4}
          maxLength={TEXT_MAX}
          required
          defaultValue={values.text}
          className={`input ${errors.text ? "input-error" : ""}`}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? "ask-text-err ask-count" : "ask-text-help ask-count"}
          onInput={(e) => setLength(e.currentTarget.value.length)}
        />
        <p id="ask-text-help" className="mt-1 text-xs text-slate-500">
          {t("ask.textHelp")}
        </p>
        {/* As the limit nears, how much is left (announced politely, not on every key far from it). */}
        <p id="ask-count" className="text-xs text-amber-900" aria-live="polite" data-testid="ask-count">
          {length > TEXT_MAX - COUNT_FROM ? t("ask.remaining", { n: TEXT_MAX - length }) : ""}
        </p>
        {err("text")}
        <ContactFields values={values} errors={errors} />
        <AskPrivacyNotice id="ask-privacy" />
        <ConsentCheckbox id="ask-consent" label={t("privacy.ask.consent")} />
        <div className="mt-2 flex items-center gap-2">
          <input id="ask-publish" name="publishName" type="checkbox" className="h-5 w-5" />
          <label htmlFor="ask-publish" className="text-sm">
            {t("ask.publishName")}
          </label>
        </div>
        <NotifyFields values={values} errors={errors} />
        {err("_form")}
        <button type="submit" className="btn mt-3 w-full sm:w-auto">
          {t(written ? "ask.writtenSubmit" : "ask.submit")}
        </button>
        {result?.ok ? <SentWithoutJs trackingCode={result.trackingCode} askerSecret={result.askerSecret} /> : null}
        {(notice ?? lastNotice) ? (
          <p className="mt-2 text-sm text-slate-700" role="status" data-testid="ask-notice">
            {notice ?? lastNotice}
          </p>
        ) : null}
      </form>
      <MyQuestions mine={mine} />
    </section>
  );
}
