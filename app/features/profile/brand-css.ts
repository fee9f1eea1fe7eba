/**
 * The brand colours as CSS custom properties (served as /brand.css: the page's security policy allows
 * no inline style). The main colour is shade 700; the others are mixed from it with white or black.
 */
import { DEFAULT_COLORS } from "./constants.ts";

const DEFAULT_SHADES: Record<string, string> = {
  "--brand-50": "#eef6ff",
  "--brand-100": "#d9eaff",
  "--brand-600": "#0b5cad",
  "--brand-700": "#0a4b8c",
  "--brand-800": "#093d72",
  "--brand-900": "#0b2f55",
};

const mix = (c: string, pct: number, with_: "white" | "black") => `color-mix(in srgb, ${c} ${pct}%, ${with_})`;

export function brandCss(colors: { primary: string; accent: string }): string {
  const p = colors.primary;
  const shades =
    p === DEFAULT_COLORS.primary
      ? DEFAULT_SHADES
      : {
          "--brand-50": mix(p, 7, "white"),
          "--brand-100": mix(p, 15, "white"),
          "--brand-600": mix(p, 85, "white"),
          "--brand-700": p,
          "--brand-800": mix(p, 82, "black"),
          "--brand-900": mix(p, 62, "black"),
        };
  const lines = Object.entries({ ...shades, "--accent": colors.accent }).map(([k, v]) => `  ${k}: ${v};`);
  return `:root {\n${lines.join("\n")}\n}\n`;
}

/** A short version of the colours for the stylesheet's address, so a change is fetched at once. */
export function brandCssVersion(colors: { primary: string; accent: string }): string {
  return `${colors.primary}${colors.accent}`.replace(/#/g, "");
}
