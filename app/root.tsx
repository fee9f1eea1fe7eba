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
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { PRIVACY_PATH } from "./features/privacy/index.ts";
import { getProfile, retentionMonths } from "./features/profile/index.server.ts";
import { brandCssVersion, brandOf, brandVars, pageMetaT, useBrand } from "./features/profile/index.ts";
import { getUser } from "./platform/auth.server.ts";
import { translate, type Lang } from "./platform/i18n/dictionary.ts";
import { useT } from "./platform/i18n/i18n.tsx";
import { getLang } from "./platform/i18n/lang.server.ts";
import { useNonce } from "./platform/nonce.tsx";
import { installZoneRules, zoneRules } from "./platform/time.ts";
import stylesheet from "./tailwind.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.ico" },
];

export const meta: MetaFunction = ({ matches }) => pageMetaT(matches, undefined, "meta.home");

export async function loader({ request }: LoaderFunctionArgs) {
  const [chosen, user] = await Promise.all([getLang(request), getUser(request)]);
  const profile = getProfile();
  const brand = brandOf(profile);
  return {
    /** The visitor's language among the site's (a Vietnamese-only site is always in Vietnamese). */
    lang: brand.languages.includes(chosen) ? chosen : "vi",
    /** The names, logo, colours and languages of this deployment (its profile). */
    brand,
    /** The values the dictionary's texts name ({council}, {standing}, {program}…), read by useT. */
    textVars: brandVars(brand),
    /** The zone dates are shown in (useTimeZone: `zone.tz`) and its offsets over the years, so the browser
     * reads dates in it without loading Intl (platform/time). */
    zone: zoneRules(profile.timeZone),
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

/** The program's initials for a site without a logo: "Lắng nghe" → "LN". */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase());
  return letters.slice(0, 2).join("") || "LN";
}

export function useRootData() {
  return useRouteLoaderData("root") as RootData | undefined;
}

function Header() {
  const t = useT();
  const data = useRootData();
  const brand = useBrand();
  const location = useLocation();
  const here = location.pathname + location.search;
  const multilingual = (brand?.languages.length ?? 2) > 1;
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
          {brand?.logo ? (
            <img src={brand.logo} alt="" className="h-8 w-8 shrink-0 rounded-full bg-white object-contain" />
          ) : (
            <span
              aria-hidden
              className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-live text-sm font-bold"
            >
              {initials(brand?.siteName ?? "")}
            </span>
          )}
          <span className="min-w-0">
            <span className="block truncate text-base font-bold leading-tight" data-testid="site-program">
              {brand?.programName ?? t("app.program")}
            </span>
            <span className="block truncate text-xs text-brand-100" data-testid="site-council">
              {brand?.council ?? t("app.council")}
            </span>
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
          {multilingual ? (
            <Form method="post" action="/ngon-ngu" className="inline" reloadDocument>
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
          ) : null}
        </nav>
      </div>
    </header>
  );
}

function Footer() {
  const t = useT();
  const brand = useBrand();
  return (
    <footer className="mx-auto max-w-6xl px-3 py-4 text-sm text-slate-600" data-testid="site-footer">
      {brand ? (
        <p className="mb-1">
          <strong>{brand.programName}</strong> · {brand.council}
          {brand.hotlines.length ? ` · ${t("episode.hotline")}: ${brand.hotlines.join(", ")}` : ""}
        </p>
      ) : null}
      {brand?.watch.length ? (
        <p className="mb-1">
          {t("episode.watch")}:{" "}
          {brand.watch.map((w, i) => (
            <span key={i}>
              {i ? " · " : ""}
              {w.url ? (
                <a href={w.url} rel="noopener noreferrer">
                  {w.label}
                </a>
              ) : (
                w.label
              )}
            </span>
          ))}
        </p>
      ) : null}
      <Link to={PRIVACY_PATH}>{t("privacy.link")}</Link>
    </footer>
  );
}

function Document({ children, lang }: { children: ReactNode; lang: Lang }) {
  const nonce = useNonce();
  const brand = useBrand();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {brand ? <link rel="stylesheet" href={`/brand.css?v=${brandCssVersion(brand.colors)}`} /> : null}
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
  // Before any page below renders a date (the root renders first): the zone's rules, read without Intl.
  if (data?.zone) installZoneRules(data.zone);
  // A page that fills the screen on its own (the presenter's) goes without the site's header and footer.
  const bare = useMatches().some((m) => (m.handle as { bare?: boolean } | undefined)?.bare);
  // The page answers with JavaScript from here on (the root's effect runs after every child's):
  // bench/phone.ts times it, and tests may wait for it.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return (
    <Document lang={data?.lang ?? "vi"}>
      {bare ? null : <Header />}
      <Outlet />
      {bare ? null : <Footer />}
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
