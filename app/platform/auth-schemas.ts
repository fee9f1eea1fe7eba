/** The sign-in and password forms' schemas (the API's POST /api/session uses the sign-in form's). */
import { z } from "zod/v4";
import { requiredIfMissing, text } from "./validation.ts";

export const loginSchema = z.object({
  username: text(64),
  password: z.string(requiredIfMissing).min(1, "err.required").max(256, "err.tooLong"),
  redirectTo: z.string().optional(),
});

export const PASSWORD_MIN = 10;
export const newPassword = z.string(requiredIfMissing).min(PASSWORD_MIN, "err.passwordShort").max(256, "err.tooLong");

export const changePasswordSchema = z
  .object({
    current: z.string(requiredIfMissing).min(1, "err.required"),
    next: newPassword,
    confirm: z.string(requiredIfMissing),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "err.passwordMismatch" });
