import { describe, expect, it } from "vitest";
import { en } from "../../platform/i18n/dictionary-en.ts";
import { viStaff } from "../../platform/i18n/dictionary-staff.ts";
import { vi } from "../../platform/i18n/dictionary.ts";
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
});
