import { describe, expect, it } from "vitest";
import { fieldErrors } from "../../platform/validation.ts";
import { questionActionSchema, submitQuestionSchema, subscribeEmail } from "./schemas.ts";

const errorsOf = (input: unknown) => {
  const r = submitQuestionSchema.safeParse(input);
  expect(r.success).toBe(false);
  return fieldErrors(r.error!);
};
const key = "k1234567890abcdef";

describe("submitQuestionSchema", () => {
  it("normalizes a viewer's submission and fills what was left out", () => {
    const r = submitQuestionSchema.parse({
      text: "  Xin hỏi   về\n hỗ trợ học nghề  ".normalize("NFD"),
      clientKey: key,
    });
    expect(r).toEqual({
      text: "Xin hỏi về hỗ trợ học nghề",
      name: "",
      phone: "",
      area: "",
      email: "",
      notifyPhone: false,
      publishName: false,
      contactConsent: false,
      writtenAnswer: false,
      clientKey: key,
      deviceId: null,
      externalId: null,
    });
    const full = submitQuestionSchema.parse({
      text: "Câu hỏi về đường giao thông nông thôn",
      clientKey: key,
      name: " Nguyễn Văn A ",
      phone: "0901 234.567",
      area: null,
      publishName: "on",
      contactConsent: true,
      deviceId: "device_12345",
      externalId: "",
      channel: "hotline",
      extra: "dropped",
    });
    expect(full).toEqual({
      text: "Câu hỏi về đường giao thông nông thôn",
      name: "Nguyễn Văn A",
      phone: "0901234567",
      area: "",
      email: "",
      notifyPhone: false,
      publishName: true,
      contactConsent: true,
      writtenAnswer: false,
      clientKey: key,
      deviceId: "device_12345",
      externalId: null,
      channel: "hotline",
    });
  });

  it.each(["publishName", "contactConsent", "notifyPhone"] as const)("reads %s as a checkbox", (field) => {
    const p = (value: unknown) =>
      submitQuestionSchema.parse({ text: "Câu hỏi đủ mười ký tự", clientKey: key, [field]: value })[field];
    expect([p("on"), p("true"), p("1"), p(true)]).toEqual([true, true, true, true]);
    expect([p("false"), p("0"), p(""), p(false), p(null), p(undefined)]).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(errorsOf({ text: "Câu hỏi đủ mười ký tự", clientKey: key, [field]: "yes" })).toHaveProperty(field);
  });

  it("reports each bad field as a dictionary key", () => {
    expect(errorsOf({ clientKey: key })).toEqual({ text: ["err.required"] });
    expect(errorsOf({ text: 42, clientKey: key })).toEqual({ text: ["err.required"] });
    expect(errorsOf({ text: "   ", clientKey: key })).toEqual({ text: ["err.required"] });
    expect(errorsOf({ text: "Ngắn quá", clientKey: key })).toEqual({ text: ["err.questionShort"] });
    expect(errorsOf({ text: "x".repeat(2001), clientKey: key })).toEqual({ text: ["err.questionLong"] });
    expect(errorsOf({ text: "Câu hỏi đủ mười ký tự" })).toEqual({ clientKey: ["err.required"] });
    expect(
      errorsOf({
        text: "Câu hỏi đủ mười ký tự",
        clientKey: "bad key",
        name: 7,
        phone: "12345",
        area: "x".repeat(121),
        deviceId: "short",
      }),
    ).toEqual({
      clientKey: ["err.clientKey"],
      name: ["err.type"],
      phone: ["err.phone"],
      area: ["err.tooLong"],
      deviceId: ["err.deviceId"],
    });
  });
});

