/** The deployment profile's door for client-safe code: its schema, form helpers and document helpers. */
export * from "./schemas.ts";
export * from "./brand.ts";
export { brandCss, brandCssVersion } from "./brand-css.ts";
