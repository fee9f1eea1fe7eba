/**
 * One question in the console: its text, history, routing and duplicate suggestions, and the operator's actions,
 * also from the keyboard (a approve, r route to the first suggestion, x reject, m merge into the first duplicate).
 */
import { useEffect, useState } from "react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import type { StaffQuestion } from "../index.server.ts";
import { canApply, formatTrackingCode } from "../index.ts";
import { RejectDialog } from "./console-dialogs.tsx";
import { DuplicateSuggestions, type Duplicate } from "./duplicate-suggestions.tsx";
import { FlagBadges } from "./flag-badges.tsx";
import { HoldTimer } from "./hold-timer.tsx";
import { useConsoleKeys } from "./use-console-keys.ts";
import type { ActionAck, Holder } from "./use-queue.ts";

export function QuestionDetail({
  q,
  holder,
  holdsDown,
  me,
  perms,
  agencies,
  act,
  all,
  close,
  renew,
  rejected,
}: {
  holdsDown?: boolean;
  q: StaffQuestion;
  holder: Holder | undefined;
  me: { id: string };
  perms: { triage: boolean };
  agencies: { id: string; code: string; shortName: string }[];
  act: (i: Record<string, unknown>) => Promise<ActionAck>;
  all: Map<string, StaffQuestion>;
  close: () => void;
  /** Takes the hold again (before or after it ended). */
  renew: () => void;
  /** The question was rejected (the console offers to undo it). */
  rejected: (q: StaffQuestion) => void;
}) {
  const t = useT();
  const [sugg, setSugg] = useState<{
    routing: {
      code: string;
      score: number;
      reasons: { kind: string; term: string; others?: { label: string; former: boolean }[] }[];
      organization: { id: string; shortName: string } | null;
    }[];
    duplicates: Duplicate[];
  } | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const [agencyId, setAgencyId] = useState("");
  const [summary, setSummary] = useState(q.summary);
  useEffect(() => setSummary(q.summary), [q.id, q.summary]);
  const [topics, setTopics] = useState(q.topics.join(", "));
  useEffect(() => setTopics(q.topics.join(", ")), [q.id, q.topics]);
  useEffect(() => {
    setSugg(null);
    fetch(`/api/questions/${q.id}/suggestions`)
      .then((r) => (r.ok ? r.json() : null))
      .then(setSugg)
      .catch(() => {});
  }, [q.id, q.summary]);
  // The full number is read on demand: each reading is recorded (Decree 13/2023).
  const [phone, setPhone] = useState<string | null>(null);
  useEffect(() => setPhone(null), [q.id]);
  const reveal = async () => {
    const res = await fetch(`/api/questions/${q.id}/phone`, { method: "POST" }).catch(() => null);
    if (res?.ok) setPhone(((await res.json()) as { phone: string }).phone);
    else setMsg(t("console.err.forbidden"));
  };
  const heldByOther = holder && holder.userId !== me.id;
  const run = async (input: Record<string, unknown>) => {
    setMsg(null);
    const ack = await act({ questionId: q.id, version: q.version, ...input });
    if (!ack.ok)
      setMsg(
        t(`console.err.${ack.error ?? "internal"}`, { holder: String((ack as { holder?: string }).holder ?? "") }),
      );
    else if (input.action === "reject" && ack.question) rejected(ack.question);
  };
  const can2 = (a: string) => perms.triage && !heldByOther && canApply(a as never, q.status);
  const [rejecting, setRejecting] = useState(false);
  // What the operator said is not a duplicate of this question leaves the list, and `m` with it.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setDismissed(new Set()), [q.id]);
  const duplicates = sugg?.duplicates.filter((d) => all.get(d.id)?.status !== "merged" && !dismissed.has(d.id)) ?? [];
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => setNote(null), [q.id]);
  const mergeFirst = () => {
    if (!can2("merge")) return;
    if (!duplicates[0]) return setNote(t("console.noDuplicateLeft"));
    setNote(null);
    void run({ action: "merge", targetId: duplicates[0].id });
  };
  const topAgency = sugg?.routing.find((s) => s.organization)?.organization;
  useConsoleKeys(
    {
      a: () => can2("approve") && void run({ action: "approve" }),
      r: () => topAgency && can2("route") && void run({ action: "route", agencyId: topAgency.id }),
      x: () => can2("reject") && setRejecting(true),
      m: mergeFirst,
    },
    perms.triage,
  );
  return (
    <section className="card" aria-labelledby="detail-h" data-testid="detail">
      <div className="mb-2 flex items-start justify-between gap-2">
        <h2 id="detail-h" className="font-bold">
          {t(`qstatus.${q.status}`)} · <span className="font-mono">{formatTrackingCode(q.trackingCode)}</span>
        </h2>
        <button type="button" className="btn-secondary" onClick={close}>
          {t("common.back")}
        </button>
      </div>
      {holder ? (
        <p className="mb-2 text-sm" data-testid="holder">
          {t("console.heldBy", { name: holder.username })}
        </p>
      ) : null}
      {perms.triage ? <HoldTimer key={q.id} holder={holder} me={me.id} renew={renew} /> : null}
      {holdsDown ? (
        <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="holds-down">
          {t("console.holdsDown")}
        </p>
      ) : null}
      {msg ? (
        <p role="alert" className="mb-2 rounded bg-red-50 p-2 text-sm text-red-800">
          {msg}
        </p>
      ) : null}
      <p role="status" className={note ? "mb-2 rounded bg-slate-100 p-2 text-sm" : "sr-only"}>
        {note}
      </p>
      <p className="mb-1 whitespace-pre-line break-words text-sm text-slate-600">
        {t("console.original")}: {q.text}
      </p>
      <p className="mb-2 text-sm">
        {[q.name, phone ?? q.phone, q.area].filter(Boolean).join(" · ")}{" "}
        {q.hasPhone && !phone ? (
          <button type="button" className="text-sm text-blue-800 underline" onClick={() => void reveal()}>
            {t("console.showPhone")}
          </button>
        ) : null}{" "}
        <FlagBadges flags={q.flags} />
      </p>
      {q.email || q.notifyPhone ? (
        <p className="mb-2 text-sm" data-testid="notify-channels">
          {t("console.notifiedBy")}:{" "}
          {[q.email, q.notifyPhone ? t("console.notifiedBySms") : ""].filter(Boolean).join(" · ")}
        </p>
      ) : null}
      {q.agency ? (
        <p className="mb-2 text-sm">
          {t("console.routedTo")}: <strong>{q.agency.shortName}</strong>
        </p>
      ) : null}
      {perms.triage ? (
        <>
          <label className="block text-sm">
            {t("console.summary")}
            <textarea
              className="input"
              rows={3}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              disabled={!!heldByOther}
            />
          </label>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className="btn-secondary"
              disabled={!can2("edit") || summary === q.summary}
              onClick={() => run({ action: "edit", summary })}
            >
              {t("console.saveSummary")}
            </button>
            <button
              type="button"
              className="btn"
              disabled={!can2("approve")}
              aria-keyshortcuts="a"
              onClick={() => run({ action: "approve" })}
            >
              {t("console.approve")}
            </button>
            <button
              type="button"
              className="btn-secondary"
              disabled={!can2("unapprove")}
              onClick={() => run({ action: "unapprove" })}
            >
              {t("console.unapprove")}
            </button>
            <button
              type="button"
              className="btn-secondary"
              disabled={!can2("restore")}
              onClick={() => run({ action: "restore" })}
            >
              {t("console.restore")}
            </button>
            <select
              aria-label={t("console.priority")}
              className="input w-auto"
              value={q.priority}
              disabled={!can2("priority")}
              onChange={(e) => run({ action: "priority", priority: Number(e.target.value) })}
            >
              {[0, 1, 2].map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="mt-2 flex flex-wrap items-end gap-2">
            <label className="text-sm">
              {t("console.topics")}
              <input
                className="input"
                value={topics}
                onChange={(e) => setTopics(e.target.value)}
                placeholder={t("console.topicsHelp")}
                disabled={!!heldByOther}
              />
            </label>
            <button
              type="button"
              className="btn-secondary"
              disabled={!can2("tag")}
              onClick={() =>
                run({
                  action: "tag",
                  topics: topics
                    .split(",")
                    .map((x) => x.trim())
                    .filter(Boolean),
                })
              }
            >
              {t("console.saveTopics")}
            </button>
          </div>
          <h3 className="mt-3 font-semibold">{t("console.route")}</h3>
          {sugg ? (
            <ol className="mb-2 grid gap-1 text-sm" data-testid="suggestions">
              {sugg.routing.map((s) => (
                <li key={s.code} className="flex flex-wrap items-center gap-2">
                  <button
                    type="button"
                    className="btn-secondary"
                    disabled={!can2("route") || !s.organization}
                    onClick={() => s.organization && run({ action: "route", agencyId: s.organization.id })}
                  >
                    {t("console.routeTo", { name: s.organization?.shortName ?? s.code })}
                  </button>
                  <span className="text-xs text-slate-500">
                    {s.reasons
                      .map(
                        (r) =>
                          `${t(`reason.${r.kind}`)}: ${r.term}` +
                          (r.others?.length
                            ? ` (${t("reason.others", {
                                names: r.others
                                  .map((o) => t(o.former ? "reason.formerOf" : "reason.currentOf", { name: o.label }))
                                  .join(", "),
                              })})`
                            : ""),
                      )
                      .join("; ")}
                  </span>
                </li>
              ))}
            </ol>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <select
              aria-label={t("console.agency")}
              className="input w-auto"
              value={agencyId}
              onChange={(e) => setAgencyId(e.target.value)}
            >
              <option value="">{t("console.agency")}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.shortName}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn-secondary"
              disabled={!agencyId || !can2("route")}
              onClick={() => run({ action: "route", agencyId })}
            >
              {t("console.routeChosen")}
            </button>
          </div>
          <DuplicateSuggestions
            questionId={q.id}
            duplicates={duplicates}
            dismissed={(id) => setDismissed((d) => new Set([...d, id]))}
            canMerge={can2("merge")}
            canDismiss={perms.triage}
            merge={(targetId) => run({ action: "merge", targetId })}
          />
          <h3 className="mt-3 font-semibold">{t("console.reject")}</h3>
          <button
            type="button"
            className="btn-danger"
            disabled={!can2("reject")}
            aria-keyshortcuts="x"
            onClick={() => setRejecting(true)}
          >
            {t("console.rejectOpen")}
          </button>
          <RejectDialog
            code={formatTrackingCode(q.trackingCode)}
            open={rejecting}
            onClose={() => setRejecting(false)}
            reject={(reason, note) => void run({ action: "reject", reason, note })}
          />
        </>
      ) : null}
    </section>
  );
}
