/** The deployment profile's door for client-safe code: brand and document helpers (forms: schemas.ts). */
export * from "./brand.ts";
export { brandCss, brandCssVersion } from "./brand-css.ts";
