/**
 * The deployment profile: who runs this deployment (the council, its Standing Committee), how its
 * documents are headed, numbered, dated and signed, and what the public pages call the program.
 * The same schema reads the profile file (DATA_DIR/profile.json or PROFILE_FILE), the stored row and
 * the admin's form (`profileFormSchema`: flat fields named by their path, lines for lists).
 * Error messages are dictionary keys ("err.*"), as everywhere.
 */
import { z } from "zod/v4";
import { formValues } from "../../platform/forms.ts";
import { tidy } from "../../platform/validation.ts";

export const COUNCIL_LEVELS = ["province", "commune"] as const;
/** The document types the app issues: the conclusion notice (TB) and the follow-up report (BC). */
export const DOCUMENT_TYPES = ["TB", "BC"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const str = (max: number, min = 1) =>
  z
    .string({ error: (i) => (i.input === undefined ? "err.required" : "err.type") })
    .transform(tidy)
    .superRefine((s, ctx) => {
      if (s.length < min) ctx.addIssue({ code: "custom", message: min > 0 ? "err.required" : "err.tooShort" });
      else if (s.length > max) ctx.addIssue({ code: "custom", message: "err.tooLong" });
    });
const optionalStr = (max: number) => str(max, 0).default("");

/** A list of short texts; empty entries dropped. The errors are the list's own (one field in the form). */
const list = (maxItems: number, maxLen: number, minItems = 0) =>
  z
    .array(z.string({ error: "err.type" }), { error: "err.type" })
    .transform((xs) => xs.map(tidy).filter(Boolean))
    .superRefine((xs, ctx) => {
      if (xs.length < minItems) ctx.addIssue({ code: "custom", message: "err.required" });
      else if (xs.length > maxItems) ctx.addIssue({ code: "custom", message: "err.tooMany" });
      else if (xs.some((x) => x.length > maxLen)) ctx.addIssue({ code: "custom", message: "err.tooLong" });
    });

const validTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** A signing authority's lines, comma-separated, each "TM. …" or "KT. …": "TM. Thường trực HĐND, KT. Chủ tịch". */
export function isSigningAuthority(s: string): boolean {
  return s.split(",").every((part) => /^(TM|KT)\.\s+\S/u.test(part.trim()));
}

const signerSchema = z.object({
  /**
   * The signing authority's lines, comma-separated, each starting with "TM." (on behalf of the collective
   * body) or "KT." (a deputy signing for the head): "TM. Thường trực HĐND, KT. Chủ tịch".
   */
  onBehalf: str(160).refine(isSigningAuthority, "err.authority"),
  /** The signer's own title: "Chủ tịch", "Phó Chủ tịch". */
  title: str(120),
  name: optionalStr(120),
});
export type Signer = z.output<typeof signerSchema>;

const documentSchema = z.object({
  /** The number and symbol, "{number}" standing for the number: "{number}/TB-HĐND". */
  numberPattern: str(60).refine((s) => s.includes("{number}"), "err.numberPattern"),
  signer: signerSchema,
  /** "Nơi nhận" listed before the agencies a notice assigns (the archive, "Lưu: VT", comes last). */
  recipients: list(20, 200).default([]),
});

/** Where to watch the program: channels and pages, each a label with an optional web address. */
const watchList = z
  .array(z.object({ label: z.string({ error: "err.type" }), url: z.string({ error: "err.type" }).optional() }), {
    error: "err.type",
  })
  .transform((xs) => xs.map((x) => ({ label: tidy(x.label), url: tidy(x.url ?? "") })).filter((x) => x.label))
  .superRefine((xs, ctx) => {
    if (xs.length > 8) ctx.addIssue({ code: "custom", message: "err.tooMany" });
    else if (xs.some((x) => x.label.length > 80 || x.url.length > 300))
      ctx.addIssue({ code: "custom", message: "err.tooLong" });
    else if (xs.some((x) => x.url && !/^https?:\/\/[^\s]+$/i.test(x.url)))
      ctx.addIssue({ code: "custom", message: "err.url" });
  });

/** A colour as #rrggbb (lower case). */
const hexColor = (fallback: string) =>
  z
    .string({ error: "err.type" })
    .transform((s) => tidy(s).toLowerCase())
    .refine((s) => /^#[0-9a-f]{6}$/.test(s), "err.color")
    .default(fallback);

/**
 * The logo: a file served by the app itself, a path under /public ("/logo.png"); the page's security
 * policy loads images from the site only. Empty: the program's initials.
 */
const logoPath = optionalStr(200).refine(
  (s) =>
    s === "" || (/^\/[A-Za-z0-9._/-]+\.(png|svg|jpe?g|webp)$/i.test(s) && !s.includes("..") && !s.startsWith("//")),
  "err.logo",
);

export { DEFAULT_COLORS, SITE_LANGUAGES } from "./constants.ts";
import { DEFAULT_COLORS, SITE_LANGUAGES } from "./constants.ts";

const count = (min: number, max: number) =>
  z.coerce.number({ error: "err.number" }).int("err.number").min(min, "err.range").max(max, "err.range");

export const profileSchema = z.object({
  council: z.object({
    /** The council's full name, e.g. "Hội đồng nhân dân tỉnh …" or "… thành phố …" */
    name: str(200),
    /** Its short name ("HĐND tỉnh …") */
    shortName: str(120),
    level: z.enum(COUNCIL_LEVELS, { error: "err.choice" }),
    /** "Thường trực Hội đồng nhân dân thành phố" */
    standingCommittee: str(200),
    /** The office that serves the council and signs reports when no committee does. */
    office: str(200),
  }),
  /** The place name dating documents ("<place>, ngày … tháng … năm …"). Empty: not yet set. */
  place: optionalStr(80),
  /** The issuing body's lines at the top left of a document, upper case. */
  header: list(4, 80, 1),
  documents: z.object({ TB: documentSchema, BC: documentSchema }),
  timeZone: str(60)
    .default("Asia/Ho_Chi_Minh")
    .refine((s) => validTimeZone(s), "err.timeZone"),
  program: z.object({
    name: str(120),
    siteName: str(120),
    hotlines: list(5, 40),
    watch: watchList.default([]),
  }),
  /** The public site: its logo, colours and languages. */
  site: z
    .object({
      logo: logoPath,
      colors: z
        .object({ primary: hexColor(DEFAULT_COLORS.primary), accent: hexColor(DEFAULT_COLORS.accent) })
        .prefault({}),
      /** The languages offered: Vietnamese always, English optional (without it, no language switch). */
      languages: z
        .array(z.enum(SITE_LANGUAGES, { error: "err.choice" }), { error: "err.type" })
        .transform((xs) => SITE_LANGUAGES.filter((l) => xs.includes(l)))
        .refine((xs) => xs.includes("vi"), "err.languages")
        .default([...SITE_LANGUAGES]),
    })
    .prefault({}),
  /** Follow-up defaults; empty: the environment's settings (REMINDER_DAYS_BEFORE, PERSONAL_DATA_RETENTION_MONTHS). */
  followUp: z
    .object({
      answerDays: count(1, 365).optional(),
      reminderDays: count(1, 60).optional(),
      retentionMonths: count(1, 120).optional(),
    })
    .default({}),
});
export type Profile = z.output<typeof profileSchema>;
/** The file's and the stored row's shape before validation (what an admin writes). */
export type ProfileInput = z.input<typeof profileSchema>;

/** The form's fields: each of the profile's fields by its path ("council.name", "documents.TB.signer.name"). */
export const LIST_FIELDS = [
  "header",
  "program.hotlines",
  "documents.TB.recipients",
  "documents.BC.recipients",
] as const;
const NUMBER_FIELDS = ["followUp.answerDays", "followUp.reminderDays", "followUp.retentionMonths"];
/** Where to watch, one a line: "Đài Phát thanh và Truyền hình | https://…" (the address optional). */
const WATCH_FIELD = "program.watch";
/** The languages as a choice: "vi,en" or "vi". */
const LANGUAGES_FIELD = "site.languages";

/** Flat form values (paths as names, lists as lines) → the profile's nested shape. */
export function unflattenForm(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, raw] of Object.entries(values)) {
    if (path === "intent" || typeof raw !== "string") continue;
    let value: unknown = raw;
    if ((LIST_FIELDS as readonly string[]).includes(path)) value = raw.split(/\r?\n/);
    else if (path === WATCH_FIELD)
      value = raw.split(/\r?\n/).map((line) => {
        const at = line.indexOf("|");
        return at < 0 ? { label: line } : { label: line.slice(0, at), url: line.slice(at + 1) };
      });
    else if (path === LANGUAGES_FIELD) value = raw.split(",").map((l) => l.trim());
    else if (NUMBER_FIELDS.includes(path)) value = raw.trim() === "" ? undefined : raw;
    const keys = path.split(".");
    let at = out;
    for (const k of keys.slice(0, -1)) {
      if (k === "__proto__" || k === "constructor" || k === "prototype") return {};
      const next = at[k];
      at = (at[k] = next && typeof next === "object" ? next : {}) as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    if (last === "__proto__" || last === "constructor" || last === "prototype") return {};
    at[last] = value;
  }
  return out;
}

/** The admin's form: the profile schema over `unflattenForm`, so field errors are named by the form's fields. */
export const profileFormSchema = z.preprocess(
  // Conform nests "council.name" as it reads the form (platform/forms.ts); its names are the paths again.
  (v) => (v && typeof v === "object" ? unflattenForm(formValues(v)) : v),
  profileSchema,
);

/** The profile as the form's flat values (lists as lines). */
export function profileFormValues(p: Profile): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (path === WATCH_FIELD)
        out[path] = (v as { label: string; url: string }[])
          .map((w) => (w.url ? `${w.label} | ${w.url}` : w.label))
          .join("\n");
      else if (path === LANGUAGES_FIELD) out[path] = (v as string[]).join(",");
      else if (Array.isArray(v)) out[path] = v.join("\n");
      else if (v && typeof v === "object") walk(v as Record<string, unknown>, path);
      else out[path] = v === undefined || v === null ? "" : String(v);
    }
  };
  walk(p as unknown as Record<string, unknown>, "");
  return out;
}

