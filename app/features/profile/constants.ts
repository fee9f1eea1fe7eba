/** The profile's fixed choices (client-safe, no validation library). */
export const SITE_LANGUAGES = ["vi", "en"] as const;
export const DEFAULT_COLORS = { primary: "#0a4b8c", accent: "#c8102e" } as const;
