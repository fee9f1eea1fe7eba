import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";

/** The English texts are loaded only by a page in English (platform/i18n/dictionary.ts says why). */
async function hydrate() {
  if (document.documentElement.lang === "en") await import("./platform/i18n/dictionary-en.ts");
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
}
void hydrate();
