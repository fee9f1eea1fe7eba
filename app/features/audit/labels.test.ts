import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en } from "../../platform/i18n/dictionary-en.ts";
import { viStaff } from "../../platform/i18n/dictionary-staff.ts";
import { vi } from "../../platform/i18n/dictionary.ts";
import { HIDDEN_FIELDS } from "./audit-log.server.ts";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, actionKey, entityKey } from "./labels.ts";

describe("audit labels", () => {
  it("give every audited action and record a Vietnamese and an English label", () => {
    const keys = [...AUDIT_ACTIONS.map(actionKey), ...AUDIT_ENTITIES.map(entityKey), "audit.a.other", "audit.e.other"];
    const missing = keys.filter((k) => !(k in vi || k in viStaff) || !(k in en));
    expect(missing).toEqual([]);
  });

  it("name a code they do not know as another action or record, never as the code", () => {
    expect(actionKey("question.route")).toBe("audit.a.other");
    expect(entityKey("question")).toBe("audit.e.other");
    expect(actionKey("route")).toBe("audit.a.route");
  });

  it("name every field of every audited record (a change shows its field's name, never its code)", () => {
    const schema = readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../prisma/sqlite/schema.prisma"),
      "utf8",
    );
    const SCALAR = new Set(["String", "Int", "Boolean", "DateTime", "Float", "Json"]);
    const fields = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
      .filter((m) => (AUDIT_ENTITIES as readonly string[]).includes(m[1]))
      .flatMap((m) =>
        m[2]
          .split("\n")
          .map((line) => /^\s+(\w+)\s+(\w+)(\[\])?/.exec(line))
          .filter((f): f is RegExpExecArray => !!f && SCALAR.has(f[2]) && !f[3])
          .map((f) => f[1]),
      );
    expect(fields.length).toBeGreaterThan(100);
    const missing = [...new Set(fields)].filter(
      (f) => !HIDDEN_FIELDS.has(f) && !(`audit.f.${f}` in viStaff && `audit.f.${f}` in en),
    );
    expect(missing).toEqual([]);
  });
});
