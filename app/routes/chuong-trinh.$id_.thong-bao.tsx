/** The notice as a print-ready page (A4, Times New Roman), laid out like the DOCX. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { noticeDocument } from "../features/followup/index.server.ts";
import { pageMetaT } from "../features/profile/index.ts";
import { getUser } from "../platform/auth.server.ts";
import { can } from "../platform/permissions.ts";
import print from "../styles/print.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: print }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMetaT(matches, data ? `${data.p.type} ${data.p.number}` : "Thông báo", "meta.notice");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const doc = await noticeDocument(params.id ?? "");
  if (!doc) throw new Response("Not found", { status: 404 });
  const { n, parts } = doc;
  if (n.status !== "issued" && !can(await getUser(request), "followup:review", [n.episode.leadCommitteeId]))
    throw new Response("Not found", { status: 404 });
  return { p: parts, episodeId: n.episodeId };
}

export default function NoticePrint() {
  const { p } = useLoaderData<typeof loader>();
  return (
    <main id="main" className="a4">
      <table className="hdr">
        <tbody>
          <tr>
            <td className="c w39">
              {p.header.map((line, i) => (
                <Fragment key={`${i}${line}`}>
                  {i > 0 ? <br /> : null}
                  <b>{line}</b>
                </Fragment>
              ))}
              <div className="rule" />
              <span>{p.number}</span>
            </td>
            <td className="c">
              <b className="s13">{p.motto1}</b>
              <br />
              <b className="motto">{p.motto2}</b>
              <br />
              <i className="date">{p.dateLine}</i>
            </td>
          </tr>
        </tbody>
      </table>
      {p.draft ? (
        <p className="c">
          <i>(DỰ THẢO)</i>
        </p>
      ) : null}
      <h1 className="c type">{p.type}</h1>
      <p className="c sum">
        <b>{p.summary}</b>
      </p>
      <div className="rule short" />
      {p.grounds.map((g, i) => (
        <p key={`g${i}`} className="body">
          {g}
        </p>
      ))}
      {p.conclusions.map((c, i) => (
        <p key={`c${i}`} className="body">
          {c}
        </p>
      ))}
      {p.tasks.length ? <p className="body">{p.tasksIntro}</p> : null}
      {p.tasks.map((t) => (
        <div key={t.heading} className="task">
          <p className="body">
            <b>{t.heading}</b>
          </p>
          <p className="body">{t.lead}</p>
          {t.coordinating ? <p className="body">{t.coordinating}</p> : null}
          {t.due ? <p className="body">{t.due}</p> : null}
          {t.questions.length ? (
            <>
              <p className="body">
                <i>Nội dung ý kiến, kiến nghị:</i>
              </p>
              {t.questions.map((q, i) => (
                <p key={`${i}${q}`} className="body">
                  - {q}
                </p>
              ))}
            </>
          ) : null}
        </div>
      ))}
      <table className="sig">
        <tbody>
          <tr>
            <td className="rcp">
              <b>
                <i>Nơi nhận:</i>
              </b>
              {p.recipients.map((r, i) => (
                <div key={r}>
                  - {r}
                  {i === p.recipients.length - 1 ? "." : ";"}
                </div>
              ))}
            </td>
            <td className="c">
              {p.sign.map((s) => (
                <div key={s}>
                  <b>{s}</b>
                </div>
              ))}
              <div className="space" />
              <b>{p.signerName}</b>
            </td>
          </tr>
        </tbody>
      </table>
    </main>
  );
}
