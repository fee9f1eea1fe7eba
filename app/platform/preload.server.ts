import type { EntryContext } from "@remix-run/node";

/**
 * The page's modules as a `Link` header (rel=modulepreload), the same list and order as Remix's
 * `<Scripts>` writes at the end of the body. A browser reading the header starts fetching them when the
 * response's headers arrive, not once the whole body has come in: on a slow phone network the server
 * rendered board alone takes a fifth of a second to arrive (bench/phone.ts).
 */
export function modulePreloadHeader({ manifest, staticHandlerContext }: EntryContext): string {
  const hrefs = [manifest.entry.module, ...manifest.entry.imports];
  for (const match of staticHandlerContext.matches) {
    const route = manifest.routes[match.route.id];
    if (route) hrefs.push(...(route.imports ?? []), route.module);
  }
  return [...new Set(hrefs)].map((href) => `<${href}>; rel=modulepreload`).join(", ");
}
