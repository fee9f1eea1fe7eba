import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES, type Actor } from "./permissions.ts";

const u = (role: Actor["role"], organizationId: string | null = null): Actor => ({ id: "u", role, organizationId });

describe("can()", () => {
  it("denies everything to anonymous", () => {
    for (const p of PERMISSIONS) expect(can(null, p)).toBe(false);
  });

  it("grants admin every permission on every record", () => {
    for (const p of PERMISSIONS) expect(can(u("admin"), p, ["other-org"])).toBe(true);
  });

  it("scopes committee editing to the committee's own episodes", () => {
    const ban = u("committee", "BVHXH");
    expect(can(ban, "episode:edit", ["BVHXH"])).toBe(true);
    expect(can(ban, "episode:edit", ["BKTNS"])).toBe(false);
    expect(can(ban, "episode:edit")).toBe(true); // may edit some episodes: menus show the action
    expect(can(u("committee", null), "episode:edit", ["BVHXH"])).toBe(false);
  });

  it("lets agency staff tick only steps owned by their organization", () => {
    const so = u("agency", "SLDTBXH");
    expect(can(so, "checklist:check", ["BVHXH", "SLDTBXH"])).toBe(true);
    expect(can(so, "checklist:check", ["BVHXH", "SCT"])).toBe(false);
    expect(can(so, "episode:edit", ["SLDTBXH"])).toBe(false);
  });

  it("keeps user management and the directory to admins", () => {
    for (const role of ROLES.filter((r) => r !== "admin")) {
      expect(can(u(role, "X"), "user:manage")).toBe(false);
      expect(can(u(role, "X"), "organization:edit")).toBe(false);
    }
  });

  it("lets operators change status but not edit episodes", () => {
    expect(can(u("operator"), "episode:status", ["BVHXH"])).toBe(true);
    expect(can(u("operator"), "episode:edit", ["BVHXH"])).toBe(false);
  });
});
