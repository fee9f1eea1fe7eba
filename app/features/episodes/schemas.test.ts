import { describe, expect, it } from "vitest";
import { changePasswordSchema } from "../../platform/auth-schemas.ts";
import { fieldErrors, parseLocalDateTime, toLocalInput, VN_PHONE } from "../../platform/validation.ts";
import { organizationSchema, userSchema } from "../directory/schemas.ts";
import { episodeSchema } from "./schemas.ts";

const validEpisode = {
  seriesId: "s1",
  topic: "Tình hình đào tạo nghề",
  leadCommitteeId: "o1",
  startsAt: "2024-05-23T20:00",
  durationMinutes: "60",
  relatedResolutions: "NQ 01\n\n NQ 02 ",
  hotlines: "0293 3 878 999",
};

describe("episodeSchema", () => {
  it("accepts a valid episode and normalizes lists and time", () => {
    const r = episodeSchema.parse(validEpisode);
    expect(r.relatedResolutions).toEqual(["NQ 01", "NQ 02"]);
    expect(r.startsAt.toISOString()).toBe("2024-05-23T13:00:00.000Z");
    expect(r.durationMinutes).toBe(60);
  });

  it("reports field-level errors as dictionary keys", () => {
    const r = episodeSchema.safeParse({
      ...validEpisode,
      topic: " ",
      startsAt: "2024-02-31T20:00",
      durationMinutes: "5",
      hotlines: "abc",
    });
    expect(r.success).toBe(false);
    const errs = fieldErrors(r.error!);
    expect(errs.topic).toEqual(["err.required"]);
    expect(errs.startsAt).toEqual(["err.datetime"]);
    expect(errs.durationMinutes).toEqual(["err.durationRange"]);
    expect(errs.hotlines).toEqual(["err.phone"]);
  });

  it("normalizes Vietnamese text to NFC", () => {
    const decomposed = "Đào tạo nghề".normalize("NFD");
    expect(episodeSchema.parse({ ...validEpisode, topic: decomposed }).topic).toBe("Đào tạo nghề".normalize("NFC"));
  });
});

describe("local time", () => {
  it("reads datetime-local in Vietnam time and round-trips", () => {
    const d = parseLocalDateTime("2026-11-22T07:30")!;
    expect(d.toISOString()).toBe("2026-11-22T00:30:00.000Z");
    expect(toLocalInput(d)).toBe("2026-11-22T07:30");
    expect(parseLocalDateTime("22/11/2026 07:30")).toBeNull();
  });
});

describe("phones", () => {
  it.each(["0912345678", "+84912345678", "02933878999", "19001234"])("accepts %s", (p) =>
    expect(VN_PHONE.test(p)).toBe(true),
  );
  it.each(["12345", "091234567", "0112345678", "abc"])("rejects %s", (p) => expect(VN_PHONE.test(p)).toBe(false));
});

describe("organization and user schemas", () => {
  it("validates code format, email and phone", () => {
    const r = organizationSchema.safeParse({
      code: "sở ld",
      name: "x",
      shortName: "x",
      kind: "department",
      email: "nope",
      phone: "123",
    });
    const errs = fieldErrors(r.error!);
    expect(errs.code).toEqual(["err.code"]);
    expect(errs.email).toEqual(["err.email"]);
    expect(errs.phone).toEqual(["err.phone"]);
  });

  it("rejects an unknown role and a short password", () => {
    const r = userSchema.safeParse({ username: "ab", displayName: "A", role: "root", password: "short" });
    const errs = fieldErrors(r.error!);
    expect(errs.username).toEqual(["err.username"]);
    expect(errs.role).toEqual(["err.choice"]);
    expect(errs.password).toEqual(["err.passwordShort"]);
  });

  it("requires the new password twice", () => {
    const r = changePasswordSchema.safeParse({ current: "x", next: "long-enough-1", confirm: "long-enough-2" });
    expect(fieldErrors(r.error!).confirm).toEqual(["err.passwordMismatch"]);
  });

  it("says a missing password field is required, and a wrong type is not a missing field", () => {
    const missing = fieldErrors(
      changePasswordSchema.safeParse({ next: "long-enough-1", confirm: "long-enough-1" }).error!,
    );
    expect(missing.current).toEqual(["err.required"]);
    const wrongType = fieldErrors(
      changePasswordSchema.safeParse({ current: 5, next: "long-enough-1", confirm: "long-enough-1" }).error!,
    );
    expect(wrongType.current).toHaveLength(1);
    expect(wrongType.current[0]).not.toBe("err.required");
  });
});
