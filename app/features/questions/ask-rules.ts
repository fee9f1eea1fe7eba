/**
 * The viewer's question form, checked on the phone without a validation library (the page must stay
 * light). The server's schema (schemas.ts `submitQuestionSchema`) is built on the same rules, and
 * ask-rules.test.ts holds the two to the same answers, so they cannot drift apart.
 */
import { EMAIL, EMAIL_MAX, normalizePhone, tidy, VN_PHONE } from "../../platform/fields.ts";

export const TEXT_MIN = 10;
export const TEXT_MAX = 2000;
export const NAME_MAX = 100;
export const AREA_MAX = 120;

/** A question's text as stored: cleaned (tidy), on one line (every run of white space one space). */
export const questionTextOf = (s: string) => tidy(s).replace(/\s+/g, " ");

/** What is wrong with a question's text (as stored), as a dictionary key; null when nothing. */
export function questionTextProblem(s: string): string | null {
  if (!s) return "err.required";
  if (s.length < TEXT_MIN) return "err.questionShort";
  if (s.length > TEXT_MAX) return "err.questionLong";
  return null;
}

/** What is wrong with an optional e-mail address to be told at (trimmed); null when nothing. */
export function notifyEmailProblem(s: string): string | null {
  if (s.length > EMAIL_MAX) return "err.tooLong";
  return s === "" || EMAIL.test(s) ? null : "err.email";
}

export type AskValues = { text: string; name: string; phone: string; area: string; email: string };

/** The form's field errors (dictionary keys by field), as the server's schema would give them. */
export function checkAsk(v: AskValues): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, problem: string | null) => {
    if (problem) errors[field] = [problem];
  };
  add("text", questionTextProblem(questionTextOf(v.text)));
  add("name", tidy(v.name).length > NAME_MAX ? "err.tooLong" : null);
  const phone = normalizePhone(v.phone);
  add("phone", phone === "" || VN_PHONE.test(phone) ? null : "err.phone");
  add("area", tidy(v.area).length > AREA_MAX ? "err.tooLong" : null);
  add("email", notifyEmailProblem(tidy(v.email)));
  return errors;
}
