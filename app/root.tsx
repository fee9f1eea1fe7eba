import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { PRIVACY_PATH } from "./features/privacy/index.ts";
import { getProfile, retentionMonths } from "./features/profile/index.server.ts";
import { getUser } from "./platform/auth.server.ts";
import { translate, type Lang } from "./platform/i18n/dictionary.ts";
import { useT } from "./platform/i18n/i18n.tsx";
import { getLang } from "./platform/i18n/lang.server.ts";
import { useNonce } from "./platform/nonce.tsx";
import stylesheet from "./tailwind.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.ico" },
];

export const meta: MetaFunction = () => [{ title: "Lắng nghe và Trao đổi" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [lang, user] = await Promise.all([getLang(request), getUser(request)]);
  return {
    lang,
    user: user && {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      organizationId: user.organizationId,
      organization: user.organization,
    },
    /** The council running this deployment (its deployment profile). */
    council: getProfile().council.name,
    /** What the question forms tell askers (docs/PRIVACY.md). */
    privacy: { retentionMonths: retentionMonths() },
  };
}
export type RootData = Awaited<ReturnType<typeof loader>>;

export function useRootData() {
  return useRouteLoaderData("root") as RootData | undefined;
}

function Header() {
  const t = useT();
  const data = useRootData();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <header className="bg-brand-900 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-brand-900"
      >
        {t("nav.skip")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-3 py-2">
        <Link to="/" className="flex min-w-0 items-center gap-2 text-white no-underline hover:no-underline">
          <span
            aria-hidden
            className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-live text-sm font-bold"
          >
            LN
          </span>
          <span className="min-w-0">
            <span className="block truncate text-base font-bold leading-tight">{t("app.program")}</span>
            <span className="block truncate text-xs text-brand-100">{data?.council ?? t("app.council")}</span>
          </span>
        </Link>
        <nav className="flex flex-wrap items-center gap-1 text-sm" aria-label="Main">
          <NavLink
            to="/lich"
            className={({ isActive }) => `rounded px-2 py-1 text-white ${isActive ? "bg-brand-700" : ""}`}
          >
            {t("nav.schedule")}
          </NavLink>
          <NavLink
            to="/minh-bach"
            className={({ isActive }) => `rounded px-2 py-1 text-white ${isActive ? "bg-brand-700" : ""}`}
          >
            {t("nav.transparency")}
          </NavLink>
          {data?.user ? (
            <NavLink
              to="/quan-tri"
              className={({ isActive }) => `rounded px-2 py-1 text-white ${isActive ? "bg-brand-700" : ""}`}
            >
              {t("nav.staff")}
            </NavLink>
          ) : (
            <NavLink to="/dang-nhap" className="rounded px-2 py-1 text-white">
              {t("nav.login")}
            </NavLink>
          )}
          <Form method="post" action="/ngon-ngu" className="inline">
            <input type="hidden" name="lang" value={data?.lang === "en" ? "vi" : "en"} />
            <input type="hidden" name="redirectTo" value={here} />
            <button
              type="submit"
              className="rounded border border-brand-600 px-2 py-1 text-white"
              lang={data?.lang === "en" ? "vi" : "en"}
            >
              {t("nav.language")}
            </button>
          </Form>
        </nav>
      </div>
    </header>
  );
}

function Footer() {
  const t = useT();
  return (
    <footer className="mx-auto max-w-6xl px-3 py-4 text-sm text-slate-600">
      <Link to={PRIVACY_PATH}>{t("privacy.link")}</Link>
    </footer>
  );
}

function Document({ children, lang }: { children: ReactNode; lang: Lang }) {
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-screen">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const data = useRootData();
  return (
    <Document lang={data?.lang ?? "vi"}>
      <Header />
      <Outlet />
      <Footer />
    </Document>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRootData();
  const lang = data?.lang ?? "vi";
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = status === 403 ? "error.403" : status === 404 ? "error.404" : "error.500";
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <Document lang={lang}>
      <main id="main" className="mx-auto max-w-xl p-6">
        <h1 className="mb-2 text-2xl font-bold">
          {translate(lang, "error.title")} ({status})
        </h1>
        <p className="mb-4">{translate(lang, key)}</p>
        <a href="/" className="btn">
          {translate(lang, "error.home")}
        </a>
      </main>
    </Document>
  );
}