describe("the asker's e-mail to be told at", () => {
  const ask = (email: unknown) => ({ text: "Câu hỏi đủ mười ký tự", clientKey: key, email });
  it("is optional, trimmed and kept as typed", () => {
    expect(submitQuestionSchema.parse(ask(undefined)).email).toBe("");
    expect(submitQuestionSchema.parse(ask(null)).email).toBe("");
    expect(submitQuestionSchema.parse(ask("   ")).email).toBe("");
    expect(submitQuestionSchema.parse(ask(" Nguyen.An@Example.vn ")).email).toBe("Nguyen.An@Example.vn");
    expect(submitQuestionSchema.parse({ ...ask("a@b.vn"), notifyPhone: "on", phone: "0901234567" })).toMatchObject({
      email: "a@b.vn",
      notifyPhone: true,
    });
  });
  it("refuses what is not an address, as the field `email`", () => {
    for (const bad of ["khong-phai-email", "a@", "@b.vn", "a b@c.vn", "a@b", 42, `${"a".repeat(250)}@b.vn`])
      expect(errorsOf(ask(bad))).toHaveProperty("email");
    expect(errorsOf(ask("a@"))).toEqual({ email: ["err.email"] });
    expect(errorsOf(ask(`${"a".repeat(250)}@b.vn`)).email).toContain("err.tooLong");
  });
  it("is required when the asker subscribes later", () => {
    expect(subscribeEmail.safeParse("").success).toBe(false);
    expect(subscribeEmail.safeParse("x@y.vn").data).toBe("x@y.vn");
    expect(fieldErrors(subscribeEmail.safeParse("sai").error!)).toEqual({ _form: ["err.email"] });
  });
});

describe("questionActionSchema", () => {
  const base = { questionId: "q1", version: "3" };
  it("parses each action with its own fields", () => {
    expect(questionActionSchema.parse({ ...base, action: "approve" })).toEqual({
      questionId: "q1",
      version: 3,
      action: "approve",
    });
    expect(questionActionSchema.parse({ ...base, action: "reject", reason: "spam" })).toEqual({
      questionId: "q1",
      version: 3,
      action: "reject",
      reason: "spam",
      note: "",
    });
  });
  it("refuses unknown actions, reasons and versions field by field", () => {
    const errs = (input: unknown) => fieldErrors(questionActionSchema.safeParse(input).error!);
    expect(errs({ ...base, action: "explode" })).toHaveProperty("action");
    expect(errs({ ...base, action: "reject", reason: "boring" })).toEqual({ reason: ["err.choice"] });
    expect(errs({ ...base, action: "route", agencyId: "" })).toEqual({ agencyId: ["err.required"] });
    expect(errs({ ...base, version: "0", action: "approve" })).toHaveProperty("version");
  });
});

describe("stored text", () => {
  // NUL, a lone surrogate, a right-to-left override, a zero-width space, an NFD letter.
  const DIRTY = "\u0000 Đ\u200Bường\u202E hư\ud800 ".concat("quá".normalize("NFD"), "\u2066 ");
  const CLEAN = "Đường hư\ufffd quá";

  it("is cleaned by the question schemas: the viewer's, the hotline's and the operators' actions", () => {
    const q = submitQuestionSchema.parse({
      text: `${DIRTY} xin hỏi`,
      name: `Nguyễn\u202E Văn A\u0000`,
      area: "Vị\u200B Thanh",
      clientKey: "k1234567890abcdef",
      externalId: "id\u202E-1",
    });
    expect([q.text, q.name, q.area, q.externalId]).toEqual([`${CLEAN} xin hỏi`, "Nguyễn Văn A", "Vị Thanh", "id-1"]);
    const base = { questionId: "q1", version: 1 };
    const act = (x: object) => questionActionSchema.parse({ ...base, ...x }) as Record<string, unknown>;
    expect(act({ action: "edit", summary: `${DIRTY} xin hỏi` }).summary).toBe(`${CLEAN} xin hỏi`);
    expect(act({ action: "reject", reason: "spam", note: DIRTY }).note).toBe(CLEAN);
    expect(act({ action: "answered_on_air", speaker: DIRTY }).speaker).toBe(CLEAN);
    expect(act({ action: "tag", topics: [DIRTY] }).topics).toEqual([CLEAN]);
  });
});