/**
 * The profile of a deployment that has none yet: the council without a place. Documents are dated
 * without a place name and the admin is asked to complete it (`/quan-tri/ho-so`).
 */
export const NEUTRAL_PROFILE: Profile = profileSchema.parse({
  council: {
    name: "Hội đồng nhân dân",
    shortName: "HĐND",
    level: "province",
    standingCommittee: "Thường trực Hội đồng nhân dân",
    office: "Văn phòng Hội đồng nhân dân",
  },
  place: "",
  header: ["HỘI ĐỒNG NHÂN DÂN"],
  documents: {
    TB: {
      numberPattern: "{number}/TB-HĐND",
      signer: { onBehalf: "TM. Thường trực HĐND", title: "Chủ tịch", name: "" },
    },
    BC: {
      numberPattern: "{number}/BC-HĐND",
      signer: { onBehalf: "TM. Ban", title: "Trưởng ban", name: "" },
    },
  },
  program: { name: "Lắng nghe và Trao đổi", siteName: "Lắng nghe", hotlines: [] },
});

/** "{number}/TB-HĐND" with the number, or with blanks for a document not yet numbered. */
export function documentNumber(p: Profile, type: DocumentType, number?: string | null): string {
  return p.documents[type].numberPattern.replace("{number}", number ?? "      ");
}

/** The signature block's lines above the name: ["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
export function signatureLines(onBehalf: string, title: string): string[] {
  return [...onBehalf.split(","), title].map((s) => s.trim().toUpperCase()).filter(Boolean);
}
