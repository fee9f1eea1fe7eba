/** The thesaurus's forms (client-safe): an entry, a learned candidate to accept or turn down. */
import { z } from "zod/v4";
import { lines, optionalText, recordId, text } from "../../../platform/validation.ts";

export const THESAURUS_KINDS = ["abbreviation", "synonym", "place"] as const;
export type ThesaurusKind = (typeof THESAURUS_KINDS)[number];

export const thesaurusEntrySchema = z.object({
  kind: z.enum(THESAURUS_KINDS, { error: "err.choice" }),
  /** One word or phrase a line; at least two (a group of one means nothing). */
  terms: lines(30, 80).pipe(z.array(z.string()).min(2, "err.thesaurusTerms")),
  facet: optionalText(40),
});
export type ThesaurusEntryInput = z.output<typeof thesaurusEntrySchema>;

export const thesaurusUpdateSchema = thesaurusEntrySchema.extend({ id: recordId });

/** A pair of words learned from merges (as shown: what each question wrote). */
export const thesaurusCandidateSchema = z.object({ a: text(80), b: text(80) });
