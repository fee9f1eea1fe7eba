import { describe, expect, it } from "vitest";
import { documentNumber, profileSchema, signatureLines } from "../../profile/schemas.ts";
import { CANTHO_2026_PROFILE } from "./profile.ts";

describe("the Cần Thơ 2026 demo profile", () => {
  it("passes the profile schema", () => {
    const r = profileSchema.safeParse(CANTHO_2026_PROFILE);
    expect(r.error?.issues ?? []).toEqual([]);
    const p = r.data!;
    expect(p.council.name).toBe("Hội đồng nhân dân thành phố Cần Thơ");
    expect(p.council.level).toBe("province");
    expect(p.place).toBe("Cần Thơ");
    expect(p.header).toEqual(["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]);
    expect(p.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(documentNumber(p, "TB", "12")).toBe("12/TB-HĐND");
    expect(signatureLines(p.documents.TB.signer.onBehalf, p.documents.TB.signer.title)).toEqual([
      "TM. THƯỜNG TRỰC HĐND",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
    ]);
  });

  it("names no real office holder and no real hotline", () => {
    const p = profileSchema.parse(CANTHO_2026_PROFILE);
    expect([p.documents.TB.signer.name, p.documents.BC.signer.name]).toEqual(["Nguyễn Văn A", "Trần Thị B"]);
    expect(p.program.hotlines).toEqual(["0292 3 000 000"]);
  });
});
