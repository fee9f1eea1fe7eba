import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { changePasswordSchema, loginSchema } from "./auth-schemas.ts";
import { fieldOf, lastResultOf, parseSubmission } from "./forms.ts";
import { FormInvalid, parseForm } from "./http.server.ts";
import { checkbox, lines, localDateTime, localDay, optionalId, optionalText, text } from "./validation.ts";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

const schema = z.object({
  title: text(20),
  tags: lines(3, 5),
  when: localDateTime,
  owner: optionalId,
  coordinating: z.array(z.string()).default([]),
  count: z.coerce.number({ error: "err.number" }).int("err.number").min(1, "err.durationRange"),
  active: checkbox,
});

describe("a form, as Conform reads it with the shared schema", () => {
  it("names each error by its field with the dictionary's keys, and keeps the values but passwords", () => {
    const r = parseSubmission(
      schema,
      form([
        ["title", "  "],
        ["tags", "ok\nmuch too long"],
        ["when", "hôm qua"],
        ["count", "abc"],
        ["intent", "save"],
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(422);
    expect(r.errors).toEqual({
      title: ["err.required"],
      "tags[1]": ["err.tooLong"],
      when: ["err.datetime"],
      count: ["err.number"],
    });
    expect(r.values).toMatchObject({ title: "  ", when: "hôm qua", intent: "save" });
    expect(fieldOf("tags[1]")).toBe("tags");
    expect(fieldOf("")).toBe("_form");
  });

  it("reads repeated names as an array; the schema reads an empty id as none, a checkbox's 'on' as true", () => {
    const r = parseSubmission(
      schema,
      form([
        ["title", "Tiêu đề"],
        ["when", "2026-12-04T19:30"],
        ["owner", ""],
        ["coordinating", "a"],
        ["coordinating", "b"],
        ["count", "3"],
        ["active", "on"],
      ]),
    );
    expect(r).toEqual({
      ok: true,
      data: {
        title: "Tiêu đề",
        tags: [],
        when: new Date("2026-12-04T12:30:00Z"),
        owner: null,
        coordinating: ["a", "b"],
        count: 3,
        active: true,
      },
    });
  });

  it("leaves a missing optional field to its schema", () => {
    const series = z.object({
      title: text(20),
      issuedAt: localDay,
      signerName: optionalText(100),
      issuerId: optionalId,
    });
    const r = parseSubmission(
      series,
      form([
        ["title", "Kế hoạch"],
        ["issuedAt", "2024-01-02"],
      ]),
    );
    expect(r).toMatchObject({ ok: true, data: { signerName: "", issuerId: null, issuedAt: expect.any(Date) } });
  });

  it("names nested fields and their errors by the form's names, and sends their values back", () => {
    const nested = z.object({
      council: z.object({ name: text(20), level: z.enum(["a", "b"], { error: "err.choice" }) }),
    });
    const r = parseSubmission(
      nested,
      form([
        ["council.name", ""],
        ["council.level", "c"],
        ["password", "x"],
      ]),
    );
    expect(r).toMatchObject({
      ok: false,
      errors: { "council.name": ["err.required"], "council.level": ["err.choice"] },
      values: { "council.name": "", "council.level": "c" },
    });
    expect(fieldOf("council.name")).toBe("council.name");
  });

  it("puts an error of the whole form under _form and a refinement under its field", () => {
    const mismatch = parseSubmission(
      changePasswordSchema,
      form([
        ["current", "x"],
        ["next", "a-long-password"],
        ["confirm", "another-password"],
      ]),
    );
    expect(mismatch).toMatchObject({ ok: false, errors: { confirm: ["err.passwordMismatch"] }, values: {} });
    const whole = parseSubmission(
      z.object({ a: z.string().optional() }).refine(() => false, "err.choice"),
      form([]),
    );
    expect(whole).toMatchObject({ ok: false, errors: { _form: ["err.choice"] } });
  });

  it("refuses Conform's own fields when Conform did not write them, as a bad form (400)", () => {
    expect(parseSubmission(loginSchema, form([["__intent__", "{not json"]]))).toMatchObject({ ok: false, status: 400 });
  });

  it("parseForm throws FormInvalid with the form's intent, errors and values", () => {
    const f = form([
      ["username", ""],
      ["password", "secret"],
    ]);
    try {
      parseForm(loginSchema, f, "login");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FormInvalid);
      const err = e as FormInvalid;
      expect(err.status).toBe(422);
      expect(err.intent).toBe("login");
      expect(err.errors).toEqual({ username: ["err.required"] });
      expect(err.values).toEqual({ username: "" });
    }
    expect(
      parseForm(
        loginSchema,
        form([
          ["username", "admin"],
          ["password", "x"],
        ]),
      ),
    ).toEqual({
      username: "admin",
      password: "x",
    });
  });
});

describe("the server's answer, as Conform's last result in the browser", () => {
  it("belongs to the form of its intent, with '_form' as Conform's form error", () => {
    const data = { ok: false, intent: "save", errors: { _form: ["err.x"], code: ["err.code"] }, values: { code: "a" } };
    expect(lastResultOf(data, "save")).toEqual({
      status: "error",
      error: { "": ["err.x"], code: ["err.code"] },
      initialValue: { code: "a" },
    });
    expect(lastResultOf(data, "person-add")).toBeUndefined();
    expect(lastResultOf({ ok: true }, "save")).toEqual({ status: "success", error: {} });
    expect(lastResultOf(undefined)).toBeUndefined();
  });

  it("belongs to one form of a list by the values it posted, and to a form with several buttons by any", () => {
    const data = { ok: false, intent: "remind", errors: { message: ["err.required"] }, values: { itemId: "a" } };
    expect(lastResultOf(data, "remind", { itemId: "a" })?.error).toEqual({ message: ["err.required"] });
    expect(lastResultOf(data, "remind", { itemId: "b" })).toBeUndefined();
    expect(lastResultOf({ ...data, intent: "revise" }, ["approve", "revise"])?.status).toBe("error");
  });
});
